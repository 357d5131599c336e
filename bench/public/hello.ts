/**
 * The peer of the public page benchmark: a bare Hono "hello world" on @hono/node-server, the same
 * framework and server Solmu runs on, with nothing else. Prints its loopback port as its first line.
 *
 *   node --import tsx bench/public/hello.ts
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('Hello World!'));

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => console.log(info.port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
