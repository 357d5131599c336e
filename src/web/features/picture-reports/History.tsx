import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { loadVersions, type Report, type Version } from './api';
import { sectionTitle } from './SectionCard';

/** What a version changed, in words: the action and the section or proposal by its title. */
function useDescribe(report: Report) {
  const { t } = useTranslation();
  const sections = new Map(report.content.sections.map((s) => [s.key, sectionTitle(s)]));
  const proposals = new Map(
    report.content.proposals.map((p) => [p.key, p.title ?? p.generated?.title ?? p.key]),
  );
  return ({ change }: Version) => {
    const target = change.section
      ? sections.get(change.section)
      : change.proposal
        ? proposals.get(change.proposal)
        : undefined;
    return [label(t, 'reportAction', change.action), target].filter(Boolean).join(': ');
  };
}

/** Every save of the report, newest first: when, who and what. */
export function History({ report }: { report: Report }) {
  const { t } = useTranslation();
  const lang = useLang();
  const versions = useApi(
    `${report.id}:${report.version}`,
    (signal) => loadVersions(report.id, signal),
    true,
  );
  const describe = useDescribe(report);
  return (
    <section className="panel" aria-labelledby="report-history">
      <h2 id="report-history">{t('report.history')}</h2>
      {versions.state === 'error' && <ErrorNotice error={versions.error} />}
      <ol className="report-history" reversed>
        {(versions.data ?? []).map((v) => (
          <li key={v.version}>
            {t('report.versionLine', {
              version: v.version,
              date: formatDateTime(v.createdAt, lang),
              who: v.author ?? t('report.someone'),
            })}{' '}
            — {describe(v)}
          </li>
        ))}
      </ol>
    </section>
  );
}
