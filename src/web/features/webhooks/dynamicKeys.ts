import {
  WEBHOOK_DELIVERY_STATES,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_EVENTS,
  WEBHOOK_TEST_EVENT,
} from '../../../domain/webhooks';

/** The API's refusals of an endpoint that the screen explains in the page's language. */
export const WEBHOOK_ERROR_CODES = [
  'webhook_url_invalid',
  'webhook_url_scheme',
  'webhook_url_credentials',
  'webhook_host_unknown',
  'webhook_private_address',
  'webhook_private_admin_only',
  'webhook_disabled',
  'webhook_example',
  'unknown_workspace',
] as const;

/** Value-made message keys of the webhooks screen (spread into DYNAMIC_KEYS). */
export const WEBHOOK_DYNAMIC_KEYS = {
  webhookEvent: [...WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT],
  webhookStatus: WEBHOOK_DELIVERY_STATES,
  webhookDisabled: WEBHOOK_DISABLED_REASONS,
  webhookError: WEBHOOK_ERROR_CODES,
};
