/**
 * The events a workspace's webhook endpoint may choose (issue 19). The web app names them in fi/sv/en;
 * the server emits them. `webhook.test` is sent only by "send test" and is never chosen.
 */
export const WEBHOOK_RECORD_RESOURCES = ['organisations', 'projects', 'events', 'ecosystems'] as const;
export type WebhookRecordResource = (typeof WEBHOOK_RECORD_RESOURCES)[number];

export const WEBHOOK_RECORD_ACTIONS = ['created', 'updated', 'deleted'] as const;

export const WEBHOOK_EVENTS = [
  ...WEBHOOK_RECORD_RESOURCES.flatMap((r) => WEBHOOK_RECORD_ACTIONS.map((a) => `${r}.${a}` as const)),
  'import.finished',
  'enquiry.received',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** What a delivery's row says of it. */
export const WEBHOOK_DELIVERY_STATES = ['pending', 'queued', 'delivered', 'failed', 'dropped'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

/** Why an endpoint is off: its deliveries kept failing, or an admin turned it off. */
export const WEBHOOK_DISABLED_REASONS = ['failing', 'manual'] as const;

/**
 * What the delivery log keeps when no answer came (in English, for the API); the screen shows its own
 * words for these, for an answer's status code, and for an address refused at the attempt.
 */
export const WEBHOOK_ATTEMPT_ERRORS = {
  timeout: 'No answer within the time limit',
  connection: 'The connection failed',
} as const;
