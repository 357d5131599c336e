import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxText } from '../support/docx-text.js';
import { BASE, workshopWorld } from '../support/workshops.js';

const { app, db, editor, viewer, stranger, strategyId, bearer, newWorkshop, openPhase, join } =
  await workshopWorld();

describe('the outcome', () => {
  it("becomes the strategy's 2027 goal and action in one step, linked to the winning ideas and their dots", async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const id = board.workshop.id;
    const anna = await join(board.workshop.joinCode, 'Anna');
    await anna.as('POST', '/ideas', { text: 'Osaajat jäävät Savonlinnaan' });
    await anna.as('POST', '/ideas', { text: 'Yhteinen harjoittelijapankki' });
    const voting = await openPhase(board, 'voting');
    const [winner, action] = voting.ideas;
    await anna.as('PUT', `/votes/${winner!.id}`, { dots: 4 });
    const group = (await editor('POST', `${BASE}/${id}/groups`, { title: 'Osaaminen' })).body;
    await editor('PUT', `${BASE}/${id}/ideas/${action!.id}/group`, { groupId: group.id });
    const body = {
      goals: [
        {
          key: 'osaajat',
          source: { ideaId: winner!.id },
          titleFi: 'Osaajat jäävät Savonlinnaan',
          indicator: 'Valmistuneista seudulle jääneet',
          unit: '%',
          baselineValue: 30,
          baselineYear: 2024,
          targetValue: 45,
        },
      ],
      actions: [
        {
          source: { groupId: group.id },
          titleFi: 'Harjoittelijapankki',
          goalKey: 'osaajat',
          startOn: '2027-01-01',
          endOn: '2027-12-31',
        },
      ],
    };
    expect((await viewer('POST', `${BASE}/${id}/outcome`, body)).status).toBe(403);
    const wrongKey = await editor('POST', `${BASE}/${id}/outcome`, {
      ...body,
      actions: [{ ...body.actions[0], goalKey: 'muu' }],
    });
    expect(wrongKey.status).toBe(422);
    expect(await db.selectFrom('strategyGoals').select('id').where('workshopId', '=', id).execute()).toEqual(
      [],
    );
    const made = await editor('POST', `${BASE}/${id}/outcome`, body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const goal = await editor('GET', `/api/v1/strategy-goals/${made.body.goalIds[0]}`);
    expect(goal.body).toMatchObject({
      strategyId,
      targetYear: 2027,
      targetValue: 45,
      indicatorFi: 'Valmistuneista seudulle jääneet',
      workshopId: id,
    });
    const act = await editor('GET', `/api/v1/development-actions/${made.body.actionIds[0]}`);
    expect(act.body).toMatchObject({ goalId: goal.body.id, workshopId: id, startOn: '2027-01-01' });
    const after = (await editor('GET', `${BASE}/${id}`)).body;
    expect(after.outcome).toEqual([
      {
        goalId: goal.body.id,
        actionId: null,
        ideaId: winner!.id,
        groupId: null,
        dots: 4,
        titleFi: 'Osaajat jäävät Savonlinnaan',
        titleSv: null,
        titleEn: null,
      },
      {
        goalId: null,
        actionId: act.body.id,
        ideaId: null,
        groupId: group.id,
        dots: 0,
        titleFi: 'Harjoittelijapankki',
        titleSv: null,
        titleEn: null,
      },
    ]);
    const audited = await db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', id)
      .where('action', '=', 'outcome')
      .execute();
    expect(audited).toHaveLength(1);
  });
});

describe("the workshop's record", () => {
  async function heldWorkshop() {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const anna = await join(board.workshop.joinCode, 'Anna Anonyymi', 'Savonlinnan kaupunki');
    const eero = await join(board.workshop.joinCode, 'Eero Esimerkki', 'Savonlinnan kaupunki');
    await join(board.workshop.joinCode, 'Pekka', '');
    await anna.as('POST', '/ideas', { text: 'Saimaan matkailun ympärivuotisuus' });
    await eero.as('POST', '/ideas', { text: 'Puuala ja kiertotalous' });
    const voting = await openPhase(board, 'voting');
    await anna.as('PUT', `/votes/${voting.ideas[1]!.id}`, { dots: 3 });
    const group = (await editor('POST', `${BASE}/${board.workshop.id}/groups`, { title: 'Elinkeinot' })).body;
    await editor('PUT', `${BASE}/${board.workshop.id}/ideas/${voting.ideas[1]!.id}/group`, {
      groupId: group.id,
    });
    return board.workshop.id;
  }
  const download = async (id: string, format: string, lang: string) => {
    const res = await app.request(`/api/v1/exports/workshops/${id}.${format}?lang=${lang}`, {
      headers: bearer,
    });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  it('is a Word file with the ideas by dots, the groups and participants by organisation, without names', async () => {
    const id = await heldWorkshop();
    const { body } = await docxText(await download(id, 'docx', 'fi'));
    const text = body.map((p) => p.text).join('\n');
    expect(text).toContain('Työpaja: Savonlinnan strategiatyöpaja');
    expect(text).toContain('Osallistujat organisaatioittain');
    expect(text.indexOf('Puuala ja kiertotalous')).toBeLessThan(
      text.indexOf('Saimaan matkailun ympärivuotisuus'),
    );
    expect(text).toContain('Elinkeinot');
    expect(text).toContain('Organisaatio ei tiedossa');
    expect(text).not.toMatch(/Anna|Eero|Pekka/);
    const sv = (await docxText(await download(id, 'docx', 'sv'))).body.map((p) => p.text).join('\n');
    expect(sv).toContain('Deltagare per organisation');
  });

  it('is an Excel workbook with the same record', async () => {
    const id = await heldWorkshop();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(id, 'xlsx', 'en')).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Ideas',
      'Groups',
      'Participants by organisation',
    ]);
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1));
    expect(rows('Ideas')).toEqual([
      ['Puuala ja kiertotalous', 'Ideas for goals and development actions', 'Elinkeinot', 3],
      ['Saimaan matkailun ympärivuotisuus', 'Ideas for goals and development actions', 'Ungrouped', 0],
    ]);
    expect(rows('Groups')).toEqual([['Elinkeinot', 1, 3]]);
    expect(rows('Participants by organisation')).toEqual([
      ['Savonlinnan kaupunki', 2],
      ['Organisation not given', 1],
    ]);
    expect(JSON.stringify(workbook.getWorksheet('Summary')!.getSheetValues())).not.toMatch(/Anna|Eero/);
  });

  it('is not found by another workspace', async () => {
    const id = await heldWorkshop();
    expect((await stranger('GET', `/api/v1/exports/workshops/${id}.docx`)).status).toBe(404);
  });
});
