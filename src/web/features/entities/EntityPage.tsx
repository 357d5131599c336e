import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { records } from '../../api/client';
import { label } from '../../i18n/dynamic';
import { useLang, type Lang } from '../../i18n/lang';
import { LoadFailed } from './LoadFailed';
import { ExampleBadge, isExample } from '../../ui/ExampleBadge';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { SavedNotice } from '../../ui/SavedNotice';
import { useAuth } from '../../shared/auth';
import { canChange } from './access';
import { ChildTable } from './ChildTable';
import { DeleteEntity } from '../../shared/forms/DeleteEntity';
import { FieldValue } from './FieldValue';
import { fieldOf, fieldsOfUi } from './model';
import { recordName, recordPath, type Rec } from './naming';
import { ReferenceTitle } from './RefName';
import type { EntityUi } from './resources';
import { parentPage } from './returnTo';
import './entities.css';

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A record that belongs to another (a project's role, a strategy's goal) returns to it when deleted. */
function afterDelete(ui: EntityUi, record: Rec, lang: Lang): string | null {
  const refs = fieldsOfUi(ui).filter(
    (f) => f.kind === 'reference' && f.required && typeof record[f.name] === 'string',
  );
  return parentPage(Object.fromEntries(refs.map((f) => [f.name, record[f.name]])), lang);
}

/** One record of any resource: its fields, the records pointing at it, edit and delete. */
export function EntityPage({ ui }: { ui: EntityUi }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const record = useApi(`${ui.path}/${id}`, (signal): Promise<Rec> => records.read(ui.path, id, signal));
  const list = `/${lang}/${ui.path}`;

  if (record.state === 'loading') return <Loading />;
  if (record.state === 'error') return <LoadFailed path={ui.path} error={record.error} />;
  const r = record.data;
  const name = recordName(t, ui.path, r, lang);
  const entity = label(t, 'entityOne', ui.path);
  // Empty fields are left out: the edit form lists them all.
  const filled = fieldsOfUi(ui).filter((f) => f.kind === 'boolean' || !isEmpty(r[f.name]));
  const fields = [...filled.map((f) => f.name), 'visibility', 'createdAt', 'updatedAt'];
  return (
    <>
      <p>
        <Link to={list}>{t('entities.backToList', { list: label(t, 'entityMany', ui.path) })}</Link>
      </p>
      {ui.naming && 'reference' in ui.naming && typeof r[ui.naming.reference] === 'string' ? (
        <ReferenceTitle path="organisations" id={r[ui.naming.reference] as string} sub={entity} />
      ) : (
        <PageTitle sub={entity} lang={name.lang === lang ? undefined : name.lang}>
          {name.text}
        </PageTitle>
      )}
      <p className="muted">{entity}</p>
      {isExample(r) && <ExampleBadge />}
      <SavedNotice />
      {canChange(me, r) && (
        <div className="form-actions toolbar">
          <Link className="button-link" to={`${recordPath(lang, ui.path, r.id)}/edit`}>
            {t('organisation.edit')}
          </Link>
          <DeleteEntity
            path={ui.path}
            id={r.id}
            name={name.text}
            onDeleted={() => navigate(afterDelete(ui, r, lang) ?? list, { replace: true })}
          />
        </div>
      )}
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('organisation.details')}</h2>
        <dl className="details">
          {fields.map((name) => (
            <div key={name} className="details-row">
              <dt>{label(t, 'entityField', name)}</dt>
              <dd>
                {name === 'visibility' ? (
                  label(t, 'visibility', String(r.visibility))
                ) : (
                  <FieldValue field={fieldOf(ui, name)} value={r[name]} record={r} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {(ui.children ?? []).map((child) => (
        <ChildTable
          key={`${child.path}-${child.field}-${child.heading ?? ''}`}
          child={child}
          parentId={r.id}
          returnTo={recordPath(lang, ui.path, r.id)}
        />
      ))}
      {ui.pageExtra && <ui.pageExtra record={r} />}
    </>
  );
}
