/**
 * An oversized body over a real socket: the 413 arrives, with its JSON error, and the connection ends
 * cleanly (kept alive or closed in order), never reset while the client is still sending.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { DISCARD_AT_MOST } from '../../src/server/body-limit.js';
import { testApp } from '../db.js';

const { app, admin } = await testApp();
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; body: string; error?: string; reused?: boolean; connection?: string };

/** Sends `size` bytes to `path` (with Content-Length, or chunked) on the agent's connection. */
function send(agent: http.Agent, path: string, size: number, chunked: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    let answer: Answer | undefined;
    const req = http.request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      agent,
      headers: {
        authorization: `Bearer ${admin.token}`,
        'content-type': 'application/json',
        ...(chunked ? {} : { 'content-length': String(size) }),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        answer = {
          status: res.statusCode ?? 0,
          body,
          reused: req.reusedSocket,
          connection: res.headers.connection,
        };
        // Let a late reset of the same connection show before the answer counts.
        setImmediate(() => resolve(answer!));
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ status: answer?.status ?? 0, body: answer?.body ?? '', error: e.code ?? e.message }),
    );
    // A JSON body, written in pieces as a client on a network would.
    const piece = Buffer.alloc(64 * 1024, 'x');
    let left = size;
    const write = () => {
      while (left > 0) {
        const n = Math.min(left, piece.length);
        left -= n;
        if (!req.write(piece.subarray(0, n))) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('a body over the limit, over a real socket', () => {
  const MiB = 1024 * 1024;
  const cases = [
    { path: '/api/v1/organisations', size: 3 * MiB, count: 10, chunked: false },
    { path: '/api/v1/organisations', size: 3 * MiB, count: 10, chunked: true },
    { path: '/api/v1/imports?entity=organisations&dryRun=true', size: 21 * MiB, count: 3, chunked: false },
  ];
  for (const { path, size, count, chunked } of cases) {
    it(`answers 413 with its JSON error to each of ${count} keep-alive requests to ${path} (${chunked ? 'chunked' : 'Content-Length'})`, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const answers: Answer[] = [];
        for (let i = 0; i < count; i++) answers.push(await send(agent, path, size, chunked));
        for (const a of answers) {
          expect(a.error, JSON.stringify(a)).toBeUndefined();
          expect(a.status).toBe(413);
          expect(JSON.parse(a.body)).toEqual({
            error: { code: 'too_large', message: expect.any(String), details: [] },
          });
        }
        // Every body was read to its end, so one connection served them all.
        expect(answers.map((a) => a.reused)).toEqual([false, ...Array<boolean>(count - 1).fill(true)]);
        // And it still serves a request of the right size.
        const ok = await send(agent, path, 0, false);
        expect(ok.error).toBeUndefined();
        expect(ok.status).toBe(400);
      } finally {
        agent.destroy();
      }
    });
  }

  it('answers 413 at once, and then closes, to a body declared larger than it will read', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/api/v1/organisations',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(DISCARD_AT_MOST + 1) },
      });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection });
          req.destroy();
        });
      });
      req.on('error', reject);
      // Only the start of the body: the answer must come without the rest.
      req.write(Buffer.alloc(2 * 1024 * 1024, 'x'));
    });
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body).error.code).toBe('too_large');
  });
});
