/**
 * The webhook screen's example (issue 19), fictional and marked as example: Iisalmi's endpoint for a
 * customer register that exists nowhere (".invalid" never resolves), kept off so that the demo sends
 * nothing out, with the log it might have had: deliveries, one retried after a 503, one the receiver
 * refused. Removed with the rest of the examples (`solmu seed --remove-examples`).
 */
import type { ExampleWebhookSeed } from './types.js';

export const WEBHOOK_EXAMPLES: ExampleWebhookSeed[] = [
  {
    workspace: 'iisalmi',
    url: 'https://asiakasrekisteri.esimerkki.invalid/solmu/webhook',
    events: ['organisations.created', 'organisations.updated', 'projects.created', 'enquiry.received'],
    deliveries: [
      {
        eventType: 'webhook.test',
        hoursAgo: 50,
        status: 'delivered',
        attempts: 1,
        statusCode: 200,
        durationMs: 142,
      },
      {
        eventType: 'organisations.created',
        hoursAgo: 49,
        status: 'delivered',
        attempts: 2,
        statusCode: 200,
        durationMs: 97,
      },
      {
        eventType: 'organisations.updated',
        hoursAgo: 27,
        status: 'failed',
        attempts: 1,
        statusCode: 410,
        durationMs: 63,
        lastError: 'The endpoint answered 410',
      },
      {
        eventType: 'projects.created',
        hoursAgo: 26,
        status: 'delivered',
        attempts: 1,
        statusCode: 202,
        durationMs: 118,
      },
    ],
  },
];
