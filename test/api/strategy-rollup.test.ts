import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** Strategies that roll up (issue 16): towns' goals linked to a network goal, gathered by its rule. */
const { app, db, call, admin } = await testApp({ now: () => new Date('2026-06-01T09:00:00Z') });
const f = new Factory(call);
const viewer = caller(
  app,
  (await grantToken(db, { email: 'reader@test.example', workspace: 'test', role: 'viewer' })).token,
);
const outsider = caller(
  app,
  (await grantToken(db, { email: 'other@test.example', workspace: 'other' })).token,
);

const SAVONLINNA = '740';
const IISALMI = '140';
const HELSINKI = '091';

// Each town aims from 0 (end of 2023) to 8 (end of 2027): 2 a year on the straight line.
const townGoal = {
  titleFi: 'Uudet toimijat',
  indicatorFi: 'Uudet jäsenet',
  baselineValue: 0,
  baselineYear: 2023,
  targetValue: 8,
  targetYear: 2027,
};

async function world(visibility: 'network' | 'private' = 'network') {
  const networkId = await f.id('networks', { visibility });
  for (const code of [SAVONLINNA, IISALMI])
    await f.make('network-members', { networkId, municipalityCodes: [code], visibility });
  const strategy = (extra: object) =>
    f.id('strategies', {
      ecosystemId: null,
      titleFi: 'Strategia',
      startYear: 2024,
      endYear: 2027,
      visibility,
      ...extra,
    });
  const networkStrategy = await strategy({ scope: 'network', networkId });
  const networkGoalId = await f.id('strategy-goals', {
    ...townGoal,
    strategyId: networkStrategy,
    targetValue: 16,
    rollupRule: 'sum',
    visibility,
  });
  const goalOf = async (code: string, actuals: [string, number][]) => {
    const strategyId = await strategy({ scope: 'municipality', municipalityCode: code });
    const goalId = await f.id('strategy-goals', { ...townGoal, strategyId, visibility });
    for (const [measuredOn, value] of actuals)
      await f.make('goal-actuals', {
        goalId,
        measuredOn,
        value,
        source: 'Kaupungin oma laskenta',
        visibility,
      });
    return goalId;
  };
  return {
    networkId,
    networkGoalId,
    // End of 2025 expects 4: Savonlinna's 5 is ahead, Iisalmi's 2 is behind.
    savonlinna: await goalOf(SAVONLINNA, [
      ['2024-12-31', 2],
      ['2025-12-31', 5],
    ]),
    iisalmi: await goalOf(IISALMI, [['2025-12-31', 2]]),
    helsinki: await goalOf(HELSINKI, [['2025-12-31', 9]]),
  };
}

const strategyOf = async (goalId: string): Promise<string> =>
  (await call('GET', `${API}/strategy-goals/${goalId}`)).body.strategyId;

// Into the workspace 'test', where the reader only reads.
const link = (who: typeof call, networkGoalId: string, contributingGoalId: string) =>
  who('POST', `${API}/goal-contributions?workspace=test`, { networkGoalId, contributingGoalId });

