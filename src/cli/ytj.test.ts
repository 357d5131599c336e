import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.js';
import { startYtjStub } from '../../test/support/ytj-stub.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const stub = await startYtjStub();
afterAll(() => stub.close());
const { db, url } = await testDatabase();

/** The real command; asynchronous, so the stub in this process can answer meanwhile. */
async function solmu(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: url, SOLMU_YTJ_URL: stub.baseUrl, LOG_LEVEL: 'warn' };
  try {
    const r = await promisify(execFile)(process.execPath, [BIN, ...args], { env, timeout: 120_000 });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

describe('solmu ytj', () => {
  it('looks a company up by business ID and by name at the configured URL', async () => {
    const one = await solmu('ytj', 'lookup', '3123456-3');
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(
      /^3123456-3 {2}Koivukosken Metsäkone Oy {2}\(Osakeyhtiö, .*registered 2020-03-02, active\)/,
    );
    expect(stub.hits).toContain('?businessId=3123456-3');
    const byName = await solmu('ytj', 'lookup', 'Raahen', '--json');
    expect(JSON.parse(byName.out).companies[0]).toMatchObject({ businessId: '1934561-5', active: false });
    const none = await solmu('ytj', 'lookup', '2532004-3');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/YTJ has no company matching 2532004-3/);
  }, 60_000);

  it('imports a company with provenance, and again without a duplicate', async () => {
    const first = await solmu('ytj', 'import', '0876543-8');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/0876543-8: created from YTJ; import run /);
    const again = await solmu('ytj', 'import', '0876543-8');
    expect(again.out).toMatch(/0876543-8: (updated|unchanged) from YTJ/);
    const rows = (
      await sql<Record<string, unknown>>`select * from organisations where business_id = '0876543-8'`.execute(
        db,
      )
    ).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ nameSv: 'Kristinestads Bageri Ab', source: 'ytj' });
    const lookup = await solmu('ytj', 'lookup', '0876543-8');
    expect(lookup.out).toContain(`in Solmu: ${String(rows[0]!.id)}`);
    const bad = await solmu('ytj', 'import', '1234567-2');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a valid business ID/);
  }, 90_000);
});
