import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { ProjectConsortium } from './ConsortiumLinks';
import type { Rec } from './naming';

/** A project's page leads to its reports to funders and steering group (signed-in readers). */
export function ProjectReportsLink({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (!me.user) return null;
  return (
    <section className="panel" aria-labelledby="project-reports">
      <h2 id="project-reports">{t('projectReport.panelHeading')}</h2>
      <p>{t('projectReport.panelIntro')}</p>
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
