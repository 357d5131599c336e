/**
 * One webhook attempt over HTTP: a POST to the address checked by the guard (the connection goes to
 * the pinned address; the Host header and TLS name stay the URL's), a short timeout, no redirects
 * followed, and the answer's body read only to be thrown away.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { PinnedTarget } from './address-guard.js';

export type PostOutcome =
  | { kind: 'answered'; status: number; durationMs: number }
  | { kind: 'timeout' | 'network'; durationMs: number };

const pinned =
  (target: PinnedTarget): LookupFunction =>
  (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    else callback(null, target.address, target.family);
  };

export function postWebhook(
  target: PinnedTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(target.url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: pinned(target),
      agent: false,
    });
    const timer = setTimeout(() => {
      settle({ kind: 'timeout', durationMs: elapsed() });
      request.destroy();
    }, timeoutMs);
    request.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        settle({ kind: 'answered', status: response.statusCode ?? 0, durationMs: elapsed() }),
      );
      response.on('error', () => settle({ kind: 'network', durationMs: elapsed() }));
    });
    request.on('error', () => settle({ kind: 'network', durationMs: elapsed() }));
    request.end(body);
  });
}
