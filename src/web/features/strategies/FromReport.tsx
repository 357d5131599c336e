import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/lang';

type Linked = { pictureReportId?: string | null; reportProposalKey?: string | null };

/** A goal or action accepted from a report's proposal leads back to it and the evidence it rests on. */
export function FromReport({ record }: { record: Linked }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!record.pictureReportId || !record.reportProposalKey) return null;
  const anchor = `proposal-${record.reportProposalKey.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <>
      {' '}
      <Link className="from-report" to={`/${lang}/picture-reports/${record.pictureReportId}#${anchor}`}>
        {t('strategy.fromReport')}
      </Link>
    </>
  );
}
