/**
 * A webhook receiver for the tests: a node http server on 127.0.0.1 that answers as each path is told
 * to (a status per request in turn, or never), keeps what it got, and verifies the signature by the
 * Standard Webhooks specification, written here apart from Solmu's own signer.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

export type Received = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };

/** 'hang' never answers (the sender's timeout must end the attempt). */
export type Answer = number | 'hang';

export async function startReceiver() {
  const received: Received[] = [];
  const scripts = new Map<string, Answer[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const script = scripts.get(path) ?? [];
      const answer = script.length > 1 ? script.shift()! : (script[0] ?? 200);
      if (answer === 'hang') return;
      res.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** How the path answers: each status once in turn, the last one from then on. */
    answer: (path: string, ...answers: Answer[]) => scripts.set(path, answers),
    received: (path: string) => received.filter((r) => r.path === path),
  };
}

const TOLERANCE_SECONDS = 5 * 60;

/**
 * Standard Webhooks verification: the signed content is `${id}.${timestamp}.${body}`, the key is the
 * base64 after `whsec_`, the header holds space-separated `v1,<base64>` signatures, and a timestamp
 * further than five minutes from now is refused (replays).
 */
export function verifyStandardWebhook(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
  nowMs = Date.now(),
) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > TOLERANCE_SECONDS)
    return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((s) => {
    const [version, value] = s.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
