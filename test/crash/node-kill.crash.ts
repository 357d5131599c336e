import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../../src/domain/random.js';
import { adminToken, missing, startWriters, type Acknowledged } from './clients.js';
import { crashSeed, expectCleanStart, expectStoppedCleanly } from './checks.js';
import {
  cleanUp,
  isAlive,
  killHard,
  newDataDir,
  postmaster,
  sleep,
  spawnSolmu,
  startSolmu,
  type Started,
} from './solmu-process.js';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 30);
const seed = crashSeed();
const dataDir = newDataDir();

afterAll(() => cleanUp(dataDir));

/** Sometimes the next start is killed too, before or while it brings the database up. */
async function crashWhileStarting(random: () => number) {
  const starting = spawnSolmu(dataDir);
  await sleep(randomInt(random, 3000));
  await killHard(starting);
}

describe(`kill -9 of Solmu while 4 clients write (seed ${seed}; CRASH_SEED=${seed} replays it)`, () => {
  it(`${ROUNDS} rounds: every acknowledged write survives, the start after the crash is clean`, async () => {
    const random = mulberry32(seed);
    const all: Acknowledged[] = [];
    let solmu: Started = await startSolmu(dataDir);
    const auth = await adminToken(solmu);
    const { token } = auth;
    for (let round = 1; round <= ROUNDS; round++) {
      const writers = startWriters(solmu.base, auth, `k${round}`);
      const killAfter = 100 + randomInt(random, 3000);
      await sleep(killAfter);
      const orphan = postmaster(dataDir);
      await killHard(solmu);
      await writers.stop();
      expect(writers.refused, `round ${round}`).toEqual([]);
      all.push(...writers.acknowledged);
      // The database server Solmu started outlives it: the next start must deal with it.
      expect(orphan && isAlive(orphan.pid), `round ${round}: the orphaned server`).toBe(true);
      const alsoWhileStarting = random() < 0.2;
      if (alsoWhileStarting) await crashWhileStarting(random);

      solmu = await startSolmu(dataDir);
      expect(isAlive(orphan!.pid), `round ${round}: the orphaned server is stopped`).toBe(false);
      expectCleanStart(solmu, dataDir, `round ${round}`);
      expect(await missing(solmu.base, token, writers.acknowledged), `round ${round}`).toEqual([]);
      console.log(
        `round ${round}: killed after ${killAfter} ms${alsoWhileStarting ? ' and again while starting' : ''}, ` +
          `${writers.acknowledged.length} acknowledged writes, all there`,
      );
    }
    expect(all.length).toBeGreaterThan(ROUNDS);
    expect(await missing(solmu.base, token, all)).toEqual([]);
    await expectStoppedCleanly(solmu, dataDir);
    expect(fs.existsSync(path.join(dataDir, 'solmu.lock'))).toBe(false);
  }, 1_800_000);
});
