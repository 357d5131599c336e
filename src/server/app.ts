import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from './db/database.js';
import type { AppEnv } from './env.js';
import { AppError, errorBody, respondToError, validationError } from './errors.js';
import { RESOURCES } from './modules/index.js';
import { registerReferenceRoutes } from './modules/reference/reference.routes.js';
import { registerDocsRoutes } from './modules/docs/docs.routes.js';
import { registerHealthRoutes } from './modules/health/health.routes.js';
import { registerResource } from './resources/routes.js';
import { homePage } from './home.js';

export type AppDeps = { db: Database; version: string; logError?: (error: unknown) => void };

const TARGET_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path' };

export function createApp(deps: AppDeps) {
  const logError = deps.logError ?? ((e: unknown) => console.error(e));
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationError(result.error.issues, TARGET_NAMES[result.target] ?? result.target);
    },
  });

  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('actor', 'api');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new AppError(413, 'too_large', 'The request body is too large (limit 1 MiB)');
      },
    }),
  );

  registerHealthRoutes(app, deps.version);
  registerReferenceRoutes(app);
  for (const resource of RESOURCES) registerResource(app, resource);

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Solmu API',
      version: deps.version,
      description:
        'Regional innovation ecosystems: actors, relations, ecosystems, networks, projects, calls, events, strategies.',
    },
  });
  registerDocsRoutes(app);
  app.get('/', (c) => c.html(homePage(deps.version)));

  app.notFound((c) => c.json(errorBody(new AppError(404, 'not_found', 'No such route')), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && !(error.cause instanceof AppError)) {
      const status = error.status === 415 || error.status === 400 ? 400 : error.status;
      const message = /JSON/i.test(error.message)
        ? 'The body must be valid JSON with Content-Type: application/json'
        : error.message;
      return c.json(errorBody(new AppError(status as 400, 'bad_request', message)), status as 400);
    }
    return respondToError(error, c, logError);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
