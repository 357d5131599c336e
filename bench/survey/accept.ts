/**
 * The review benchmark of mapping rounds (issue 13): an editor accepts 10,000 name-generator ties in one
 * decision and they become relations, through the same service as the API's
 * `POST /mapping-rounds/{id}/proposals/decisions` (one transaction). Target: at most 2 s.
 *
 * Not timed: an embedded PostgreSQL with the schema; a round on the mapping template; `--organisations`
 * organisations; `--respondents` respondents, each answering by their link (the same save as the public
 * endpoint) with `--ties` partners, so that their answers propose respondents × ties relations.
 * Timed, `--repeat` times (the relations deleted and the proposals made pending again between runs):
 * the decision, and the review queue's listing of the pending proposals before it. After each run, the
 * floor: the same relations written by one INSERT … SELECT in PostgreSQL, with no application at all.
 *
 *   npx tsx bench/survey/accept.ts [--respondents 1000] [--ties 10] [--organisations 2000] [--repeat 3]
 *
 * Prints JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { loadCaller } from '../../src/server/auth/caller.js';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { answerByLink } from '../../src/server/modules/mapping/answers.service.js';
import { decide, listProposals } from '../../src/server/modules/mapping/review.service.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { roundWith } from '../../test/support/mapping.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const respondents = arg('respondents', 1000);
const ties = arg('ties', 10);
const organisations = arg('organisations', 2000);
const repeat = arg('repeat', 3);
const say = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
const NOW = new Date('2026-05-15T09:00:00Z');
const KINDS = ['collaboration', 'project_partner', 'supply_chain', 'customer', 'education'];

const seconds = async <T>(work: () => Promise<T>) => {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};
const count = async (db: Database, table: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)).rows[0]!.n;

/** The round's workspace, questionnaire and May round (the tests' own), with an editor of it. */
async function world(db: Database) {
  const { workspaceId, roundId } = await roundWith(db, 'bench', MAPPING_TEMPLATE.content);
  const [user] = await db
    .insertInto('users')
    .values({ email: 'editor@bench.example' })
    .returning('id')
    .execute();
  await db.insertInto('memberships').values({ userId: user!.id, workspaceId, role: 'editor' }).execute();
  const ws = { id: workspaceId };
  const round = { id: roundId };
  const orgIds = (
    await db
      .insertInto('organisations')
      .values(
        Array.from({ length: organisations }, (_, i) => ({
          workspaceId: ws.id,
          kind: 'company',
          nameFi: `Yritys ${i}`,
          municipalityCode: '740',
        })),
      )
      .returning('id')
      .execute()
  ).map((o) => o.id);
  return { workspaceId: ws.id, userId: user!.id, roundId: round.id, orgIds };
}

/** Each respondent answers for an organisation of its own, naming `ties` others as partners. */
async function answer(db: Database, roundId: string, orgIds: string[]) {
  for (let i = 0; i < respondents; i++) {
    const token = newToken();
    const own = orgIds[i % orgIds.length]!;
    await db
      .insertInto('roundRespondents')
      .values({ roundId, organisationId: own, displayName: `Vastaaja ${i}`, tokenHash: hashToken(token) })
      .execute();
    const partners = Array.from({ length: ties }, (_, k) => ({
      organisationId: orgIds[(i + 1 + k * 7) % orgIds.length]!,
      kind: KINDS[(i + k) % KINDS.length]!,
      strength: 1 + ((i * 3 + k) % 5),
    }));
    await answerByLink(db, token, { partners }, false, NOW);
    if (i % 200 === 199) say(`${i + 1} respondents answered`);
  }
}

/** The database's own cost of writing the same relations: one statement from the proposals. */
async function floor(db: Database, workspaceId: string) {
  await db.deleteFrom('relations').execute();
  return seconds(() =>
    sql`insert into relations (from_organisation_id, to_organisation_id, kind, weight, start_on, source,
        answer_proposal_id, workspace_id, visibility)
      select r.organisation_id, (p.payload->>'toOrganisationId')::uuid, p.payload->>'relationKind',
        (p.payload->>'strength')::float8, '2026-05-15', 'survey', p.id, ${workspaceId}::uuid, 'private'
      from answer_proposals p join round_respondents r on r.id = p.respondent_id
      where p.kind = 'relation'`.execute(db),
  );
}

async function reset(db: Database) {
  await db.deleteFrom('relations').execute();
  await db
    .updateTable('answerProposals')
    .set({ status: 'pending', recordId: null, decidedBy: null, decidedAt: null })
    .execute();
  await sql`vacuum analyze relations`.execute(db);
  await sql`vacuum analyze answer_proposals`.execute(db);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-survey-bench-'));
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
const db = createDatabase(server.url, 4);
try {
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  const w = await world(db);
  say(`${respondents} respondents answering with ${ties} ties each (not timed)`);
  await answer(db, w.roundId, w.orgIds);
  const caller = (await loadCaller(db, w.userId))!;
  const runs = [];
  for (let r = 0; r < repeat; r++) {
    await reset(db);
    const listed = await seconds(() => listProposals(db, caller, w.roundId, { status: 'pending' }));
    const decisions = listed.result.map((p) => ({ id: p.row.id, action: 'accept' as const }));
    const decided = await seconds(() => decide(db, caller, w.roundId, decisions, NOW));
    const relations = await count(db, 'relations');
    const floorSeconds = (await floor(db, w.workspaceId)).seconds;
    say(
      `run ${r + 1}: ${decisions.length} decided in ${decided.seconds.toFixed(3)} s, ${relations} relations`,
    );
    runs.push({
      proposals: decisions.length,
      listSeconds: +listed.seconds.toFixed(3),
      decideSeconds: +decided.seconds.toFixed(3),
      floorSeconds: +floorSeconds.toFixed(3),
      relations,
      accepted: decided.result.filter((d) => d.status === 'accepted').length,
    });
  }
  const best = Math.min(...runs.map((r) => r.decideSeconds));
  console.log(
    JSON.stringify(
      {
        benchmark: 'survey-accept',
        respondents,
        ties,
        organisations,
        runs,
        bestDecideSeconds: best,
        bestFloorSeconds: Math.min(...runs.map((r) => r.floorSeconds)),
        targetSeconds: 2,
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg()[0]?.toFixed(2) },
      },
      null,
      2,
    ),
  );
} finally {
  await db.destroy();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
