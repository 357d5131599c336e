import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { LoadFailed } from './LoadFailed';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { useAuth } from '../../shared/auth';
import { ENTITIES, type EntityEntry } from '../../../domain/catalogue';
import { canChange, canCreate } from './access';
import { NotAllowed } from '../../shared/NotAllowed';
import { EntityForm } from './EntityForm';
import { formOf } from './form';
import { fieldsOfUi } from './model';
import { entityWord } from '../../shared/records';
import { recordName, recordPath, type Rec } from './naming';
import type { EntityUi } from './resources';
import { parentPage, prefillOf, safeReturn } from './returnTo';

/** Who a new record is shown to unless the writer chooses otherwise (contact work: the workspace only). */
const defaultVisibilityOf = (path: keyof typeof ENTITIES): string =>
  (ENTITIES[path] as EntityEntry).defaultVisibility ?? 'network';

/** The page to return to, given the new record's id in `field` when it asked for it (a picker's value). */
function withNew(back: string, field: string | null, id: string): string {
  if (!field || !/^[a-zA-Z]+$/.test(field)) return back;
  const url = new URL(back, 'http://return.invalid');
  url.searchParams.set(field, id);
  return `${url.pathname}${url.search}`;
}

/** A new record; fields may be prefilled from the address, e.g. `/fi/project-roles/new?projectId=…`. */
export function EntityCreatePage({ ui }: { ui: EntityUi }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, ready } = useAuth();
  if (!ready) return <Loading />;
  const fields = fieldsOfUi(ui);
  const prefill = prefillOf(fields, params);
  const back = safeReturn(params.get('returnTo'), lang) ?? parentPage(prefill, lang);
  return (
    <>
      <PageTitle>{t('entities.createTitle', { entity: entityWord(t, ui.path, lang) })}</PageTitle>
      {canCreate(me) ? (
        <>
          <Paragraph mb="m">{t('entities.createIntro')}</Paragraph>
          <EntityForm
            ui={ui}
            mode="create"
            initial={formOf(fields, prefill, defaultVisibilityOf(ui.path))}
            onSaved={(saved) =>
              navigate(
                back
                  ? withNew(back, params.get('returnField'), saved.id)
                  : recordPath(lang, ui.path, saved.id),
                {
                  state: { saved: true },
                },
              )
            }
            onCancel={() => navigate(back ?? `/${lang}/${ui.path}`)}
          />
        </>
      ) : (
        <NotAllowed what="create" />
      )}
    </>
  );
}

export function EntityEditPage({ ui }: { ui: EntityUi }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { id = '' } = useParams();
  const { me, ready } = useAuth();
  const record = useApi(`${ui.path}/${id}`, (signal): Promise<Rec> => records.read(ui.path, id, signal));
  if (record.state === 'loading' || !ready) return <Loading />;
  if (record.state === 'error') return <LoadFailed path={ui.path} error={record.error} />;
  const r = record.data;
  const back = safeReturn(params.get('returnTo'), lang) ?? recordPath(lang, ui.path, r.id);
  return (
    <>
      <PageTitle sub={recordName(t, ui.path, r, lang).text}>
        {t('entities.editTitle', { entity: label(t, 'entityOne', ui.path) })}
      </PageTitle>
      {!canChange(me, r) ? (
        <NotAllowed what="edit" />
      ) : (
        <EntityForm
          key={r.id}
          ui={ui}
          mode="update"
          id={r.id}
          workspaceId={typeof r.workspaceId === 'string' ? r.workspaceId : undefined}
          initial={formOf(fieldsOfUi(ui), r, 'network')}
          onSaved={() => navigate(back, { state: { saved: true } })}
          onCancel={() => navigate(back)}
        />
      )}
    </>
  );
}
