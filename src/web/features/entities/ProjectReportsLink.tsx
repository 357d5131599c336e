import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { loadReports, reportPath, reportTitle } from '../../shared/projectReports';
import { ProjectConsortium } from './ConsortiumLinks';
import type { Rec } from './naming';

const LATEST = 3;

/** The latest reports of a project, each by its template and period and linked to the report itself. */
function LatestReports({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reports = useApi(`project-reports/${projectId}`, (signal) => loadReports(projectId, signal));
  if (reports.state !== 'ready') return null;
  const latest = reports.data.data.slice(0, LATEST);
  if (latest.length === 0) return <p>{t('projectReport.none')}</p>;
  return (
    <>
      <h3>{t('projectReport.latestHeading')}</h3>
      <ul>
        {latest.map((r) => (
          <li key={r.id}>
            <Link to={reportPath(r, lang)}>{reportTitle(r, t, lang)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A project's page shows its latest reports to funders and steering group (signed-in readers). */
export function ProjectReportsLink({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (!me.user) return null;
  return (
    <section className="panel" aria-labelledby="project-reports">
      <h2 id="project-reports">{t('projectReport.panelHeading')}</h2>
      <p>{t('projectReport.panelIntro')}</p>
      <LatestReports projectId={record.id} />
      <p>
        <Link className="button-link" to={`/${lang}/projects/${encodeURIComponent(record.id)}/reports`}>
          {t('projectReport.openReports')}
        </Link>
      </p>
    </section>
  );
}

/** What a project's page adds under its record: its reports and a consortium for its call. */
export function ProjectExtras({ record }: { record: Rec }) {
  return (
    <>
      <ProjectReportsLink record={record} />
      <ProjectConsortium record={record} />
    </>
  );
}
