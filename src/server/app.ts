import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { apiRateLimit, authenticate, clientIp, csrf, enforcePolicy } from './auth/middleware.js';
import { createLimits, type Limits, type MakeLimiter } from './auth/rate-limit.js';
import { pgLimiters } from './auth/pg-limiter.js';
import { DEFAULT_SECURITY, type SecuritySettings } from './auth/settings.js';
import type { Database } from './db/database.js';
import { audit } from './audit/audit.js';
import type { AppEnv } from './env.js';
import { limitBody } from './body-limit.js';
import type { YtjClientOptions } from '../formats/ytj/index.js';
import { AppError, denialOf, errorBody, respondToError, validationError } from './errors.js';
import { registerJoinRoutes } from './modules/workshops/join.routes.js';
import { registerWorkshopRoutes } from './modules/workshops/workshops.routes.js';
import { registerAdminRoutes } from './modules/admin/admin.routes.js';
import { registerPublicFormRoutes } from './modules/enquiries/enquiries.routes.js';
import { registerFeedbackAdminRoutes } from './modules/enquiries/feedback.routes.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { registerChangeRoutes } from './modules/changes/changes.routes.js';
import { registerTotpRoutes } from './modules/auth/totp.routes.js';
import { registerSelfRoutes } from './modules/auth/self.routes.js';
import { registerOidcRoutes } from './modules/auth/oidc.routes.js';
import { registerDocsRoutes } from './modules/docs/docs.routes.js';
import { registerExportRoutes } from './modules/exports/exports.routes.js';
import { registerHealthRoutes } from './modules/health/health.routes.js';
import { registerMetricsRoute } from './modules/health/metrics.routes.js';
import { observeRequests, silentLog, type RequestLog } from './observe.js';
import { exceptImportUploads, registerImportRoutes } from './modules/imports/imports.routes.js';
import { registerYtjRoutes } from './modules/imports/ytj.routes.js';
import { RESOURCES } from './modules/index.js';
import { registerPeopleRoutes } from './modules/people/people.routes.js';
import { registerPictureRoutes } from './modules/pictures/pictures.routes.js';
import { registerPictureReportRoutes } from './modules/picture-reports/reports.routes.js';
import { registerConsortiumRoutes } from './modules/consortia/consortia.routes.js';
import { registerProjectReportRoutes } from './modules/project-reports/project-reports.routes.js';
import { registerEccpRoutes } from './modules/eccp/eccp.routes.js';
import { registerGraphRoutes } from './modules/graph/graph.routes.js';
import { registerPartnerSearchRoutes } from './modules/partner-search/partner-search.routes.js';
import { registerBorderRoutes } from './modules/reference/borders.routes.js';
import { registerSnapshotRoutes } from './modules/pictures/snapshots.routes.js';
import { registerReferenceRoutes } from './modules/reference/reference.routes.js';
import { registerCompetenceRoutes } from './modules/competences/competences.routes.js';
import { registerPipelineRoutes } from './modules/pipeline/pipeline.routes.js';
import { registerFittingCallRoutes } from './modules/funding-calls/fitting.routes.js';
import { registerActionPlanRoutes, registerRollupRoutes } from './modules/strategies/rollup.routes.js';
import { registerEventInvitationRoutes } from './modules/events/invitations.routes.js';
import { registerEventSeriesRoutes } from './modules/events/series.routes.js';
import { registerTokenRoutes } from './modules/tokens/tokens.routes.js';
import { registerWebhookRoutes } from './modules/webhooks/webhooks.routes.js';
import { registerWebRoutes } from './modules/web/web.routes.js';
import { registerDownloadRoutes } from './modules/open-data/downloads.routes.js';
import { DEFAULT_LICENCE, type OidcSettings, type OpenDataLicence } from './config.js';
import {
  exceptOpenData,
  OPEN_PATHS,
  openDataHeaders,
  openRateLimit,
} from './modules/open-data/open-data.http.js';
import { registerOpenDataRoutes } from './modules/open-data/open-data.routes.js';
import { registerPublicPageRoutes } from './modules/public-pages/public-pages.routes.js';
import { exceptStoryImages } from './modules/public-pages/stories.routes.js';
import { isEmbeddable, registerPublicSiteRoutes } from './modules/public-site/site.routes.js';
import { registerDocument } from './contract/document.js';
import { registerResource } from './resources/routes.js';
import { policiesOf, type Api } from './routing.js';
import { ANSWER_BODY_LIMIT, registerAnswerRoutes } from './modules/mapping/answers.routes.js';
import { registerRoundRoutes } from './modules/mapping/rounds.routes.js';
import type { MailSettings } from './mail/mailer.js';
import { registerReviewRoutes } from './modules/mapping/review.routes.js';
import { registerRoundAnalysisRoutes } from './modules/mapping/analysis.routes.js';

