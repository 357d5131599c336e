import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { systemCaller } from '../../auth/caller.js';
import { importYtjItems } from './imports.service.js';
import { failAbandonedRuns, THIS_PROCESS } from './owner.js';
import { createRun, settleRun, STOPPED_MESSAGE } from './runs.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, url, admin, call } = await testApp();
const caller = systemCaller('system:test');
const workspaceId = admin.workspaceId!;

const unfinished = async () =>
  (await sql<{ id: string }>`select id from import_runs where finished_at is null`.execute(db)).rows.map(
    (r) => r.id,
  );
const stateOf = async (id: string) =>
  (
    await sql<{
      state: string;
      message: string | null;
      errors: { code: string }[];
    }>`select state, message, errors from import_runs where id = ${id}`.execute(db)
  ).rows[0]!;

async function workbook() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Toimijat').addRow(['Nimi']);
  book.getWorksheet('Toimijat')!.addRow(['Saha Oy']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a file whose content is not what its name says', () => {
  it('refuses a workbook named .json with a coded reason (dry run or not), and the run ends failed', async () => {
    const bytes = await workbook();
    for (const query of ['entity=organisations', 'entity=organisations&dryRun=true']) {
      const res = await upload(app, admin.token, query, { name: 'x.json', bytes });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      const run = await call('GET', res.headers.get('location')!);
      expect(run.body).toMatchObject({
        state: 'failed',
        kind: 'ytj',
        errors: [{ code: 'content_mismatch', params: { ext: '.json', found: 'xlsx' } }],
        finishedAt: expect.any(String),
      });
    }
    expect(await unfinished()).toEqual([]);
  });

  it('refuses JSON named .csv, and text named .json', async () => {
    const json = await upload(app, admin.token, 'entity=organisations', {
      name: 'toimijat.csv',
      bytes: '{"companies": []}',
    });
    expect(json.status).toBe(422);
    const jsonRun = await call('GET', json.headers.get('location')!);
    expect(jsonRun.body.errors).toEqual([
      expect.objectContaining({ code: 'content_mismatch', params: { ext: '.csv', found: 'json' } }),
    ]);
    const text = await upload(app, admin.token, 'entity=organisations', {
      name: 'ytj.json',
      bytes: 'Nimi;Y-tunnus\nSaha Oy;\n',
    });
    expect(text.status).toBe(422);
    expect((await call('GET', text.headers.get('location')!)).body.errors[0].params).toEqual({
      ext: '.json',
      found: 'csv',
    });
    expect(await unfinished()).toEqual([]);
  });

  it('reads a file by its content: a workbook named .csv or without an extension', async () => {
    const bytes = await workbook();
    for (const name of ['toimijat.csv', 'toimijat']) {
      const res = await upload(app, admin.token, 'entity=organisations&dryRun=true', { name, bytes });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ kind: 'xlsx', counts: { rows: 1, created: 1 }, errors: [] });
    }
  });

  it('keeps a broken YTJ file a coded, failed run', async () => {
    const res = await upload(app, admin.token, 'entity=organisations', {
      name: 'rikki.json',
      // A NUL past the part read to tell text from binary data; the parser's reason quotes it.
      bytes: `{"companies": [${' '.repeat(9000)}\u0000`,
    });
    expect(res.status).toBe(422);
    const run = await call('GET', res.headers.get('location')!);
    expect(run.body).toMatchObject({ state: 'failed', errors: [{ code: 'invalid_json', params: {} }] });
  });

  it('says a JSON file that is not YTJ data is not, by its code: a check answers, an import fails', async () => {
    const file = { name: 'muu.json', bytes: '{"results": [{"id": 1}]}' };
    const check = await upload(app, admin.token, 'entity=organisations&dryRun=true', file);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      state: 'dry_run',
      errors: [{ line: null, code: 'not_ytj_response', params: {} }],
    });
    const res = await upload(app, admin.token, 'entity=organisations', file);
    expect(res.status).toBe(422);
    const run = await call('GET', res.headers.get('location')!);
    expect(run.body).toMatchObject({ state: 'failed', errors: [{ code: 'not_ytj_response' }] });
  });
});

