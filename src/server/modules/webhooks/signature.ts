/**
 * Standard Webhooks signing (https://www.standardwebhooks.com/): the secret is `whsec_` and base64 of
 * random bytes; a message is signed as `v1,` and base64 of HMAC-SHA256 over `id.timestamp.body` keyed
 * with the secret's decoded bytes.
 */
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

/** 32 random bytes, as the convention writes them. */
export const newWebhookSecret = () => SECRET_PREFIX + randomBytes(32).toString('base64');

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The headers of one attempt; the timestamp (seconds) lets a receiver refuse replays. */
export function webhookHeaders(secret: string, id: string, now: Date, body: string) {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Solmu-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secret, id, timestamp, body),
  };
}
