/**
 * The partner search benchmark (issue 15): latency of GET /api/v1/partner-search over 100,000
 * organisations with 300,000 offers, against PostgreSQL full-text search alone over the same offers as
 * the floor, in the same run on the same database. Not a test: it prints figures for BENCHMARKS.md.
 *
 *   npx tsx bench/search/run.ts [--organisations 100000] [--offers 300000] [--relations 300000] [--passes 10]
 *
 * 1. An embedded PostgreSQL on loopback: migrations, reference data, bench/picture's organisations and
 *    relations, a vocabulary of real words under themes and skewed offers (generate.ts).
 * 2. A reader of the workspace (not an admin: the visibility rule is in every statement) asks through
 *    the app in-process (`app.request`: validation, the search, its explanations, the presenter, JSON).
 * 3. Three kinds of need, 30 of each: a vocabulary competence; words in fi, sv or en; a competence from
 *    a town that leaves out the organisations already related to it and explains distances from it.
 * 4. The floor: the same words (a competence's Finnish name for the competence needs) as one ranked
 *    full-text statement over the offers (`@@`, `ts_rank`, 20 rows), on the same pool.
 * Every pass runs every query once in a shuffled order, one at a time; the first pass is a warm-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createApp } from '../../src/server/app.js';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../../src/server/auth/tokens.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { needQuery } from '../../src/server/modules/partner-search/partner-search.repository.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { mulberry32, shuffleInPlace } from '../../src/domain/random.js';
import { writeGenerated } from '../map/load.js';
import { generateEcosystem } from '../picture/generate.js';
import { offers, vocabulary, type GeneratedOffer } from './generate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('organisations', 100_000);
const M = arg('offers', 300_000);
const R = arg('relations', 300_000);
const PASSES = arg('passes', 10);
/** Print each statement of the slowest search of each kind, and the plan of its slowest, instead of measuring. */
const EXPLAIN = process.argv.includes('--explain');
const CHUNK = 20_000;