describe('every run ends', () => {
  it('fails the run when the work stops on an unexpected error, and passes the error on', async () => {
    const runId = await createRun(db, {
      workspaceId,
      kind: 'csv',
      entity: 'organisations',
      fileName: 'a.csv',
      dryRun: false,
      caller,
    });
    await expect(
      settleRun(db, runId, () => Promise.reject(new TypeError('a bug in a reader'))),
    ).rejects.toThrow('a bug in a reader');
    expect(await stateOf(runId)).toMatchObject({
      state: 'failed',
      message: STOPPED_MESSAGE,
      errors: [{ code: 'import_stopped' }],
    });
  });

  it('fails a YTJ run whose source breaks unexpectedly, writing nothing', async () => {
    async function* breaking() {
      yield* [];
      throw new RangeError('the source broke');
    }
    const run = await importYtjItems(db, breaking(), {
      caller,
      workspaceId,
      entity: 'organisations',
      dryRun: false,
      fileName: 'dump.json',
    });
    expect(run).toMatchObject({ state: 'failed', errors: [{ code: 'import_stopped' }] });
  });
});

describe('runs left unfinished by a process that stopped', () => {
  const newRun = async (owner: { id: string; host: string; pid: number }, heartbeatAgo = '0 s') => {
    const row = await sql<{ id: string }>`
      insert into import_runs (workspace_id, kind, entity, state, owner_id, owner_host, owner_pid,
        heartbeat_at)
      values (${workspaceId}, 'csv', 'organisations', 'running', ${owner.id}, ${owner.host}, ${owner.pid},
        now() - ${heartbeatAgo}::interval)
      returning id`.execute(db);
    return row.rows[0]!.id;
  };
  /** The pid of a process of this host that has ended. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('fails the runs of gone processes and leaves live ones of other processes running', async () => {
    const host = os.hostname();
    const deadHere = await newRun({ id: 'a-dead-process', host, pid: deadPid() });
    const earlierMe = await newRun({ id: 'an-earlier-process', host, pid: process.pid });
    const otherHostLive = await newRun({ id: 'elsewhere', host: 'another-host', pid: 1 }, '20 s');
    const otherHostSilent = await newRun({ id: 'elsewhere-2', host: 'another-host', pid: 1 }, '10 min');
    const aliveHere = await newRun({ id: 'a-live-process', host, pid: process.ppid });
    const mine = await newRun(THIS_PROCESS, '1 hour');
    expect(await failAbandonedRuns(db)).toBe(3);
    for (const id of [deadHere, earlierMe, otherHostSilent])
      expect(await stateOf(id)).toMatchObject({
        state: 'failed',
        errors: [{ code: 'import_interrupted' }],
      });
    for (const id of [otherHostLive, aliveHere, mine]) expect((await stateOf(id)).state).toBe('running');
    await sql`delete from import_runs where finished_at is null`.execute(db);
  });

  it('fails the run of an importing process that was killed', async () => {
    // A real process starts a run the way an import does, then is killed before it can finish it.
    const runs = fileURLToPath(new URL('./runs.ts', import.meta.url));
    const callerModule = fileURLToPath(new URL('../../auth/caller.ts', import.meta.url));
    const database = fileURLToPath(new URL('../../db/database.ts', import.meta.url));
    const script = `
      const { createRun } = await import(${JSON.stringify(runs)});
      const { systemCaller } = await import(${JSON.stringify(callerModule)});
      const { createDatabase } = await import(${JSON.stringify(database)});
      const db = createDatabase(process.env.RUN_DB);
      const id = await createRun(db, { workspaceId: process.env.RUN_WORKSPACE, kind: 'csv',
        entity: 'organisations', fileName: 'killed.csv', dryRun: false, caller: systemCaller('system:test') });
      console.log(id);
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, RUN_DB: url, RUN_WORKSPACE: workspaceId },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const id = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim()));
      child.on('exit', (code) => reject(new Error(`the child ended early (${code})`)));
    });
    expect((await stateOf(id)).state).toBe('running');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await failAbandonedRuns(db)).toBe(1);
    expect(await stateOf(id)).toMatchObject({ state: 'failed', errors: [{ code: 'import_interrupted' }] });
  });
});
