import { useTranslation } from 'react-i18next';
import type { WorkshopStatus } from './api';

/** A workshop's status in words. */
export function StatusText({ status }: { status: WorkshopStatus }) {
  const { t } = useTranslation();
  return (
    <>
      {status === 'open'
        ? t('workshop.statusOpen')
        : status === 'closed'
          ? t('workshop.statusClosed')
          : t('workshop.statusDraft')}
    </>
  );
}
