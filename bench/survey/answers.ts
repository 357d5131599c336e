/**
 * The answer-save benchmark (issue 13): 1,000 respondents answer a 40-question questionnaire through their
 * personal links, 20 connections at a time, on loopback. Not a test: it prints figures for BENCHMARKS.md.
 *
 *   npx tsx bench/survey/answers.ts [--respondents 1000] [--connections 20] [--profile <dir>]
 *
 * 1. An embedded PostgreSQL with the demo network; a questionnaire of 40 required questions of all ten
 *    types (bench/survey/questionnaire.ts), an open round and its respondents with personal links.
 * 2. Solmu (`solmu serve`) in a process of its own, the API limit raised so that no save answers 429.
 * 3. Each respondent saves a draft of the first half of their answers, then submits all 40 (2 saves each:
 *    every draft first, then every submit), from 20 keep-alive connections; every save's time is kept.
 * 4. The floor: the same rows written by a bare `pg` pool of Solmu's size (10), one transaction per save
 *    (the answers upserted in one statement), without Solmu's checks, proposals or HTTP.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import { mulberry32 } from '../../src/domain/random.js';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { loadDemoWorld } from '../../src/server/modules/demo/demo.service.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { BENCH_QUESTIONNAIRE, benchAnswers } from './questionnaire.js';
import { percentile, startSolmu, type Save } from './support.js';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RESPONDENTS = option('respondents', 1000);
const CONNECTIONS = option('connections', 20);
/** Solmu's pool (src/server/db/database.ts); the floor gets the same. */
const SOLMU_POOL = 10;
const PROFILE = process.argv.includes('--profile')
  ? process.argv[process.argv.indexOf('--profile') + 1]
  : undefined;

/** A questionnaire, an open round and its respondents; their tokens in order. */
async function setUpRound(db: Database): Promise<{ roundId: string; tokens: string[] }> {
  const workspace = await db
    .insertInto('workspaces')
    .values({ slug: 'bench-survey', nameFi: 'Kyselyn mittaus' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const questionnaire = await db
    .insertInto('questionnaires')
    .values({ workspaceId: workspace.id, nameFi: 'Mittauskysely' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('questionnaireVersions')
    .values({ questionnaireId: questionnaire.id, version: 1, content: JSON.stringify(BENCH_QUESTIONNAIRE) })
    .execute();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const round = await db
    .insertInto('mappingRounds')
    .values({
      workspaceId: workspace.id,
      questionnaireId: questionnaire.id,
      version: 1,
      nameFi: 'Mittauskierros',
      scope: 'municipality',
      municipalityCode: '740',
      opensOn: day(-1),
      closesOn: day(30),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tokens = Array.from({ length: RESPONDENTS }, () => newToken());
  await db
    .insertInto('roundRespondents')
    .values(
      tokens.map((token, i) => ({
        roundId: round.id,
        displayName: `Vastaaja ${i + 1}`,
        tokenHash: hashToken(token),
      })),
    )
    .execute();
  return { roundId: round.id, tokens };
}

/** Every save: each respondent's draft of the first half, then each one's submit of all 40 answers. */
function savesOf(tokens: string[], organisations: string[]): Save[] {
  const random = mulberry32(13);
  const answers = tokens.map(() => benchAnswers(random, organisations));
  const firstHalf = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).slice(0, 20));
  return [
    ...tokens.map((token, i) => ({
      token,
      body: { answers: firstHalf(answers[i]!), submit: false, consent: true },
    })),
    ...tokens.map((token, i) => ({ token, body: { answers: answers[i]!, submit: true, consent: true } })),
  ];
}

/** Runs the saves through `connections` workers; returns each save's time in ms and the failures. */
async function drive(saves: Save[], save: (s: Save) => Promise<number>) {
  const times: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < saves.length) {
      const s = saves[next++]!;
      const started = performance.now();
      try {
        const status = await save(s);
        if (status !== 200) failures.push(String(status));
      } catch (e) {
        failures.push((e as Error).message);
      }
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { times, failures, seconds: (performance.now() - started) / 1000 };
}

function httpSave(base: URL, agent: http.Agent) {
  return (s: Save) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify(s.body);
      const req = http.request(
        new URL(`/api/v1/answers/${s.token}`, base),
        { method: 'PUT', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/** The floor: the same answers upserted in one transaction per save through a bare pool. */
function floorSave(pool: pg.Pool, ids: Map<string, string>) {
  return async (s: Save) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const entries = Object.entries(s.body.answers);
      const params = entries.flatMap(([k, v]) => [ids.get(s.token)!, k, JSON.stringify(v)]);
      const rows = entries.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::jsonb)`);
      await client.query(
        `insert into round_answers (respondent_id, question_key, value) values ${rows.join(', ')}
         on conflict (respondent_id, question_key) do update set value = excluded.value, updated_at = now()`,
        params,
      );
      await client.query('commit');
      return 200;
    } finally {
      client.release();
    }
  };
}

function report(name: string, r: Awaited<ReturnType<typeof drive>>) {
  const f = (p: number) => percentile(r.times, p).toFixed(1);
  console.log(
    `${name.padEnd(6)} ${r.times.length} saves in ${r.seconds.toFixed(1)} s (${(r.times.length / r.seconds).toFixed(0)}/s)  p50 ${f(50)} ms  p95 ${f(95)} ms  p99 ${f(99)} ms  max ${f(100)} ms  failures ${r.failures.length}${r.failures.length ? ` (${[...new Set(r.failures)].join(', ')})` : ''}`,
  );
  return percentile(r.times, 95);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-survey-'));
fs.chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres({ dataDir: dir });
let stopSolmu: (() => void) | undefined;
try {
  const db = createDatabase(database.url);
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  await loadDemoWorld(db);
  const organisations = (await db.selectFrom('organisations').select('id').limit(200).execute()).map(
    (o) => o.id,
  );
  const { roundId, tokens } = await setUpRound(db);
  const saves = savesOf(tokens, organisations);
  const solmu = await startSolmu(database.url, PROFILE);
  stopSolmu = solmu.stop;
  console.log(
    `${RESPONDENTS} respondents, 40 questions, ${saves.length} saves, ${CONNECTIONS} connections, ${os.cpus().length} cores`,
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const p95 = report('Solmu', await drive(saves, httpSave(solmu.base, agent)));
  agent.destroy();
  const submitted = await db
    .selectFrom('roundRespondents')
    .where('roundId', '=', roundId)
    .where('submittedAt', 'is not', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`submitted respondents: ${submitted.n} of ${RESPONDENTS}`);

  const ids = new Map(
    (
      await db
        .selectFrom('roundRespondents')
        .select(['id', 'tokenHash'])
        .where('roundId', '=', roundId)
        .execute()
    ).map((r) => [r.tokenHash!, r.id]),
  );
  const byToken = new Map(tokens.map((t) => [t, ids.get(hashToken(t))!]));
  const pool = new pg.Pool({ connectionString: database.url, max: SOLMU_POOL });
  const floorP95 = report('bare pg', await drive(saves, floorSave(pool, byToken)));
  await pool.end();
  console.log(`p95 Solmu ÷ bare pg: ${(p95 / floorP95).toFixed(1)}`);
  await db.destroy();
} finally {
  stopSolmu?.();
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
