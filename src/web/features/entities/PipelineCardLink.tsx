import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/lang';

/** A contact's own page in the pipeline: its log, its move and its next step. */
export function PipelineCardLink({ record }: { record: { id: string } }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p>
      <Link to={`/${lang}/pipeline/${record.id}`}>{t('entities.openPipelineCard')}</Link>
    </p>
  );
}
