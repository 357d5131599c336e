import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { reportUrl, type PictureScope } from './api';

/** The picture as a Word document, a PDF, Excel tables and a print view, in the page's language. */
export function ReportLinks({ scope, id }: { scope: PictureScope; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ul className="report-links" aria-label={t('picture.reports')}>
      <li>
        <a href={reportUrl(scope, id, 'docx', lang)} download>
          {t('picture.reportWord')}
        </a>
      </li>
      <li>
        <a href={reportUrl(scope, id, 'pdf', lang)} download>
          {t('picture.reportPdf')}
        </a>
      </li>
      <li>
        <a href={reportUrl(scope, id, 'xlsx', lang)} download>
          {t('picture.reportExcel')}
        </a>
      </li>
      <li>
        <a href={reportUrl(scope, id, 'html', lang)} target="_blank" rel="noopener">
          {t('picture.reportPrint')}
        </a>
      </li>
    </ul>
  );
}
