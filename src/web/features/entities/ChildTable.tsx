import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAuth } from '../../shared/auth';
import { canChange, canCreate } from './access';
import { FieldValue } from './FieldValue';
import { fieldOf } from './model';
import { entityWord } from '../../shared/records';
import { recordPath, type Rec } from './naming';
import { uiOf, type ChildUi } from './resources';

type Props = { child: ChildUi; parentId: string; returnTo: string };

/** Records pointing at the one shown (a project's roles, a strategy's goals), with links to add more. */
export function ChildTable({ child, parentId, returnTo }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const ui = uiOf(child.path);
  const filters = { ...child.only, [child.field]: parentId };
  const query = new URLSearchParams(filters).toString();
  const rows = useApi(`${child.path}?${query}`, (): Promise<Rec[]> => records.all(child.path, filters));
  if (!ui) return null;
  const title = child.heading ? label(t, 'childHeading', child.heading) : label(t, 'entityMany', child.path);
  const back = `returnTo=${encodeURIComponent(returnTo)}`;
  const columns: Column<Rec>[] = child.columns.map((name) => ({
    key: name,
    label: label(t, 'entityField', name),
    render: (r) => <FieldValue field={fieldOf(ui, name)} value={r[name]} record={r} />,
  }));
  columns.push({
    key: 'actions',
    label: t('entities.actions'),
    render: (r) => (
      <span className="row-actions">
        <Link to={recordPath(lang, child.path, r.id)}>{t('entities.open')}</Link>
        {canChange(me, r) && (
          <Link to={`${recordPath(lang, child.path, r.id)}/edit?${back}`}>{t('entities.edit')}</Link>
        )}
      </span>
    ),
  });
  const headingId = `child-${child.path}-${child.field}${child.heading ? `-${child.heading}` : ''}`;
  return (
    <section className="child-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {canCreate(me) && (
        <p>
          <Link className="button-link" to={`/${lang}/${child.path}/new?${query}&${back}`}>
            {t('entities.add', {
              entity: child.heading
                ? label(t, 'childOne', child.heading).toLocaleLowerCase(lang)
                : entityWord(t, child.path, lang),
            })}
          </Link>
        </p>
      )}
      {rows.state === 'error' && <ErrorNotice error={rows.error} />}
      <DataTable
        caption={title}
        columns={columns}
        rows={rows.data ?? []}
        rowKey={(r) => r.id}
        busy={rows.busy}
        empty={rows.state === 'loading' ? t('common.loading') : t('entities.none')}
      />
    </section>
  );
}
