/**
 * Two real Solmu processes on one PostgreSQL (issue 18), started together on an empty database: they
 * migrate once, and then act as one service. The sign-in limit and the API limit are counted together,
 * a session made on one is valid on the other, and an import made on one is read as finished on the
 * other. Both listen on loopback and are stopped whatever happens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { emptyDatabase, grantToken } from '../db.js';
import { generatedDump } from '../support/imports.js';
import { startInstance, type Instance } from './instance.js';

const FAILURES_PER_ACCOUNT = 6;
const API_REQUESTS_PER_MINUTE = 100;
const PASSWORD = 'kaksi-instanssia-yksi-tietokanta';

const url = await emptyDatabase();
const instances: Instance[] = [];
let db: Database;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  const env = {
    SOLMU_DEMO: 'never',
    SOLMU_LOGIN_FAILURES_PER_ACCOUNT: String(FAILURES_PER_ACCOUNT),
    SOLMU_API_REQUESTS_PER_MINUTE: String(API_REQUESTS_PER_MINUTE),
  };
  const started = await Promise.allSettled([startInstance(url, env), startInstance(url, env)]);
  for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
  for (const s of started) if (s.status === 'rejected') throw s.reason;
  [a, b] = instances as [Instance, Instance];
  db = createDatabase(url, 2);
}, 240_000);

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await db?.destroy();
}, 30_000);

type Answer = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function ask(on: Instance, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${on.base}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

const signIn = (on: Instance, email: string, password: string) =>
  ask(on, '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

async function addUser(email: string) {
  await db
    .insertInto('users')
    .values({ email, passwordHash: await hashPassword(PASSWORD) })
    .execute();
}

describe('two instances on one database', () => {
  it('started together, migrated once', async () => {
    const applied = instances.map((i) => (i.output().match(/applied \d{14}_/g) ?? []).length);
    expect(applied.sort((x, y) => x - y)).toEqual([0, expect.any(Number)]);
    expect(applied[1]).toBeGreaterThan(30);
  });

  it('a session made on one instance is valid on the other, and signing out there ends it on both', async () => {
    await addUser('kaisa@cluster.example');
    const signedIn = await signIn(a, 'kaisa@cluster.example', PASSWORD);
    expect(signedIn.status).toBe(200);
    const cookie = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(signedIn.headers.get('set-cookie') ?? '')![0];
    const me = await ask(b, '/api/v1/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('kaisa@cluster.example');
    const out = await ask(b, '/api/v1/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': signedIn.body.csrfToken },
    });
    expect(out.status).toBeLessThan(300);
    const after = await ask(a, '/api/v1/auth/me', { headers: { cookie } });
    expect(after.status).toBe(200);
    expect(after.body.user).toBeNull();
  });

  it('counts failed sign-ins on both instances together: the limit holds in total', async () => {
    await addUser('ville@cluster.example');
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) {
      const res = await signIn(i % 2 ? b : a, 'ville@cluster.example', `wrong-password-${i}`);
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    for (const on of [a, b]) {
      const refused = await signIn(on, 'ville@cluster.example', PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('reads an import started on one instance as finished on the other', async () => {
    const { token } = await grantToken(db, { email: 'importer@cluster.example', workspace: 'cluster' });
    const auth = { authorization: `Bearer ${token}` };
    const form = new FormData();
    form.append('file', new File([await generatedDump(200)], 'ytj.json'));
    const started = ask(a, '/api/v1/imports?entity=organisations&workspace=cluster', {
      method: 'POST',
      headers: auth,
      body: form,
    });
    // Followed from the other instance while it runs, until it is done; asked less and less often, so
    // that a slow machine does not spend the importer's API budget.
    let run: Answer['body'] = null;
    for (let pause = 50; run?.state !== 'done'; pause = Math.min(pause * 1.5, 1000)) {
      const runs = await ask(b, '/api/v1/imports', { headers: auth });
      expect(runs.status).toBe(200);
      run = runs.body.items[0] ?? null;
      expect(['running', 'done', undefined]).toContain(run?.state);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    const landed = await started;
    expect(landed.status, JSON.stringify(landed.body)).toBe(201);
    const read = await ask(b, `/api/v1/imports/${landed.body.id}`, { headers: auth });
    expect(read.body).toMatchObject({ id: landed.body.id, state: 'done', counts: { created: 200 } });
    const organisations = await ask(b, '/api/v1/organisations?limit=1', { headers: auth });
    expect(organisations.body.total, JSON.stringify(organisations.body)).toBe(200);
  });

  it('counts API requests of one caller on both instances together', async () => {
    const { token } = await grantToken(db, { email: 'busy@cluster.example', workspace: 'cluster' });
    const auth = { authorization: `Bearer ${token}` };
    for (let i = 0; i < API_REQUESTS_PER_MINUTE; i++) {
      const res = await ask(i % 2 ? b : a, '/api/v1/auth/me', { headers: auth });
      expect(res.status, `request ${i + 1}`).toBe(200);
    }
    for (const on of [a, b]) {
      const refused = await ask(on, '/api/v1/auth/me', { headers: auth });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
    }
  });
});
