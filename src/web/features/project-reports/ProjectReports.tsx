import { label } from '../../i18n/dynamic';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { loadReports, reportPath, reportTitle } from '../../shared/projectReports';
import { NewReportForm } from './NewReportForm';
import './project-reports.css';

/** A project's reports: the drafts made so far, and a new one for the editors. */
export function ProjectReports({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reports = useApi(`project-reports/${projectId}`, (signal) => loadReports(projectId, signal));
  if (reports.state === 'loading') return <Loading />;
  if (reports.state === 'error') return <ErrorNotice error={reports.error} />;
  const { data, canCreate } = reports.data;
  return (
    <>
      <PageTitle sub={t('projectReport.one')}>{t('projectReport.listTitle')}</PageTitle>
      <p>
        <Link to={`/${lang}/projects/${encodeURIComponent(projectId)}`}>
          {t('projectReport.backToProject')}
        </Link>
      </p>
      <p>{t('projectReport.panelIntro')}</p>
      <DataTable
        caption={t('projectReport.listCaption')}
        rows={data}
        rowKey={(r) => r.id}
        empty={t('projectReport.none')}
        columns={[
          {
            key: 'template',
            label: t('projectReport.templateColumn'),
            render: (r) => <Link to={reportPath(r, lang)}>{reportTitle(r, t, lang)}</Link>,
          },
          {
            key: 'lang',
            label: t('projectReport.languageColumn'),
            render: (r) => label(t, 'reportLanguage', r.lang),
          },
          {
            key: 'updated',
            label: t('projectReport.updatedColumn'),
            render: (r) => formatDateTime(r.updatedAt, lang),
          },
        ]}
      />
      {canCreate ? <NewReportForm projectId={projectId} /> : <p>{t('projectReport.readOnly')}</p>}
    </>
  );
}
