import { useTranslation } from 'react-i18next';
import { actionStatusText } from './labels';

/** A development action's status in words. */
export function ActionStatusBadge({ status }: { status: string | null }) {
  const { t } = useTranslation();
  return (
    <span className={`action-status action-status-${status ?? 'planned'}`}>
      {actionStatusText(t, status)}
    </span>
  );
}