async function writeVocabulary(db: Database, workspaceId: string) {
  const vocab = vocabulary();
  const ids: string[] = [];
  for (const v of vocab) {
    const row = await db
      .insertInto('competences')
      .values({
        slug: v.slug,
        nameFi: v.nameFi,
        nameSv: v.nameSv,
        nameEn: v.nameEn,
        isTheme: v.isTheme,
        themeId: v.theme === null ? null : ids[v.theme]!,
        workspaceId,
        visibility: 'public',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return { vocab, ids };
}

async function writeOffers(
  db: Database,
  rows: GeneratedOffer[],
  orgIds: string[],
  ids: string[],
  ws: string,
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await sql`insert into organisation_competences
        (organisation_id, direction, competence_id, tag, description, workspace_id, visibility)
      select o, 'offer', c, t, d, ${ws}::uuid, 'public' from unnest(
        ${part.map((r) => orgIds[r.organisation]!)}::uuid[],
        ${part.map((r) => (r.competence === null ? null : ids[r.competence]!))}::uuid[],
        ${part.map((r) => r.tag)}::text[], ${part.map((r) => r.description)}::text[]) as x(o, c, t, d)`.execute(
      db,
    );
  }
}

async function reader(db: Database, workspaceId: string) {
  const user = await db
    .insertInto('users')
    .values({ email: 'reader@bench.example' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('memberships').values({ userId: user.id, workspaceId, role: 'viewer' }).execute();
  const token = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({ userId: user.id, name: 'bench', tokenHash: hashToken(token), scopes: ['read'] })
    .execute();
  return token;
}

type Query = { kind: string; url: string; words: string };

/** 30 needs of each kind: competences spread over popularity, words in three languages, from a town. */
function queries(
  vocab: ReturnType<typeof vocabulary>,
  ids: string[],
  offerCounts: Map<string, number>,
  towns: string[],
) {
  const members = ids
    .map((id, i) => ({ id, v: vocab[i]! }))
    .filter((c) => !c.v.isTheme)
    .sort((a, b) => (offerCounts.get(b.id) ?? 0) - (offerCounts.get(a.id) ?? 0));
  const spread = Array.from({ length: 30 }, (_, k) => members[Math.floor((k * members.length) / 30)]!);
  const themes = vocab.filter((v) => v.isTheme);
  const out: Query[] = [];
  spread.forEach((c, k) => {
    out.push({ kind: 'competence', url: `competenceId=${c.id}`, words: c.v.nameFi });
    const town = towns[k % towns.length]!;
    out.push({
      kind: 'competence, from a town, not related',
      url: `competenceId=${c.id}&asker=${town}&notRelatedTo=${town}`,
      words: c.v.nameFi,
    });
    const t = themes[(k * 7) % themes.length]!;
    const words = [t.nameFi, t.nameSv, t.nameEn][k % 3]!;
    out.push({ kind: 'words (fi, sv, en)', url: `q=${encodeURIComponent(words)}`, words });
  });
  return out;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const ms = (x: number) => x.toFixed(1);

function summary(name: string, times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return {
    name,
    n: s.length,
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    max: s.at(-1)!,
  };
}

/** The slowest search of each kind through a logging pool: every statement's time, and the slowest one's plan. */
async function explainStatements(url: string, all: Query[], headers: Record<string, string>) {
  let log: { sql: string; parameters: unknown[]; ms: number }[] = [];
  const logged = createDatabase(url, 10, (event) => {
    if (event.level === 'query')
      log.push({
        sql: event.query.sql,
        parameters: [...event.query.parameters],
        ms: event.queryDurationMillis,
      });
  });
  const app = createApp({ db: logged, version: 'bench', security: { apiRequestsPerMinute: 100_000_000 } });
  for (const kind of new Set(all.map((q) => q.kind))) {
    // Every need of the kind once (after a warm-up request), and the slowest search's statements.
    let worst = { ms: -1, url: '', log: [] as typeof log };
    for (const q of all.filter((x) => x.kind === kind)) {
      await app.request(`/api/v1/partner-search?${q.url}`, { headers });
      log = [];
      const t = performance.now();
      await app.request(`/api/v1/partner-search?${q.url}`, { headers });
      const took = performance.now() - t;
      if (took > worst.ms) worst = { ms: took, url: q.url, log: [...log] };
    }
    log = worst.log;
    console.log(
      `\n${kind} (slowest of its needs: ${worst.url}): ${worst.ms.toFixed(1)} ms, ${log.length} statements`,
    );
    for (const l of log) console.log(`  ${l.ms.toFixed(1)} ms  ${l.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    const slowest = [...log].sort((a, b) => b.ms - a.ms)[0]!;
    const plan = await sql
      .raw(`explain (analyze, buffers) ${inline(slowest.sql, slowest.parameters)}`)
      .execute(logged);
    for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(`    ${row['QUERY PLAN']}`);
  }
  await logged.destroy();
}

/** A logged statement with its parameters written in, for EXPLAIN. */
function inline(text: string, parameters: unknown[]) {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return `'{${v.map((x) => `"${String(x)}"`).join(',')}}'`;
    return `'${String(v).replace(/'/g, "''")}'`;
  };
  return text.replace(/\$(\d+)/g, (_, n: string) => literal(parameters[Number(n) - 1]));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-search-'));
fs.chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir });
const db = createDatabase(server.url);
try {
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  let t = performance.now();
  const eco = generateEcosystem({ organisations: N, relations: R });
  const ws = (
    await db
      .insertInto('workspaces')
      .values({ slug: 'bench', nameFi: 'Bench' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await writeGenerated(db, eco, ws);
  const { vocab, ids } = await writeVocabulary(db, ws);
  const generated = offers(N, M, vocab);
  const orgIds = eco.organisations.map((o) => o.id);
  await writeOffers(db, generated, orgIds, ids, ws);
  // What autovacuum does to a settled database: statistics, and the visibility map index-only scans need.
  await sql`vacuum analyze`.execute(db);
  console.log(
    `written: ${N} organisations, ${R} relations, ${vocab.length} competences, ${M} offers in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const offerCounts = new Map<string, number>();
  for (const o of generated)
    if (o.competence !== null)
      offerCounts.set(ids[o.competence]!, (offerCounts.get(ids[o.competence]!) ?? 0) + 1);
  const towns = [...new Set(eco.organisations.map((o) => o.municipalityCode))].slice(0, 30);
  const all = queries(vocab, ids, offerCounts, towns);
  const app = createApp({ db, version: 'bench', security: { apiRequestsPerMinute: 100_000_000 } });
  const headers = { authorization: `Bearer ${await reader(db, ws)}` };

  if (EXPLAIN) {
    await explainStatements(server.url, all, headers);
    process.exit(0);
  }
  const timesBy = new Map<string, number[]>();
  const totals = new Map<string, number[]>();
  const record = (kind: string, ms: number) => timesBy.set(kind, [...(timesBy.get(kind) ?? []), ms]);
  const random = mulberry32(11);
  const load = [os.loadavg()[0]!];
  for (let pass = 0; pass <= PASSES; pass++) {
    const jobs = shuffleInPlace(
      [
        ...all.map((q) => ({ q, floor: false })),
        ...all.filter((q) => !q.kind.includes('town')).map((q) => ({ q, floor: true })),
      ],
      random,
    );
    for (const { q, floor } of jobs) {
      t = performance.now();
      if (floor) {
        await sql`select oc.organisation_id, ts_rank(oc.search_vector, ${needQuery(q.words)}) as rank
          from organisation_competences oc
          where oc.direction = 'offer' and oc.search_vector @@ ${needQuery(q.words)}
          order by rank desc limit 20`.execute(db);
      } else {
        const res = await app.request(`/api/v1/partner-search?${q.url}&limit=20`, { headers });
        const body = (await res.json()) as { total: number };
        if (res.status !== 200) throw new Error(`${q.url}: ${res.status} ${JSON.stringify(body)}`);
        if (pass === 0) totals.set(q.kind, [...(totals.get(q.kind) ?? []), body.total]);
      }
      if (pass > 0)
        record(
          floor
            ? `floor: full-text search alone (${q.kind === 'words (fi, sv, en)' ? 'words' : 'competence names'})`
            : q.kind,
          performance.now() - t,
        );
    }
    load.push(os.loadavg()[0]!);
  }

  const floorAll = [...timesBy].filter(([k]) => k.startsWith('floor')).flatMap(([, v]) => v);
  const floorP95 = summary('floor', floorAll).p95;
  console.log(
    `\n${new Date().toISOString()} · ${os.cpus()[0]?.model} × ${os.cpus().length} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`,
  );
  console.log(`load average (1 min) during the passes: ${load.map((l) => l.toFixed(2)).join(', ')}`);
  for (const [kind, list] of totals)
    console.log(
      `candidates per search, ${kind}: median ${summary(kind, list).p50}, max ${summary(kind, list).max}`,
    );
  console.log('\n| what | n | p50 ms | p95 ms | p99 ms | p95 / floor p95 |');
  console.log('|---|---|---|---|---|---|');
  for (const [kind, list] of timesBy) {
    const s = summary(kind, list);
    console.log(
      `| ${kind} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${(s.p95 / floorP95).toFixed(1)} |`,
    );
  }
  const f = summary('floor, all', floorAll);
  console.log(`| floor, all | ${f.n} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | 1.0 |`);
} finally {
  await db.destroy();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
