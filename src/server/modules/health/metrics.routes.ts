import type { Database } from '../../db/database.js';
import { poolOf } from '../../db/database.js';
import { hashToken, safeEqual } from '../../auth/secrets.js';
import { AppError, errorBody } from '../../errors.js';
import { METRICS_CONTENT_TYPE, metricsText } from '../../metrics.js';
import { plainRoute, type Api } from '../../routing.js';

/** The same answer as an unknown route: with metrics off, nothing tells that they exist. */
const notFound = () => errorBody(new AppError(404, 'not_found', 'No such route'));

/** Hashes first, so that the comparison takes the same time whatever the length of the guess. */
const sameToken = (given: string, expected: string) => safeEqual(hashToken(given), hashToken(expected));

/**
 * Prometheus metrics at /metrics: off (404) unless a token is configured, then only with
 * `Authorization: Bearer <token>`. Read before sign-in: the token is not an API token.
 */
export function registerMetricsRoute(app: Api, db: Database, token: string | undefined) {
  plainRoute(app, 'public', 'GET', '/metrics', async (c) => {
    if (!token) return c.json(notFound(), 404);
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !sameToken(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return c.json(
        errorBody(new AppError(401, 'unauthenticated', 'The metrics token is missing or wrong')),
        401,
      );
    }
    c.header('Content-Type', METRICS_CONTENT_TYPE);
    return c.body(await metricsText(poolOf(db)), 200);
  });
}
