import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_WORLD } from '../../data/demo/index.js';
import { testDatabase } from '../../test/db.js';
import { countExamples } from '../server/modules/demo/demo.repository.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const NONE = {
  relations: 0,
  organisationCompetences: 0,
  organisations: 0,
  mappingRounds: 0,
  contacts: 0,
  fundingCalls: 0,
  strategies: 0,
  strategyGoals: 0,
  workshops: 0,
  publicStories: 0,
  publicConsents: 0,
  events: 0,
  pictureReports: 0,
  webhookEndpoints: 0,
};

/** The real command against a test database (DATABASE_URL: no embedded server per call). */
function solmu(url: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('solmu seed', () => {
  it('loads the demo with its example data, and --remove-examples takes exactly that out', async () => {
    const { db, url } = await testDatabase();
    const load = solmu(url, {}, 'seed', '--demo');
    expect(load.code, load.err).toBe(0);
    const examples = DEMO_WORLD.examples;
    const counted = await countExamples(db);
    expect(counted).toMatchObject({
      organisationCompetences: examples.organisationCompetences.length,
      mappingRounds: examples.mappingRounds.length,
      contacts: examples.contacts.length,
    });
    // the example rounds' accepted facts are example data too: more than the roster's own examples
    expect(counted.relations).toBeGreaterThan(examples.relations.length);
    expect(counted.organisations).toBeGreaterThan(examples.organisations.length);
    const remove = solmu(url, {}, 'seed', '--remove-examples');
    expect(remove.code, remove.err).toBe(0);
    expect(remove.out).toContain(`"organisations":${counted.organisations}`);
    expect(remove.out).toContain(`"mappingRounds":${examples.mappingRounds.length}`);
    expect(remove.out).toContain(`"contacts":${examples.contacts.length}`);
    expect(remove.out).toContain(`"events":${examples.events.length}`);
    expect(await db.selectFrom('contacts').select('id').execute()).toEqual([]);
    expect(await countExamples(db)).toEqual(NONE);
    const organisations = await db.selectFrom('organisations').select('id').execute();
    expect(organisations).toHaveLength(DEMO_WORLD.organisations.length);
    expect(await db.selectFrom('mappingRounds').select('id').execute()).toEqual([]);
  });

  it('loads facts only with SOLMU_DEMO=facts or --facts', async () => {
    for (const [env, args] of [
      [{ SOLMU_DEMO: 'facts' }, []],
      [{}, ['--facts']],
    ] as const) {
      const { db, url } = await testDatabase();
      const load = solmu(url, env, 'seed', '--demo', ...args);
      expect(load.code, load.err).toBe(0);
      expect(load.out).toContain('(facts only)');
      expect(await countExamples(db)).toEqual(NONE);
    }
  });
});
