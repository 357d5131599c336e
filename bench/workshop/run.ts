/**
 * The workshop benchmark (issue 16): 60 simulated phones join one workshop of a live Solmu, post ideas
 * and then vote, while one facilitator's screen follows the live stream. Not a test: it prints figures
 * for BENCHMARKS.md.
 *
 *   npx tsx bench/workshop/run.ts [--seconds 120] [--phones 60] [--think 3] [--workshops 1]
 *
 * 1. An embedded PostgreSQL on loopback in a temporary folder, migrated, with the reference data, one
 *    workspace and its editor (an API token) — no demo world.
 * 2. Solmu in a process of its own (`solmu serve`), the API limit raised: every phone comes from one
 *    address here, as a room behind one network would (the participants' calls count per participant).
 * 3. The facilitator makes a strategy and `workshops` workshops (several run at once, each with its own
 *    phones and its own screen on the stream), opens their ideas phases and reads their streams.
 * 4. Each phone joins, then posts an idea every `think` seconds (uniformly 0.5–1.5 × think) and polls its
 *    state every 3 s as the phone page does; after two thirds of the time the facilitator opens the vote
 *    and each phone spends its dots, one PUT at a time, until the time is up.
 * 5. Every acknowledged idea must arrive on the stream exactly once (lost and doubled counted), and every
 *    acknowledged vote as one vote-changed event; the latency is from sending the post to its arrival.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashToken, newToken } from '../../src/server/auth/secrets.js';
import { TOKEN_PREFIX } from '../../src/server/auth/tokens.js';
import { createDatabase } from '../../src/server/db/database.js';
import { freeLoopbackPort, startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { readStream, type Arrivals } from './stream.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = option('seconds', 120);
const phones = option('phones', 60);
const thinkMs = option('think', 3) * 1000;
const workshops = option('workshops', 1);

async function facilitatorToken(url: string) {
  const db = createDatabase(url);
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  const user = await db
    .insertInto('users')
    .values({ email: 'fasilitaattori@bench.example' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'savonlinna', nameFi: 'Savonlinna' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ userId: user.id, workspaceId: ws.id, role: 'editor' })
    .execute();
  const token = newToken(TOKEN_PREFIX);
  await db
    .insertInto('apiTokens')
    .values({ userId: user.id, name: 'bench', tokenHash: hashToken(token), scopes: ['read', 'write'] })
    .execute();
  await db.destroy();
  return token;
}

function startSolmu(databaseUrl: string, port: number): ChildProcess {
  const child = spawn(process.execPath, ['bin/solmu.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SOLMU_DEMO: 'never',
      SOLMU_API_REQUESTS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[solmu] ${d.toString()}`));
  return child;
}

async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s`);
}

type Api = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

const client =
  (base: string, auth: Record<string, string>): Api =>
  async (method, p, body, headers = {}) => {
    const res = await fetch(base + p, {
      method,
      headers: { ...auth, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

async function prepareWorkshop(api: Api, n: number) {
  const strategy = await api('POST', '/api/v1/strategies', {
    scope: 'municipality',
    municipalityCode: '740',
    titleFi: 'Savonlinnan elinvoimaohjelma',
    startYear: 2025,
    endYear: 2027,
  });
  if (strategy.status !== 201) throw new Error(JSON.stringify(strategy.body));
  const board = await api('POST', '/api/v1/workshops', {
    strategyId: strategy.body.id,
    titleFi: `Kuormitustesti ${n}`,
    voteBudget: 20,
  });
  if (board.status !== 201) throw new Error(JSON.stringify(board.body));
  return board.body as Board;
}

type Board = { workshop: { id: string; joinCode: string }; phases: { id: string; kind: string }[] };

/** Every workshop's screen together: idea ids are unique, so one map holds them all. */
function mergeArrivals(all: Arrivals[]): Arrivals {
  return {
    ideas: new Map(all.flatMap((a) => [...a.ideas])),
    votes: all.reduce((sum, a) => sum + a.votes, 0),
    total: all.reduce((sum, a) => sum + a.total, 0),
    reconnects: all.reduce((sum, a) => sum + a.reconnects, 0),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jitter = (ms: number) => ms * (0.5 + Math.random());

type Tally = {
  sentAt: Map<string, number>;
  ideaFailures: number;
  /** Posts in flight when the vote opened, refused as they should be. */
  ideasAfterClose: number;
  votesOk: number;
  voteRefused: number;
  voteFailures: number;
  polls: number;
};

/** One phone: join, then ideas until the vote opens, then dots until the end, polling its state meanwhile. */
async function phone(
  base: string,
  code: string,
  n: number,
  phase: { voting: boolean; over: boolean },
  tally: Tally,
) {
  const anyone = client(base, {});
  const joined = await anyone('POST', `/api/v1/join/${code}`, {
    displayName: `Puhelin ${n}`,
    organisationName: `Organisaatio ${n % 7}`,
    consent: true,
  });
  if (joined.status !== 201) throw new Error(`join ${joined.status} ${JSON.stringify(joined.body)}`);
  const me = client(base, { 'x-workshop-participant': joined.body.token });
  const poller = (async () => {
    while (!phase.over) {
      await sleep(jitter(3000));
      if ((await me('GET', `/api/v1/join/${code}/state`)).status === 200) tally.polls++;
    }
  })();
  let i = 0;
  while (!phase.voting && !phase.over) {
    await sleep(jitter(thinkMs));
    if (phase.voting || phase.over) break;
    const sent = Date.now();
    const res = await me('POST', `/api/v1/join/${code}/ideas`, { text: `Idea ${++i} puhelimesta ${n}` });
    if (res.status === 201) tally.sentAt.set(res.body.id, sent);
    else if (res.body?.error?.code === 'ideas_closed') tally.ideasAfterClose++;
    else tally.ideaFailures++;
  }
  const ideas = (await me('GET', `/api/v1/join/${code}/state`)).body?.ideas ?? [];
  while (!phase.over && ideas.length) {
    await sleep(jitter(thinkMs));
    const idea = ideas[Math.floor(Math.random() * ideas.length)];
    const res = await me('PUT', `/api/v1/join/${code}/votes/${idea.id}`, {
      dots: 1 + Math.floor(Math.random() * 3),
    });
    if (res.status === 200) tally.votesOk++;
    else if (res.body?.error?.code === 'vote_budget_exceeded') tally.voteRefused++;
    else if (!phase.over) tally.voteFailures++;
  }
  await poller;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

function report(tally: Tally, arrivals: Arrivals, elapsedS: number, load: number[]) {
  const latencies: number[] = [];
  let lost = 0;
  let doubled = 0;
  for (const [id, sent] of tally.sentAt) {
    const seen = arrivals.ideas.get(id);
    if (!seen) lost++;
    else {
      if (seen.length > 1) doubled++;
      latencies.push(seen[0]! - sent);
    }
  }
  const lines = [
    `${workshops} workshop(s) × ${phones} phones, ${elapsedS.toFixed(0)} s, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? ''}), Node ${process.version}`,
    `load average before / after: ${load.map((l) => l.toFixed(2)).join(' / ')}`,
    `ideas acknowledged ${tally.sentAt.size}, arrived ${tally.sentAt.size - lost}, lost ${lost}, doubled ${doubled}, idea errors ${tally.ideaFailures}, refused as the vote opened ${tally.ideasAfterClose}`,
    `post → facilitator's stream: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms, max ${percentile(latencies, 100)} ms`,
    `votes acknowledged ${tally.votesOk}, vote-changed events ${arrivals.votes}, over budget (refused as they should be) ${tally.voteRefused}, vote errors ${tally.voteFailures}`,
    `state polls answered ${tally.polls}; stream events ${arrivals.total}, stream reconnects ${arrivals.reconnects}`,
  ];
  console.log(`\n${lines.join('\n')}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-workshop-'));
fs.chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres({ dataDir: dir });
let solmu: ChildProcess | undefined;
try {
  const token = await facilitatorToken(database.url);
  const port = await freeLoopbackPort();
  solmu = startSolmu(database.url, port);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
  const facilitator = client(base, { authorization: `Bearer ${token}` });
  const boards = [];
  for (let n = 1; n <= workshops; n++) boards.push(await prepareWorkshop(facilitator, n));
  const open = (board: Board, kind: string) =>
    facilitator(
      'POST',
      `/api/v1/workshops/${board.workshop.id}/phases/${board.phases.find((p) => p.kind === kind)!.id}/open`,
    );
  for (const board of boards) await open(board, 'ideas');
  const stop = new AbortController();
  const streams = boards.map((board) =>
    readStream(
      `${base}/api/v1/workshops/${board.workshop.id}/stream`,
      { authorization: `Bearer ${token}` },
      stop.signal,
    ),
  );
  const phase = { voting: false, over: false };
  const tally: Tally = {
    sentAt: new Map(),
    ideaFailures: 0,
    ideasAfterClose: 0,
    votesOk: 0,
    voteRefused: 0,
    voteFailures: 0,
    polls: 0,
  };
  const load = [os.loadavg()[0]!];
  const started = Date.now();
  const running = boards.flatMap((board, w) =>
    Array.from({ length: phones }, (_, n) =>
      phone(base, board.workshop.joinCode, w * phones + n + 1, phase, tally),
    ),
  );
  await sleep((seconds * 1000 * 2) / 3);
  await Promise.all(boards.map((board) => open(board, 'voting')));
  phase.voting = true;
  await sleep(seconds * 1000 - (Date.now() - started));
  phase.over = true;
  await Promise.all(running);
  const elapsed = (Date.now() - started) / 1000;
  await sleep(2000); // the last acknowledged writes reach the stream
  stop.abort();
  load.push(os.loadavg()[0]!);
  const arrivals = mergeArrivals(await Promise.all(streams.map((stream) => stream.done)));
  report(tally, arrivals, elapsed, load);
} finally {
  solmu?.kill('SIGTERM');
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