describe('a network goal rolled up from its towns’ goals', () => {
  it('sums the towns’ latest actuals and says which town is behind', async () => {
    const w = await world();
    for (const goal of [w.savonlinna, w.iisalmi])
      expect((await link(call, w.networkGoalId, goal)).status).toBe(201);
    const res = await call('GET', `${API}/strategy-goals/${w.networkGoalId}/rollup`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rule: 'sum', value: 7, measured: 2, missing: 0, onTrack: 1, behind: 1 });
    const byTown = Object.fromEntries(
      res.body.contributions.map((c: { strategy: { place: { nameFi: string } } }) => [
        c.strategy.place.nameFi,
        c,
      ]),
    );
    expect(byTown.Savonlinna).toMatchObject({
      behind: false,
      state: 'on-track',
      latest: { value: 5, measuredOn: '2025-12-31', source: 'Kaupungin oma laskenta' },
    });
    expect(byTown.Iisalmi).toMatchObject({ behind: true, state: 'off-track', goal: { targetValue: 8 } });
    expect(res.body.years.map((y: { year: number; value: number }) => [y.year, y.value])).toEqual([
      [2024, 2],
      [2025, 7],
      [2026, 7],
    ]);
    // Helsinki is not in the network: never offered as a goal to link.
    expect(res.body.candidates.map((c: { goal: { id: string } }) => c.goal.id)).not.toContain(w.helsinki);
  });

  it('follows the rule the coordinator chooses', async () => {
    const w = await world();
    await link(call, w.networkGoalId, w.savonlinna);
    await link(call, w.networkGoalId, w.iisalmi);
    const rollupBy = async (rollupRule: string) => {
      expect((await call('PATCH', `${API}/strategy-goals/${w.networkGoalId}`, { rollupRule })).status).toBe(
        200,
      );
      return (await call('GET', `${API}/strategy-goals/${w.networkGoalId}/rollup`)).body;
    };
    expect((await rollupBy('mean')).value).toBe(3.5);
    expect((await rollupBy('on_track_count')).value).toBe(1);
    expect((await rollupBy('list')).value).toBeNull();
  });

  it('refuses a goal of a town outside the network, with the reason', async () => {
    const w = await world();
    const res = await link(call, w.networkGoalId, w.helsinki);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('goal_outside_network');
    expect(res.body.error.details[0].path).toBe('contributingGoalId');
  });

  it('refuses a network goal as the contributing one, and a town goal as the one contributed to', async () => {
    const w = await world();
    expect((await link(call, w.savonlinna, w.iisalmi)).body.error.code).toBe('not_a_network_goal');
    const other = await world();
    expect((await link(call, w.networkGoalId, other.networkGoalId)).body.error.code).toBe('not_a_town_goal');
  });

  it('keeps a roll-up rule to network goals', async () => {
    const w = await world();
    const res = await call('PATCH', `${API}/strategy-goals/${w.savonlinna}`, { rollupRule: 'sum' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rollup_rule_not_network');
  });

  it('lets a reader read the roll-up but not link or unlink', async () => {
    const w = await world();
    const linked = await link(call, w.networkGoalId, w.savonlinna);
    expect((await viewer('GET', `${API}/strategy-goals/${w.networkGoalId}/rollup`)).status).toBe(200);
    expect((await link(viewer, w.networkGoalId, w.iisalmi)).status).toBe(403);
    expect((await viewer('DELETE', `${API}/goal-contributions/${linked.body.id}`)).status).toBe(403);
  });

  it('audits a link', async () => {
    const w = await world();
    const linked = await link(call, w.networkGoalId, w.savonlinna);
    const entry = await db
      .selectFrom('auditLog')
      .select(['action', 'entity'])
      .where('entityId', '=', linked.body.id)
      .executeTakeFirst();
    expect(entry).toMatchObject({ action: 'create', entity: 'goal-contributions' });
  });

  it('is not found for another workspace when the strategies are private', async () => {
    const w = await world('private');
    await link(call, w.networkGoalId, w.savonlinna);
    expect((await outsider('GET', `${API}/strategy-goals/${w.networkGoalId}/rollup`)).status).toBe(404);
    expect((await outsider('GET', `${API}/networks/${w.networkId}/progress`)).status).toBe(404);
  });

  it('answers clearly for a goal that is not a network goal', async () => {
    const w = await world();
    const res = await call('GET', `${API}/strategy-goals/${w.savonlinna}/rollup`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('not_a_network_goal');
  });
});

describe('a network’s progress side by side', () => {
  // Towns no other test here gives a strategy: each row sums only what this test makes.
  const [RAAHE, HEINOLA, KUOPIO] = ['678', '111', '297'];

  it('sums a town’s own and its ecosystem’s strategies into one row and lists towns without', async () => {
    const networkId = await f.id('networks', { visibility: 'network' });
    for (const code of [RAAHE, HEINOLA, KUOPIO])
      await f.make('network-members', { networkId, municipalityCodes: [code] });
    const ecosystemId = await f.id('ecosystems', { municipalityCodes: [RAAHE] });
    const strategyFor = (extra: object) =>
      f.id('strategies', {
        ecosystemId: null,
        titleFi: 'Strategia',
        startYear: 2024,
        endYear: 2027,
        ...extra,
      });
    const goalIn = async (strategyId: string, actual: number | null) => {
      const goalId = await f.id('strategy-goals', { ...townGoal, strategyId });
      if (actual !== null) await f.make('goal-actuals', { goalId, measuredOn: '2025-12-31', value: actual });
      return goalId;
    };
    const raahe = await strategyFor({ scope: 'municipality', municipalityCode: RAAHE, titleFi: 'Raahen' });
    const ecosystem = await strategyFor({ scope: 'ecosystem', ecosystemId, titleFi: 'Ekosysteemin' });
    const heinola = await strategyFor({ scope: 'municipality', municipalityCode: HEINOLA });
    const raaheGoal = await goalIn(raahe, 5); // ahead of 4 at the end of 2025
    const ecosystemGoal = await goalIn(ecosystem, 2); // behind
    await goalIn(ecosystem, null);
    await f.make('development-actions', { strategyId: raahe, goalId: raaheGoal, status: 'delayed' });
    await f.make('development-actions', { strategyId: ecosystem, goalId: ecosystemGoal, status: 'delayed' });
    await f.make('development-actions', { strategyId: ecosystem, goalId: ecosystemGoal, status: 'done' });
    await goalIn(heinola, 9);

    const res = await call('GET', `${API}/networks/${networkId}/progress`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    type Row = { town: { nameFi: string }; strategies: { id: string }[] };
    const rows = Object.fromEntries(res.body.rows.map((r: Row) => [r.town.nameFi, r]));
    expect(Object.keys(rows)).toEqual(['Heinola', 'Kuopio', 'Raahe']);
    expect(rows.Raahe).toMatchObject({
      goals: { onTrack: 1, offTrack: 1, noData: 1 },
      actions: { delayed: 2, done: 1 },
      latestActualOn: '2025-12-31',
    });
    expect(rows.Raahe.strategies.map((s: { id: string }) => s.id).sort()).toEqual([raahe, ecosystem].sort());
    expect(rows.Heinola.goals).toEqual({ onTrack: 1, offTrack: 0, noData: 0 });
    expect(rows.Kuopio).toMatchObject({
      strategies: [],
      goals: { onTrack: 0, offTrack: 0, noData: 0 },
      actions: {},
      latestActualOn: null,
    });

    const sheetOf = async (lang: string) => {
      const file = await app.request(`${API}/exports/networks/${networkId}/progress.xlsx?lang=${lang}`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
      expect(file.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      return workbook.worksheets[0]!.getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1));
    };
    const fi = await sheetOf('fi');
    expect(fi[0]).toEqual([
      'Kunta',
      'Strategiat',
      'Tavoitteita aikataulussa',
      'Tavoitteita jäljessä',
      'Tavoitteita ilman tietoa',
      'Toimenpiteet tiloittain',
      'Viimeisin toteuma',
    ]);
    expect(fi.slice(1).map((r) => r[0])).toEqual(['Heinola', 'Kuopio', 'Raahe']);
    expect(fi[2]).toEqual(['Kuopio', 'ei strategiaa', 0, 0, 0, '', '']);
    expect(fi[3]!.slice(1, 5)).toEqual([expect.stringMatching(/Ekosysteemin|Raahen/), 1, 1, 1]);
    expect(fi[3]![5]).toMatch(/Viivästynyt 2/);
    expect(fi[3]![6]).toBe('31.12.2025');
    expect((await sheetOf('sv'))[2]![1]).toBe('ingen strategi');
  });

  it('lists no town that only a membership the caller may not read stands for', async () => {
    const [LAHTI, TAMPERE] = ['398', '837'];
    const networkId = await f.id('networks', { visibility: 'public' });
    const organisationId = await f.id('organisations', { visibility: 'public' });
    await f.make('network-members', {
      networkId,
      organisationId,
      municipalityCodes: [LAHTI],
      visibility: 'public',
    });
    await f.make('network-members', { networkId, municipalityCodes: [TAMPERE], visibility: 'private' });
    const towns = async (as: typeof call) => {
      const res = await as('GET', `${API}/networks/${networkId}/progress`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.rows.map((r: { town: { code: string } }) => r.town.code);
    };
    expect(await towns(call)).toEqual([LAHTI, TAMPERE]);
    expect(await towns(outsider)).toEqual([LAHTI]);
  });
});

describe('the yearly action plan as Excel', () => {
  const workbookOf = async (strategyId: string, query: string) => {
    const res = await app.request(`${API}/exports/strategies/${strategyId}/action-plan.xlsx?${query}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    return workbook;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet) =>
    (sheet.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1));

  it('lists the actions under way in the year with their projects, calls and goals, in the chosen language', async () => {
    const w = await world();
    const strategyId = await strategyOf(w.iisalmi);
    const action = (titleFi: string, startOn: string, endOn: string) =>
      f.id('development-actions', {
        strategyId,
        goalId: w.iisalmi,
        titleFi,
        titleSv: `${titleFi} (sv)`,
        startOn,
        endOn,
        status: 'in_progress',
        ownerOrganisationId: null,
      });
    const current = await action('Yrityskierros', '2026-09-01', '2027-06-30');
    await action('Vanha kartoitus', '2024-01-01', '2024-12-31');
    await f.make('action-projects', {
      actionId: current,
      projectId: await f.id('projects', { nameFi: 'Verkostohanke' }),
    });
    await f.make('action-calls', {
      actionId: current,
      fundingCallId: await f.id('funding-calls', { titleFi: 'EAKR-haku' }),
    });

    const fi = await workbookOf(strategyId, 'year=2027&lang=fi');
    expect(fi.worksheets.map((s) => s.name)).toEqual(['Toimintasuunnitelma 2027', 'Tavoitteet']);
    const actions = rowsOf(fi.worksheets[0]!);
    expect(actions[0]!.slice(0, 4)).toEqual(['Kehittämistoimenpide', 'Tavoite', 'Vastuutaho', 'Tila']);
    expect(actions).toHaveLength(2);
    expect(actions[1]).toEqual(
      expect.arrayContaining([
        'Yrityskierros',
        'Uudet toimijat',
        'Käynnissä',
        '1.9.2026',
        '30.6.2027',
        'Verkostohanke',
        'EAKR-haku',
      ]),
    );
    const goals = rowsOf(fi.worksheets[1]!);
    expect(goals[1]!.slice(0, 1)).toEqual(['Uudet toimijat']);
    expect(goals[1]!.slice(7, 10)).toEqual([2, '31.12.2025', 'Kaupungin oma laskenta']);

    const sv = await workbookOf(strategyId, 'year=2027&lang=sv');
    expect(sv.worksheets[0]!.name).toBe('Handlingsplan 2027');
    expect(rowsOf(sv.worksheets[0]!)[1]).toEqual(expect.arrayContaining(['Yrityskierros (sv)', 'Pågår']));
    const en = await workbookOf(strategyId, 'year=2024&lang=en');
    expect(rowsOf(en.worksheets[0]!).map((r) => r[0])).toEqual(['Development action', 'Vanha kartoitus']);
  });

  it('asks for a year', async () => {
    const w = await world();
    const res = await call(
      'GET',
      `${API}/exports/strategies/${await strategyOf(w.iisalmi)}/action-plan.xlsx`,
    );
    expect(res.status).toBe(400);
  });
});
