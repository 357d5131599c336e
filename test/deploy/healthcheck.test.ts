/**
 * The container's health check (deploy/healthcheck.mjs) run as the image runs it, against small servers
 * that answer as a live, a failing and an older Solmu would.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../deploy/healthcheck.mjs');
let server: http.Server | undefined;

/** A server answering each path with the status given, 404 for any other. */
async function serving(statuses: Record<string, number>) {
  server = http.createServer((req, res) => res.writeHead(statuses[req.url!] ?? 404).end());
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The check's exit code with PORT set as in the container. */
async function check(port: number) {
  try {
    await promisify(execFile)(process.execPath, [script], { env: { ...process.env, PORT: String(port) } });
    return 0;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

afterEach(() => server?.close());

describe('the container health check', () => {
  it('passes when the liveness probe answers 200', async () => {
    expect(await check(await serving({ '/api/health/live': 200 }))).toBe(0);
  });

  it('fails when the liveness probe answers an error, whatever /api/health says', async () => {
    expect(await check(await serving({ '/api/health/live': 503, '/api/health': 200 }))).toBe(1);
  });

  it('falls back to /api/health where there is no liveness probe', async () => {
    expect(await check(await serving({ '/api/health': 200 }))).toBe(0);
    server!.close();
    expect(await check(await serving({}))).toBe(1);
  });

  it('fails when nothing listens', async () => {
    const port = await serving({});
    await new Promise((resolve) => server!.close(resolve));
    expect(await check(port)).toBe(1);
  });
});
