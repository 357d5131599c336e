import type { Server } from 'node:http';
import type { Logger } from 'pino';

/** How often idle keep-alive connections are closed while requests in flight finish. */
const SWEEP_MS = 200;

/**
 * Stops accepting connections, lets the requests in flight finish and closes each connection as it goes
 * idle; after `timeoutMs` the connections still busy are closed too. Resolves once the server is closed.
 */
export function closeGracefully(server: Server, timeoutMs: number, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    const deadline = setTimeout(() => {
      log.warn(`Requests still running after ${timeoutMs / 1000} s: closing their connections`);
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
