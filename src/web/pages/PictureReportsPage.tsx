import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../i18n/dynamic';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import {
  createReport,
  loadReports,
  type NewReport,
  type ReportSummary,
} from '../features/picture-reports/api';
import { REPORT_LANGS, REPORT_VISIBILITIES } from '../features/picture-reports/dynamicKeys';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { SaveFailed, useAttempt } from '../shared/forms/useAttempt';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageTitle } from '../ui/PageTitle';

const SCOPES = ['ecosystem', 'municipality', 'region', 'network'] as const;
type Scope = (typeof SCOPES)[number];

/** Starts a report of the scope the picture page came from, in a language, for the editor's workspace. */
function CreateReport(props: { scope: Scope; scopeId: string; name: string; existing: ReportSummary[] }) {
  const { scope, scopeId, name, existing } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const workspace = editableWorkspaces(me)[0];
  const [language, setLanguage] = useState<NewReport['language']>(lang);
  const [visibility, setVisibility] = useState<(typeof REPORT_VISIBILITIES)[number]>('private');
  const { failed, attempt } = useAttempt();
  if (!workspace) return null;
  // One report per workspace, scope and language: the one there is opens instead.
  const mine = existing.find((r) => r.language === language && r.workspaceId === workspace.id);
  const create = () =>
    attempt(async () => {
      const report = await createReport({ scope, scopeId, language, visibility }, workspace.id);
      navigate(`/${lang}/picture-reports/${report.id}`);
    });
  return (
    <section className="panel" aria-labelledby="report-create">
      <h2 id="report-create">{t('report.create', { name })}</h2>
      <p>{t('report.createIntro')}</p>
      <ChoiceGroup
        name="report-language"
        labelText={t('report.reportLanguage')}
        value={language}
        onChange={setLanguage}
        options={REPORT_LANGS}
        text={(l) => label(t, 'reportLanguage', l)}
      />
      <ChoiceGroup
        name="report-visibility"
        labelText={t('report.visibility')}
        value={visibility}
        onChange={setVisibility}
        options={REPORT_VISIBILITIES}
        text={(v) => label(t, 'reportVisibility', v)}
      />
      <SaveFailed shown={failed} />
      {mine ? (
        <p>
          <Link to={`/${lang}/picture-reports/${mine.id}`}>{t('report.openExisting')}</Link>
        </p>
      ) : (
        <Button onClick={() => void create()}>{t('report.createButton')}</Button>
      )}
    </section>
  );
}

/** The report documents the reader may read, of one scope (from its picture page) or all. */
export function PictureReportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const scope = SCOPES.find((s) => s === params.get('scope'));
  const scopeId = params.get('id') ?? undefined;
  const query = scope && scopeId ? { scope, scopeId } : {};
  const reports = useApi(JSON.stringify(query), (signal) => loadReports(query, signal));
  const columns: Column<ReportSummary>[] = [
    {
      key: 'scope',
      label: t('report.scopeColumn'),
      render: (r) => (
        <Link to={`/${lang}/picture-reports/${r.id}`}>{t('report.pageTitle', { name: r.scopeName })}</Link>
      ),
    },
    {
      key: 'language',
      label: t('report.languageColumn'),
      render: (r) => label(t, 'reportLanguage', r.language),
    },
    { key: 'version', label: t('report.versionColumn'), render: (r) => String(r.version) },
    { key: 'updated', label: t('report.updatedColumn'), render: (r) => formatDate(r.updatedAt, lang) },
    {
      key: 'published',
      label: t('report.publishedColumn'),
      render: (r) => (r.published ? formatDate(r.published.at, lang) : t('report.notPublishedShort')),
    },
  ];
  return (
    <>
      <PageTitle>{t('report.listTitle')}</PageTitle>
      <p>{t('report.listIntro')}</p>
      {scope && scopeId && (
        <CreateReport
          scope={scope}
          scopeId={scopeId}
          name={params.get('name') ?? scopeId}
          existing={reports.data ?? []}
        />
      )}
      {reports.state === 'error' && <ErrorNotice error={reports.error} />}
      <DataTable
        caption={t('report.listCaption')}
        columns={columns}
        rows={reports.data ?? []}
        rowKey={(r) => r.id}
        empty={reports.state === 'loading' ? t('report.loading') : t('report.noReports')}
      />
    </>
  );
}