export type AppDeps = {
  db: Database;
  version: string;
  /** Where request lines and errors go, each with its request id; nothing is logged when undefined. */
  logger?: RequestLog;
  /** Errors of requests, besides the logger (tests collect them); the console's when neither is given. */
  logError?: (error: unknown) => void;
  /** Prometheus metrics at /metrics with `Authorization: Bearer <token>`; off (404) when undefined. */
  metricsToken?: string;
  /** A controllable clock for tests of expiry and retention. */
  now?: () => Date;
  security?: Partial<SecuritySettings>;
  /** Single sign-on; off when undefined. */
  oidc?: OidcSettings;
  /** The live YTJ look-up: base URL (PRH's by default) and request budget. */
  ytj?: YtjClientOptions;
  /** Invitations of mapping rounds and events by e-mail; links to copy (files to download) when undefined. */
  mail?: MailSettings;
  /** Where users reach Solmu (PUBLIC_URL): the API document's server. */
  publicUrl?: string;
  /** The licence of the open data API and its downloads; CC BY 4.0 when undefined. */
  openDataLicence?: OpenDataLicence;
  /** Where rate limits count; in the database (shared by every instance) when undefined. */
  limiters?: MakeLimiter;
};

const TARGET_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path' };

// A strict policy: only our own scripts and styles; inline styles for the design system's CSS-in-JS.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp(deps: AppDeps) {
  const security = { ...DEFAULT_SECURITY, ...deps.security };
  const now = deps.now ?? (() => new Date());
  const limits = createLimits(security, deps.limiters ?? pgLimiters(deps.db, () => now().getTime()));
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationError(result.error.issues, TARGET_NAMES[result.target] ?? result.target);
    },
  });
  const licence = deps.openDataLicence ?? DEFAULT_LICENCE;
  app.use('*', observeRequests(deps.logger ?? silentLog()));
  // Probes and metrics answer before sign-in, rate limits and CSRF (they would need the database).
  registerHealthRoutes(app, deps.db, deps.version);
  registerMetricsRoute(app, deps.db, deps.metricsToken);
  // Before the security headers: the open data's cross-origin and caching headers are set last.
  app.use(OPEN_PATHS, openDataHeaders(licence));
  useMiddleware(app, deps.db, now, security, limits);
  registerRoutes(app, deps, limits, licence);
  handleErrors(app, deps.db, deps.logError ?? (deps.logger ? () => {} : (e: unknown) => console.error(e)));
  return app;
}

/** What runs before every route, in this order; the last step applies the route policies (default deny). */
function useMiddleware(app: Api, db: Database, now: () => Date, security: SecuritySettings, limits: Limits) {
  const headers = {
    contentSecurityPolicy: CSP,
    strictTransportSecurity: security.https ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    crossOriginEmbedderPolicy: false,
  } as const;
  const strict = secureHeaders(headers);
  // The public pages' embeds: any site may frame them and load the embed script; nothing else.
  const embeddable = secureHeaders({
    ...headers,
    contentSecurityPolicy: { ...CSP, frameAncestors: ['*'] },
    xFrameOptions: false,
    crossOriginResourcePolicy: 'cross-origin',
  });
  app.use('*', (c, next) => (isEmbeddable(c.req.path) ? embeddable(c, next) : strict(c, next)));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('now', now);
    c.set('security', security);
    await next();
  });
  app.use('*', clientIp);
  app.use('/api/v1/answers/*', limitBody(ANSWER_BODY_LIMIT, 'The answers are too large (limit 256 KiB)'));
  app.use(
    '/api/*',
    exceptImportUploads(
      exceptStoryImages(limitBody(1024 * 1024, 'The request body is too large (limit 1 MiB)')),
    ),
  );
  app.use('*', authenticate(limits.failedAuth));
  app.use('/api/*', exceptOpenData(apiRateLimit(limits.api)));
  app.use(OPEN_PATHS, openRateLimit(limits.open));
  app.use('*', csrf);
  app.use('*', enforcePolicy(policiesOf(app)));
}

