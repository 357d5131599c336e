/**
 * A small round-robin reverse proxy on node:http, standing in for the load balancer in front of several
 * Solmu instances: each request goes to the next upstream in turn, over kept-alive connections.
 *
 *   PROXY_UPSTREAMS=http://127.0.0.1:3001,http://127.0.0.1:3002 node --import tsx bench/load/proxy.ts
 *
 * Prints the port it listens on (loopback, free port unless PROXY_PORT) as its first line.
 */
import http from 'node:http';

const upstreams = (process.env.PROXY_UPSTREAMS ?? '')
  .split(',')
  .filter(Boolean)
  .map((u) => new URL(u));
if (upstreams.length === 0) throw new Error('PROXY_UPSTREAMS names no upstream');
// Solmu (Node's HTTP server) closes a connection idle for 5 s; one reused just as it closes fails (a
// 502 here). Idle connections are dropped on this side first.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });
let next = 0;

const server = http.createServer((req, res) => {
  const target = upstreams[next++ % upstreams.length]!;
  const upstream = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('bad gateway');
  });
  req.pipe(upstream);
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PROXY_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : '');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
