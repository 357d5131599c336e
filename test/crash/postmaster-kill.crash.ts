import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../../src/domain/random.js';
import { EXIT_DATABASE_LOST } from '../../src/server/db/open.js';
import { adminToken, missing, startWriters, type Acknowledged } from './clients.js';
import { crashSeed, expectCleanStart, expectStoppedCleanly } from './checks.js';
import {
  cleanUp,
  healthy,
  isAlive,
  newDataDir,
  postmaster,
  sleep,
  startSolmu,
  waitFor,
  type Started,
} from './solmu-process.js';

/** Each life of Solmu sees its database server killed until it gives up (three restarts, then exit). */
const LIVES = Number(process.env.CRASH_LIVES ?? 3);
const RESTARTS = 3;
const seed = crashSeed();
const dataDir = newDataDir();

afterAll(() => cleanUp(dataDir));

/** kill -9 of the postmaster while the clients write; returns the pid it had. */
async function killPostmaster(random: () => number): Promise<number> {
  await sleep(200 + randomInt(random, 2000));
  const server = postmaster(dataDir)!;
  process.kill(server.pid, 'SIGKILL');
  return server.pid;
}

/** Writes go on through the outage: refused with a 5xx while the server is down, never left hanging. */
function expectNoHang(writers: ReturnType<typeof startWriters>, where: string) {
  expect(writers.cutOff, `${where}: requests left without an answer`).toEqual([]);
  expect(
    writers.refused.filter((r) => !/^5\d\d /.test(r)),
    `${where}: refusals other than 5xx`,
  ).toEqual([]);
}

/** One kill Solmu survives by restarting its database server; every acknowledged write is there. */
async function survivedKill(
  solmu: Started,
  auth: { token: string; workspace: string },
  label: string,
  random: () => number,
) {
  const writers = startWriters(solmu.base, auth, label);
  const killed = await killPostmaster(random);
  await waitFor('the killed server to be gone', 10_000, () => !isAlive(killed));
  await healthy(solmu.base, 60_000, solmu.exited).catch((e: Error) => {
    throw new Error(`${label}: ${e.message}\n--- its output ---\n${solmu.output()}`);
  });
  await sleep(200 + randomInt(random, 1500)); // writes after the restart too
  await writers.stop();
  expectNoHang(writers, label);
  expect(postmaster(dataDir)!.pid, `${label}: a new server`).not.toBe(killed);
  expect(await missing(solmu.base, auth.token, writers.acknowledged), label).toEqual([]);
  return writers.acknowledged;
}

describe(`kill -9 of the embedded PostgreSQL server while Solmu runs (seed ${seed}; CRASH_SEED=${seed} replays it)`, () => {
  it(`${LIVES} lives: restarted ${RESTARTS} times, then a clear exit; every acknowledged write survives`, async () => {
    const random = mulberry32(seed);
    const all: Acknowledged[] = [];
    let solmu = await startSolmu(dataDir);
    const auth = await adminToken(solmu);
    for (let life = 1; life <= LIVES; life++) {
      for (let kill = 1; kill <= RESTARTS; kill++)
        all.push(...(await survivedKill(solmu, auth, `life ${life} kill ${kill}`, random)));
      const writers = startWriters(solmu.base, auth, `life ${life} last kill`);
      await killPostmaster(random);
      const exit = await Promise.race([solmu.exited, sleep(60_000).then(() => 'no exit in 60 s')]);
      expect(exit, `life ${life}: Solmu gives up`).toEqual({ code: EXIT_DATABASE_LOST, signal: null });
      expect(solmu.output()).toMatch(
        /solmu: The embedded database server stopped 4 times .* start Solmu again/,
      );
      await writers.stop();
      all.push(...writers.acknowledged);

      solmu = await startSolmu(dataDir);
      expectCleanStart(solmu, dataDir, `life ${life}: the start after`);
      expect(await missing(solmu.base, auth.token, all), `life ${life}`).toEqual([]);
      console.log(
        `life ${life}: ${RESTARTS + 1} kills of the server, ${all.length} acknowledged writes so far, all there`,
      );
    }
    await expectStoppedCleanly(solmu, dataDir);
  }, 1_800_000);
});
