import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with the moment it arrived. */
export type Delivery = { headers: IncomingHttpHeaders; body: string; at: number };

/**
 * The browser test's webhook receiver: an HTTP server in the test's own process on 127.0.0.1 (an
 * address an installation admin must allow), answering with the statuses it is told, in turn.
 */
export async function startWebhookReceiver() {
  const got: Delivery[] = [];
  let answers: number[] = [200];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      got.push({ headers: req.headers, body, at: Date.now() });
      // The last status stays for every later request.
      const status = answers.length > 1 ? answers.shift()! : answers[0]!;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/solmu-webhook`,
    deliveries: () => [...got],
    answerWith: (...statuses: number[]) => (answers = statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return typeof value === 'string' ? value : '';
};

/**
 * True when the delivery carries a valid Standard Webhooks signature for the secret: an HMAC-SHA256 of
 * `id.timestamp.body`, keyed with the base64 after `whsec_`, among the header's `v1,` signatures, and
 * a timestamp within five minutes of now. Written from the specification, not from Solmu's signer.
 */
export function signedWith(secret: string, d: Delivery): boolean {
  const id = header(d.headers, 'webhook-id');
  const timestamp = header(d.headers, 'webhook-timestamp');
  if (!id || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${d.body}`).digest();
  return header(d.headers, 'webhook-signature')
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'))
    .some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
}
