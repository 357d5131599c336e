import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { recompute, reportFileUrl, setPublished } from './api';
import type { ReportDocument } from './useReportDocument';

/** The report's state (version, figures' date, publication) and, for its editors, recompute and publish. */
export function ReportTools({ doc }: { doc: ReportDocument }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = doc.report!;
  return (
    <section className="panel" aria-labelledby="report-state">
      <h2 id="report-state">{t('report.state')}</h2>
      <p>
        {t('report.versionOf', { version: report.version, date: formatDate(report.updatedAt, lang) })}{' '}
        {t('report.generatedOn', { date: formatDate(report.generatedAt, lang) })}
      </p>
      <p>
        {report.published
          ? t('report.publishedOn', { date: formatDate(report.published.at, lang) })
          : t('report.notPublished')}
      </p>
      {report.canEdit && (
        <div className="report-actions">
          <Button variant="secondary" onClick={() => void doc.write(recompute, t('report.recomputed'))}>
            {t('report.recompute')}
          </Button>
          <Button variant="secondary" onClick={() => void doc.write((r) => setPublished(r, !r.published))}>
            {report.published ? t('report.unpublish') : t('report.publish')}
          </Button>
        </div>
      )}
      <p className="muted">{t('report.recomputeNote')}</p>
      <ul className="report-files" aria-label={t('report.files')}>
        <li>
          <a href={reportFileUrl(report.id, 'docx')} download>
            {t('report.fileWord')}
          </a>
        </li>
        <li>
          <a href={reportFileUrl(report.id, 'pdf')} download>
            {t('report.filePdf')}
          </a>
        </li>
        <li>
          <a href={reportFileUrl(report.id, 'html')} target="_blank" rel="noopener">
            {t('report.filePrint')}
          </a>
        </li>
      </ul>
    </section>
  );
}