/** Every route, each with its policy; the order is the OpenAPI document's. */
function registerRoutes(app: Api, deps: AppDeps, limits: Limits, licence: OpenDataLicence) {
  registerPublicSiteRoutes(app);
  registerReferenceRoutes(app);
  registerAuthRoutes(app, limits);
  registerTotpRoutes(app, limits);
  registerSelfRoutes(app);
  registerOidcRoutes(app, deps.oidc);
  registerAdminRoutes(app);
  registerFeedbackAdminRoutes(app);
  registerTokenRoutes(app);
  registerWebhookRoutes(app);
  registerChangeRoutes(app);
  registerPeopleRoutes(app);
  registerSnapshotRoutes(app);
  registerPictureRoutes(app);
  registerPictureReportRoutes(app);
  registerConsortiumRoutes(app);
  registerProjectReportRoutes(app);
  registerEccpRoutes(app);
  registerWorkshopRoutes(app);
  registerJoinRoutes(app, limits);
  registerGraphRoutes(app, deps.version);
  registerPartnerSearchRoutes(app);
  registerBorderRoutes(app);
  registerImportRoutes(app);
  registerYtjRoutes(app, deps.ytj);
  registerExportRoutes(app);
  registerCompetenceRoutes(app);
  registerPipelineRoutes(app);
  registerFittingCallRoutes(app);
  registerRollupRoutes(app);
  registerActionPlanRoutes(app);
  registerAnswerRoutes(app);
  registerRoundRoutes(app, deps.mail);
  registerEventInvitationRoutes(app, deps.mail);
  registerEventSeriesRoutes(app);
  registerReviewRoutes(app);
  registerRoundAnalysisRoutes(app);
  registerOpenDataRoutes(app, licence);
  registerDownloadRoutes(app, licence);
  registerPublicPageRoutes(app);
  for (const resource of RESOURCES) registerResource(app, resource);
  registerDocument(app, {
    version: deps.version,
    publicUrl: deps.publicUrl,
    licence,
    resourceTags: RESOURCES.map((r) => ({ name: r.path, description: `The generic resource: ${r.summary}` })),
  });
  registerDocsRoutes(app);
  registerPublicFormRoutes(app, limits, deps.mail);
  registerWebRoutes(app, deps.version);
}

/**
 * Unknown routes and every error as the API's error body (errors.ts decides the status and code); a
 * refusal is audited here, after the request's transaction is gone.
 */
function handleErrors(app: Api, db: Database, logError: (error: unknown) => void) {
  app.notFound((c) => c.json(errorBody(new AppError(404, 'not_found', 'No such route')), 404));
  app.onError(async (error, c) => {
    const log = (e: unknown) => {
      c.var.log.error({ err: e }, 'request failed');
      logError(e);
    };
    const denial = denialOf(error);
    // The refusal still answers as a refusal when its audit entry cannot be written (the failure is logged).
    if (denial) await audit(db, denial.actor, denial.entry).catch(log);
    if (error instanceof HTTPException && !(error.cause instanceof AppError)) {
      const status = error.status === 415 || error.status === 400 ? 400 : error.status;
      const message = /JSON/i.test(error.message)
        ? 'The body must be valid JSON with Content-Type: application/json'
        : error.message;
      return c.json(errorBody(new AppError(status as 400, 'bad_request', message)), status as 400);
    }
    return respondToError(error, c, log);
  });
}

export type App = ReturnType<typeof createApp>;
