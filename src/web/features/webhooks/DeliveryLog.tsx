import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_ATTEMPT_ERRORS } from '../../../domain/webhooks';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { label } from '../../i18n/dynamic';
import { listDeliveries, type WebhookDelivery } from './webhooks';

/** The log's error in the page's language: the server keeps it in English, for the API. */
function errorText(t: TFunction, r: WebhookDelivery): string {
  if (r.lastError === null) return '';
  if (r.statusCode !== null) return t('webhooks.errorAnswered', { code: r.statusCode });
  if (r.lastError === WEBHOOK_ATTEMPT_ERRORS.timeout) return t('webhooks.errorTimeout');
  if (r.lastError === WEBHOOK_ATTEMPT_ERRORS.connection) return t('webhooks.errorConnection');
  // Otherwise the address was refused when the attempt checked it again.
  return t('webhooks.errorRefused');
}

/** An endpoint's delivery log, newest first, with Finnish times; read again with a button. */
export function DeliveryLog({ endpointId, round }: { endpointId: string; round: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const log = useApi(
    `webhook-deliveries-${endpointId}-${round}`,
    (signal) => listDeliveries(endpointId, signal),
    true,
  );
  const columns: Column<WebhookDelivery>[] = [
    { key: 'time', label: t('webhooks.deliveryTime'), render: (r) => formatDateTime(r.createdAt, lang) },
    {
      key: 'event',
      label: t('webhooks.deliveryEvent'),
      render: (r) => label(t, 'webhookEvent', r.eventType),
    },
    {
      key: 'status',
      label: t('webhooks.deliveryStatus'),
      render: (r) => label(t, 'webhookStatus', r.status),
    },
    { key: 'attempts', label: t('webhooks.deliveryAttempts'), render: (r) => String(r.attempts) },
    {
      key: 'code',
      label: t('webhooks.deliveryCode'),
      render: (r) => (r.statusCode === null ? '' : String(r.statusCode)),
    },
    {
      key: 'duration',
      label: t('webhooks.deliveryDuration'),
      render: (r) => (r.durationMs === null ? '' : t('webhooks.milliseconds', { count: r.durationMs })),
    },
    { key: 'next', label: t('webhooks.deliveryNext'), render: (r) => formatDateTime(r.nextAttemptAt, lang) },
    { key: 'error', label: t('webhooks.deliveryError'), render: (r) => errorText(t, r) },
  ];
  return (
    <>
      {log.state === 'error' && <ErrorNotice error={log.error} />}
      <DataTable
        caption={t('webhooks.deliveriesCaption')}
        columns={columns}
        rows={log.data ?? []}
        rowKey={(r) => r.id}
        busy={log.busy}
        empty={log.state === 'loading' ? t('common.loading') : t('webhooks.deliveriesNone')}
      />
      <Button variant="secondary" onClick={log.reload}>
        {t('webhooks.refresh')}
      </Button>
    </>
  );
}
