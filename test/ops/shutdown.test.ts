import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { endAllStreams, subscriberCount } from '../../src/server/modules/workshops/workshops.stream.js';
import { closeGracefully } from '../../src/server/shutdown.js';
import { workshopWorld } from '../support/workshops.js';

const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function listen(fetch: (req: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A small app with a slow request and one that never ends by itself. */
function slowApp() {
  const app = new Hono();
  app.get('/fast', (c) => c.text('fast'));
  app.get('/slow', async (c) => {
    await sleep(600);
    return c.text('done');
  });
  app.get('/hang', () => new Promise<Response>(() => {}));
  return app;
}

describe('graceful shutdown', () => {
  it('lets a request in flight finish, refuses new connections and closes soon after', async () => {
    const { server, base } = await listen(slowApp().fetch);
    expect(await (await fetch(`${base}/fast`)).text()).toBe('fast'); // leaves an idle keep-alive connection
    const inFlight = fetch(`${base}/slow`);
    await sleep(100);
    const started = Date.now();
    const closed = closeGracefully(server, 10_000, silent);
    await sleep(50);
    await expect(fetch(`${base}/fast`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('done');
    await closed;
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('closes the connections of requests still running at the timeout', async () => {
    const { server, base } = await listen(slowApp().fetch);
    const hanging = fetch(`${base}/hang`).then(
      () => 'answered',
      () => 'cut',
    );
    await sleep(100);
    const started = Date.now();
    await closeGracefully(server, 300, silent);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await hanging).toBe('cut');
  });

  it("ends the workshops' live streams so that they do not hold the shutdown up to the timeout", async () => {
    const { app, newWorkshop, bearer } = await workshopWorld();
    const id = (await newWorkshop()).workshop.id;
    const { server, base } = await listen(app.fetch);
    const res = await fetch(`${base}/api/v1/workshops/${id}/stream`, { headers: bearer });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false); // the stream has begun
    expect(subscriberCount(id)).toBe(1);
    const started = Date.now();
    endAllStreams();
    await closeGracefully(server, 10_000, silent);
    expect(Date.now() - started).toBeLessThan(3000);
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(subscriberCount(id)).toBe(0);
  });
});
