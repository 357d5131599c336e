import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';

/** How many sessions a deleted series took along and how many it left, handed over in the address' state. */
export type SeriesDeletedState = { seriesDeleted: { deleted: number; kept: number } };

/** Said on the page a series' deletion led to: which of its sessions went and which stayed. */
export function SeriesDeletedNotice() {
  const { t } = useTranslation();
  const counts = (useLocation().state as Partial<SeriesDeletedState> | null)?.seriesDeleted;
  if (!counts) return null;
  return (
    <InlineAlert status="neutral" role="status" mb="m">
      {t('series.deleted', counts)}
    </InlineAlert>
  );
}
