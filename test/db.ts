import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createApp, type App, type AppDeps } from '../src/server/app.js';
import { hashToken, newToken } from '../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../src/server/auth/tokens.js';
import { createDatabase, type Database } from '../src/server/db/database.js';

const TEMPLATE = 'solmu_test_template';

/** A fresh database for this test file, copied from the migrated template; dropped after the file. */
export async function testDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('adminUrl');
  const name = `solmu_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${TEMPLATE}"`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const db = createDatabase(url, 4);
  afterAll(async () => {
    await db.destroy();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  });
  return { db, url };
}

/** A new database without any table, dropped after the file: for what happens on a first start. */
export async function emptyDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const name = `solmu_test_empty_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(statement).finally(() => c.end());
  };
  await admin(`create database "${name}"`);
  afterAll(() => admin(`drop database if exists "${name}" with (force)`));
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

export type Call = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
) => Promise<{ status: number; body: any; headers: Headers }>;

/** Creates a workspace, a user with a role there and an API token for them; returns the token. */
export async function grantToken(
  db: Database,
  options: {
    email: string;
    workspace?: string;
    role?: 'editor' | 'viewer';
    isAdmin?: boolean;
    scopes?: string[];
  },
) {
  const user = await db
    .insertInto('users')
    .values({ email: options.email, isAdmin: options.isAdmin ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  let workspaceId: string | null = null;
  if (options.workspace) {
    const ws =
      (await db
        .selectFrom('workspaces')
        .select('id')
        .where('slug', '=', options.workspace)
        .executeTakeFirst()) ??
      (await db
        .insertInto('workspaces')
        .values({ slug: options.workspace, nameFi: options.workspace })
        .returning('id')
        .executeTakeFirstOrThrow());
    workspaceId = ws.id as string;
    await db
      .insertInto('memberships')
      .values({ userId: user.id, workspaceId, role: options.role ?? 'editor' })
      .execute();
  }
  const token = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({
      userId: user.id,
      name: 'test',
      tokenHash: hashToken(token),
      scopes: options.scopes ?? ['read', 'write'],
    })
    .execute();
  return { token, userId: user.id as string, workspaceId };
}

/** In-process requests with app.request(); a token (or null for anonymous) decides who asks. */
export function caller(app: App, token: string | null): Call {
  return async (method, path, body, headers = {}) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, body: json, headers: res.headers };
  };
}

/**
 * The app on a fresh database, driven in-process. `call` is an admin who edits one workspace
 * ('test'), so records land there without naming it; `anonymous` has no credentials.
 */
export async function testApp(
  options: {
    now?: () => Date;
    security?: AppDeps['security'];
    logError?: (e: unknown) => void;
    ytj?: AppDeps['ytj'];
    mail?: AppDeps['mail'];
  } = {},
) {
  const { db, url } = await testDatabase();
  // Suites send thousands of requests in seconds; the API limit itself is tested on its own.
  const security = { apiRequestsPerMinute: 1_000_000, ...options.security };
  const app = createApp({
    db,
    version: 'test',
    logError: options.logError ?? (() => {}),
    now: options.now,
    security,
    ytj: options.ytj,
    mail: options.mail,
  });
  const admin = await grantToken(db, { email: 'admin@test.example', workspace: 'test', isAdmin: true });
  return { app, db, url, call: caller(app, admin.token), anonymous: caller(app, null), admin };
}
