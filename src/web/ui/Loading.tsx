import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <LoadingSpinner status="loading" textVisibility="visible" text={t('common.loading')} />
    </div>
  );
}
