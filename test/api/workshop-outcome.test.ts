import { describe, expect, it } from 'vitest';
import { BASE, workshopWorld } from '../support/workshops.js';

const { db, editor, viewer, strategyId, newWorkshop, openPhase, join } = await workshopWorld();

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
      { goalId: goal.body.id, actionId: null, ideaId: winner!.id, groupId: null, dots: 4 },
      { goalId: null, actionId: act.body.id, ideaId: null, groupId: group.id, dots: 0 },
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
