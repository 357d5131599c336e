import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import type { WorkshopStatus } from './api';

/** A workshop's status in words. */
export function StatusText({ status }: { status: WorkshopStatus }) {
  const { t } = useTranslation();
  return <>{label(t, 'workshopStatus', status)}</>;
}
