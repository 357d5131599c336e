import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';

/** "Saved." on the page a form returned to (it navigates with `state: { saved: true }`). */
export function SavedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  if (!(location.state as { saved?: boolean } | null)?.saved) return null;
  return (
    <InlineAlert status="neutral" role="status" mb="m">
      {t('organisation.saved')}
    </InlineAlert>
  );
}
