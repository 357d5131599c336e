import { describe, expect, it } from 'vitest';
import { BASE, reportWorld } from '../support/picture-reports.js';

const { db, editor, viewer, newReport, save } = await reportWorld();

describe('a proposal into the strategy', () => {
  const strategyOf = async (code: string) => {
    const res = await editor('POST', '/api/v1/strategies', {
      scope: 'municipality',
      municipalityCode: code,
      titleFi: 'Elinvoimaohjelma',
      startYear: 2026,
      endYear: 2030,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };

  it('becomes a development action or a goal in one step, linked back to the report', async () => {
    const strategyId = await strategyOf('049');
    const report = await newReport('fi', '049');
    const added = await save(report.id, report.version, {
      action: 'addProposal',
      kind: 'developmentTarget',
      title: 'Puurakentamisen osaamiskeskus',
      text: 'Kootaan oppilaitokset ja yritykset.',
    });
    const key = added.body.content.proposals.at(-1).key;
    const made = await editor('POST', `${BASE}/${report.id}/proposals/${key}/strategy`, {
      version: added.body.version,
      strategyId,
      as: 'action',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const action = await editor('GET', `/api/v1/development-actions/${made.body.id}`);
    expect(action.body).toMatchObject({
      strategyId,
      titleFi: 'Puurakentamisen osaamiskeskus',
      descriptionFi: 'Kootaan oppilaitokset ja yritykset.',
      pictureReportId: report.id,
      reportProposalKey: key,
    });
    const proposal = made.body.report.content.proposals.find((p: { key: string }) => p.key === key);
    expect(proposal).toMatchObject({
      decision: 'accepted',
      strategy: { kind: 'action', id: made.body.id, strategyId },
    });
    const again = await editor('POST', `${BASE}/${report.id}/proposals/${key}/strategy`, {
      version: made.body.report.version,
      strategyId,
      as: 'action',
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'in_strategy']);
  });

  it('saves all of it or nothing: a failing version save leaves no goal behind', async () => {
    const strategyId = await strategyOf('005');
    const report = await newReport('fi', '005');
    const added = await save(report.id, report.version, {
      action: 'addProposal',
      kind: 'growthSector',
      title: 'Matkailu',
      text: 'Järvimatkailu kasvaa.',
    });
    const key = added.body.content.proposals.at(-1).key;
    // The version this step would write is already taken, so the save fails after the goal is inserted.
    await db
      .insertInto('pictureReportVersions')
      .values({
        reportId: report.id,
        version: added.body.version + 1,
        content: '{}',
        change: '{"action":"x"}',
      })
      .execute();
    const res = await editor('POST', `${BASE}/${report.id}/proposals/${key}/strategy`, {
      version: added.body.version,
      strategyId,
      as: 'goal',
      indicator: 'Matkailijoiden yöpymiset',
    });
    expect(res.status).toBe(409);
    const goals = await db
      .selectFrom('strategyGoals')
      .select('id')
      .where('strategyId', '=', strategyId)
      .execute();
    expect(goals).toEqual([]);
    const audit = await db
      .selectFrom('auditLog')
      .select('id')
      .where('entity', '=', 'strategy-goals')
      .execute();
    expect(audit).toEqual([]);
    expect((await editor('GET', `${BASE}/${report.id}`)).body.version).toBe(added.body.version);
  });

  it("refuses another scope's strategy, a goal without an indicator and a viewer", async () => {
    const other = await strategyOf('091');
    const report = (await editor('GET', `${BASE}?scopeId=005`)).body.data[0];
    const open = report.version;
    const into = (body: Record<string, unknown>, who = editor) =>
      who('POST', `${BASE}/${report.id}/proposals/editor-1/strategy`, { version: open, ...body });
    expect((await into({ strategyId: other, as: 'action' })).body.error.code).toBe('other_scope');
    const own = (await editor('GET', '/api/v1/strategies?municipalityCode=005')).body.items[0].id;
    expect((await into({ strategyId: own, as: 'goal' })).body.error.code).toBe('indicator_required');
    expect((await into({ strategyId: own, as: 'action' }, viewer)).status).toBe(403);
  });

  it('keeps the accepted action when the report is removed, without the link', async () => {
    const report = (await editor('GET', `${BASE}?scopeId=049`)).body.data[0];
    const actions = (await editor('GET', `/api/v1/development-actions?q=Puurakentamisen`)).body.items;
    expect((await editor('DELETE', `${BASE}/${report.id}`)).status).toBe(204);
    expect((await editor('GET', `${BASE}/${report.id}`)).status).toBe(404);
    const after = await editor('GET', `/api/v1/development-actions/${actions[0].id}`);
    expect(after.body).toMatchObject({ pictureReportId: null, reportProposalKey: 'editor-1' });
    const versions = await db
      .selectFrom('pictureReportVersions')
      .select('version')
      .where('reportId', '=', report.id)
      .execute();
    expect(versions).toEqual([]);
  });
});
