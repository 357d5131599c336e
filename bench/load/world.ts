/**
 * The load benchmark's database: the demo network (bench/support/servers.ts) plus N generated public
 * organisations and their relations (bench/picture's generator, written as bench/map does), an editor
 * of the demo's network workspace with an API token for the writes, and a pool of the workspace's own
 * organisations and relations for the updates to change.
 */
import { sql } from 'kysely';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../../src/server/auth/tokens.js';
import { createDatabase } from '../../src/server/db/database.js';
import { writeGenerated } from '../map/load.js';
import { generateEcosystem } from '../picture/generate.js';
import { startDemoDatabase } from '../support/servers.js';

/** The demo's network and the workspace that keeps it. */
export const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const WORKSPACE = 'innokaupungit';
/** How many of the workspace's organisations and relations the updates cycle through. */
const POOL = 200;
/** The names of the organisations the benchmark creates begin so. */
export const CREATED_PREFIX = 'Kuormitus Oy ';

export type LoadWorld = {
  url: string;
  token: string;
  workspaceId: string;
  /** Organisations of the workspace the writes may change and relate. */
  organisationIds: string[];
  relationIds: string[];
  counts: { organisations: number; relations: number };
  /** What the benchmark's writes created, counted in the database, by the name of their request. */
  created: () => Promise<Record<'create organisation' | 'create relation', number>>;
  stop: () => Promise<void>;
};

export async function startLoadWorld(options: {
  organisations: number;
  relations: number;
}): Promise<LoadWorld> {
  const database = await startDemoDatabase('load');
  const db = createDatabase(database.url);
  try {
    const bench = await db
      .insertInto('workspaces')
      .values({ slug: 'bench', nameFi: 'Bench' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeGenerated(db, generateEcosystem(options), bench.id as string);
    const ws = await db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', WORKSPACE)
      .executeTakeFirstOrThrow();
    const workspaceId = ws.id as string;
    const token = await editorToken(db, workspaceId);
    const organisationIds = await writablePool(db, workspaceId);
    const relationIds = await relationPool(db, workspaceId, organisationIds);
    await sql`vacuum analyze`.execute(db);
    const before = await countWrites(database.url, workspaceId);
    const count = async (table: 'organisations' | 'relations') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      url: database.url,
      token,
      workspaceId,
      organisationIds,
      relationIds,
      counts: { organisations: await count('organisations'), relations: await count('relations') },
      created: async () => {
        const now = await countWrites(database.url, workspaceId);
        return {
          'create organisation': now.organisations - before.organisations,
          'create relation': now.relations - before.relations,
        };
      },
      stop: database.stop,
    };
  } catch (error) {
    await database.stop();
    throw error;
  } finally {
    await db.destroy();
  }
}

async function editorToken(db: ReturnType<typeof createDatabase>, workspaceId: string) {
  const user = await db
    .insertInto('users')
    .values({ email: 'kuormitus@bench.example' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('memberships').values({ userId: user.id, workspaceId, role: 'editor' }).execute();
  const token = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({ userId: user.id, name: 'load bench', tokenHash: hashToken(token), scopes: ['read', 'write'] })
    .execute();
  return token;
}

/** The workspace's organisations, topped up to POOL with generated ones of its own. */
async function writablePool(db: ReturnType<typeof createDatabase>, workspaceId: string) {
  const missing =
    POOL -
    Number(
      (
        await db
          .selectFrom('organisations')
          .select((e) => e.fn.countAll().as('n'))
          .where('workspaceId', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  if (missing > 0) {
    await db
      .insertInto('organisations')
      .values(
        Array.from({ length: missing }, (_, i) => ({
          kind: 'company',
          nameFi: `Kuormitustesti Oy ${i + 1}`,
          workspaceId,
          visibility: 'private',
        })),
      )
      .execute();
  }
  const rows = await db
    .selectFrom('organisations')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .orderBy('id')
    .limit(POOL)
    .execute();
  return rows.map((r) => r.id as string);
}

async function relationPool(db: ReturnType<typeof createDatabase>, workspaceId: string, ids: string[]) {
  const rows = await db
    .insertInto('relations')
    .values(
      ids.map((from, i) => ({
        fromOrganisationId: from,
        toOrganisationId: ids[(i + 1) % ids.length]!,
        kind: 'collaboration',
        workspaceId,
        visibility: 'private',
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id as string);
}

/** Organisations named as the benchmark names them, and the workspace's relations. */
async function countWrites(url: string, workspaceId: string) {
  const db = createDatabase(url, 1);
  try {
    const organisations = await db
      .selectFrom('organisations')
      .select((e) => e.fn.countAll().as('n'))
      .where('nameFi', 'like', `${CREATED_PREFIX}%`)
      .executeTakeFirstOrThrow();
    const relations = await db
      .selectFrom('relations')
      .select((e) => e.fn.countAll().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return { organisations: Number(organisations.n), relations: Number(relations.n) };
  } finally {
    await db.destroy();
  }
}
