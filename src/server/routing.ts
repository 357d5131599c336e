import { createRoute, type OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import type { Policy } from './auth/policies.js';
import { documented } from './contract/operations.js';
import type { AppEnv } from './env.js';

export type Api = OpenAPIHono<AppEnv>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call each route of one app: filled as the routes are registered, read by the access
 * middleware (default deny). One table per app instance, so two apps in one process never share one.
 */
export class PolicyTable {
  private readonly policies = new Map<string, Policy>();

  set(method: string, path: string, policy: Policy) {
    this.policies.set(`${method.toUpperCase()} ${honoPath(path)}`, policy);
  }

  get(method: string, path: string): Policy | undefined {
    return this.policies.get(`${method.toUpperCase()} ${path}`);
  }
}

const tables = new WeakMap<object, PolicyTable>();

/** The policy table of an app. */
export function policiesOf(app: Api): PolicyTable {
  let table = tables.get(app);
  if (!table) tables.set(app, (table = new PolicyTable()));
  return table;
}

/** OpenAPI writes parameters as {id}, Hono matches :id. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * An OpenAPI route and who may call it, in one statement; the document gets its operation id, security
 * and error answers from here (contract/operations.ts).
 */
export function route<R extends RouteConfig>(
  app: Api,
  policy: Policy,
  config: R,
  handler: RouteHandler<R, AppEnv>,
) {
  policiesOf(app).set(config.method, config.path, policy);
  app.openapi(createRoute(documented(config, policy)), handler);
}

/** An installation admin's route, documented under the admin tag. */
export function adminRoute<R extends RouteConfig>(app: Api, config: R, handler: RouteHandler<R, AppEnv>) {
  route<R>(app, 'admin', { ...config, tags: ['admin'] }, handler);
}

/** A plain route outside the API document (pages, assets, sign-in callbacks) and who may call it. */
export function plainRoute<P extends string>(
  app: Api,
  policy: Policy,
  method: Method,
  path: P,
  handler: Handler<AppEnv, P>,
) {
  policiesOf(app).set(method, path, policy);
  app.on(method, path, handler);
}
