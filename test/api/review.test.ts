import { respondentOf } from '../support/mapping.js';
import { describe, expect, it } from 'vitest';
import { REVIEW_NOW as NOW, reviewWorld } from '../support/review.js';

const w = await reviewWorld('arvio');
const { db, roundId, workspaceId, anonymous, editor, reader, stranger, SAHA, XAMK, VIITE, MECHANICS } = w;
const { respondent, mine, decide, acceptAll, relationsFrom, partner } = w;

describe('the review queue of a round', () => {
  it('lists proposals with their question, respondent and possible duplicates of a new actor', async () => {
    const r = await respondent();
    await r.answer({
      partners: [
        partner(SAHA, 'collaboration', 4),
        { newActor: { name: 'Sahanterä', kind: 'company' }, kind: 'customer', strength: 2 },
        {
          newActor: { name: 'Uusi Viite', kind: 'company', businessId: '0201256-6' },
          kind: 'customer',
          strength: 3,
        },
      ],
      offers: [{ name: 'Puurakentaminen' }],
    });
    const listed = await mine(r.id);
    expect(listed.map((p) => p.kind).sort()).toEqual([
      'competence',
      'organisation',
      'organisation',
      'relation',
      'relation',
      'relation',
    ]);
    const res = await editor('GET', `/api/v1/mapping-rounds/${roundId}/proposals?kind=organisation`);
    const actors = res.body.data.filter((p: { respondentId: string }) => p.respondentId === r.id);
    expect(actors[0]).toMatchObject({
      questionKey: 'partners',
      questionLabel: { fi: expect.stringMatching(/^Kenen kanssa/), en: expect.stringMatching(/^Who do you/) },
      respondentName: 'Savonlinnan Testi Oy',
      organisationId: r.organisationId,
      status: 'pending',
      recordId: null,
      answeredAt: NOW.toISOString(),
    });
    const byName = actors.find((p: { payload: { name: string } }) => p.payload.name === 'Sahanterä');
    expect(byName.candidates).toEqual([
      expect.objectContaining({ organisationId: SAHA, reason: 'name', name: 'Sahanterä Oy', score: 1 }),
    ]);
    const byId = actors.find((p: { payload: { name: string } }) => p.payload.name === 'Uusi Viite');
    expect(byId.candidates[0]).toMatchObject({ organisationId: VIITE, reason: 'business_id', score: 1 });
  });

  it('accepts ties, new actors and competences into the roster, each linked to its answer', async () => {
    const r = await respondent();
    await r.answer({
      partners: [
        partner(XAMK, 'education', 5),
        {
          newActor: { name: 'Kerimäen Puu Oy', kind: 'company', municipalityCode: '740' },
          kind: 'customer',
          strength: 2,
        },
      ],
      offers: [{ name: 'Hirsirakentaminen' }],
      needs: [{ competenceId: MECHANICS }],
    });
    const pending = await mine(r.id);
    const tieToNew = pending.find((p) => p.kind === 'relation' && p.payload.newActorName)!;
    const early = await decide([{ id: tieToNew.id, action: 'accept' }]);
    expect([early.status, early.body.error.details]).toEqual([
      422,
      [
        {
          path: 'decisions.0',
          message: 'Accept or merge the new actor Kerimäen Puu Oy first (or in the same request)',
        },
      ],
    ]);
    const res = await decide(pending.map((p) => ({ id: p.id, action: 'accept' })));
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: { status: string }) => d.status)).toEqual(pending.map(() => 'accepted'));
    const decided = new Map(res.body.data.map((d: { id: string; recordId: string }) => [d.id, d.recordId]));

    const actor = pending.find((p) => p.kind === 'organisation')!;
    const draft = await db
      .selectFrom('organisations')
      .select(['nameFi', 'source', 'lastVerifiedOn', 'workspaceId', 'municipalityCode'])
      .where('id', '=', decided.get(actor.id) as string)
      .executeTakeFirstOrThrow();
    expect(draft).toEqual({
      nameFi: 'Kerimäen Puu Oy',
      source: 'survey',
      lastVerifiedOn: null,
      workspaceId,
      municipalityCode: '740',
    });
    const relations = await relationsFrom(r.organisationId);
    expect(relations).toEqual([
      {
        id: decided.get(tieToNew.id),
        toOrganisationId: decided.get(actor.id),
        kind: 'customer',
        weight: 2,
        source: 'survey',
        startOn: '2026-05-15',
        answerProposalId: tieToNew.id,
      },
      expect.objectContaining({ toOrganisationId: XAMK, kind: 'education', weight: 5 }),
    ]);
    const competences = await db
      .selectFrom('organisationCompetences as oc')
      .innerJoin('competences as c', 'c.id', 'oc.competenceId')
      .select(['oc.id', 'oc.direction', 'c.nameFi', 'c.slug', 'oc.source', 'oc.answerProposalId'])
      .where('oc.organisationId', '=', r.organisationId)
      .orderBy('oc.direction')
      .execute();
    expect(competences.map((c) => [c.direction, c.nameFi, c.slug, c.source])).toEqual([
      ['need', 'Mekaniikka', 'mekaniikka', 'survey'],
      ['offer', 'Hirsirakentaminen', 'hirsirakentaminen', 'survey'],
    ]);
    expect(competences.every((c) => decided.get(c.answerProposalId!) === c.id)).toBe(true);

    // The relation shows its answer through the API too.
    const shown = await editor('GET', `/api/v1/relations/${decided.get(tieToNew.id)}`);
    expect(shown.body.answerProposalId).toBe(tieToNew.id);
    // The same decisions again change nothing.
    const again = await decide(pending.map((p) => ({ id: p.id, action: 'accept' })));
    expect(again.body.data).toEqual(res.body.data);
    expect(await relationsFrom(r.organisationId)).toHaveLength(2);
  });

  it('dates an interview’s facts by the interview and marks their source', async () => {
    const r = await respondent({ mode: 'interview', interviewedOn: '2026-05-12' });
    await r.answer({ partners: [partner(SAHA, 'supply_chain', 3)] });
    await acceptAll(r.id);
    expect(await relationsFrom(r.organisationId)).toEqual([
      expect.objectContaining({ source: 'interview', startOn: '2026-05-12', kind: 'supply_chain' }),
    ]);
  });

  it('merges a new actor into an organisation of the roster, and its tie goes there', async () => {
    const r = await respondent();
    await r.answer({
      partners: [{ newActor: { name: 'Sahantera', kind: 'company' }, kind: 'collaboration', strength: 3 }],
    });
    const listed = await mine(r.id);
    const organisation = listed.find((p) => p.kind === 'organisation')!;
    const relation = listed.find((p) => p.kind === 'relation')!;
    const res = await decide([
      { id: relation.id, action: 'accept' },
      { id: organisation.id, action: 'merge', organisationId: SAHA },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.data[1]).toEqual({ id: organisation.id, status: 'merged', recordId: SAHA });
    expect(await relationsFrom(r.organisationId)).toEqual([
      expect.objectContaining({ toOrganisationId: SAHA, answerProposalId: relation.id }),
    ]);
  });

  it('shows near terms of a named competence, and merges it into one of them', async () => {
    const r = await respondent();
    await r.answer({ offers: [{ name: 'Mekaniikkasuunnittelu' }] });
    const [offer] = await mine(r.id);
    expect(offer!.competenceCandidates).toEqual([
      { competenceId: MECHANICS, name: 'Mekaniikka', score: 0.9 },
    ]);
    const res = await decide([{ id: offer!.id, action: 'merge', competenceId: MECHANICS }]);
    expect(res.body.data).toEqual([{ id: offer!.id, status: 'merged', recordId: expect.any(String) }]);
    const record = await db
      .selectFrom('organisationCompetences')
      .select(['id', 'organisationId', 'competenceId', 'direction', 'answerProposalId'])
      .where('id', '=', res.body.data[0].recordId)
      .executeTakeFirstOrThrow();
    expect(record).toEqual({
      id: res.body.data[0].recordId,
      organisationId: r.organisationId,
      competenceId: MECHANICS,
      direction: 'offer',
      answerProposalId: offer!.id,
    });
    const made = await db
      .selectFrom('competences')
      .select('id')
      .where('slug', 'like', 'mekaniikkas%')
      .execute();
    expect(made).toEqual([]);
  });

  it('writes nothing for a rejected proposal, and names every bad decision of a refused request', async () => {
    const r = await respondent();
    await r.answer({ partners: [partner(SAHA, 'collaboration', 1)], offers: [{ competenceId: MECHANICS }] });
    const listed = await mine(r.id);
    const tie = listed.find((p) => p.kind === 'relation')!;
    const offer = listed.find((p) => p.kind === 'competence')!;
    const refused = await decide([
      { id: tie.id, action: 'accept' },
      { id: tie.id, action: 'reject' },
      { id: crypto.randomUUID(), action: 'accept' },
      { id: offer.id, action: 'merge' },
      { id: tie.id, action: 'merge' },
    ]);
    expect([refused.status, refused.body.error.details]).toEqual([
      422,
      [
        { path: 'decisions.1', message: 'id: decided twice in this request' },
        { path: 'decisions.2', message: 'id: not a proposal of this round' },
        { path: 'decisions.3', message: 'competenceId: name the competence to merge into' },
        { path: 'decisions.4', message: 'id: decided twice in this request' },
      ],
    ]);
    expect(await relationsFrom(r.organisationId)).toEqual([]);
    const res = await decide([
      { id: tie.id, action: 'reject' },
      { id: offer.id, action: 'reject' },
    ]);
    expect(res.body.data).toEqual([
      { id: tie.id, status: 'rejected', recordId: null },
      { id: offer.id, status: 'rejected', recordId: null },
    ]);
    expect(await relationsFrom(r.organisationId)).toEqual([]);
    const offers = await db
      .selectFrom('organisationCompetences')
      .select('id')
      .where('organisationId', '=', r.organisationId)
      .execute();
    expect(offers).toEqual([]);
  });

  it('refuses a new actor whose business ID the roster has, or whose town does not exist', async () => {
    const r = await respondent();
    const actor = (name: string, more: object) => ({
      newActor: { name, kind: 'company', ...more },
      kind: 'customer',
      strength: 1,
    });
    await r.answer({
      partners: [
        actor('Toinen Viite', { businessId: '0201256-6' }),
        actor('Jossain Oy', { municipalityCode: '999' }),
      ],
    });
    const actors = await mine(r.id, '?kind=organisation');
    const refused = await decide(actors.map((p) => ({ id: p.id, action: 'accept' })));
    expect([
      refused.status,
      refused.body.error.details.map((d: { message: string }) => d.message).sort(),
    ]).toEqual([
      422,
      [
        'The roster has an organisation with business ID 0201256-6: merge into it',
        'municipalityCode: no municipality 999',
      ],
    ]);
  });

  it('does not double a tie the roster has already: the proposal points at it', async () => {
    const first = await respondent();
    await first.answer({ partners: [partner(XAMK, 'project_partner', 2)] });
    await acceptAll(first.id);
    const [existing] = await relationsFrom(first.organisationId);
    const second = await respondentOf(db, roundId);
    await db
      .updateTable('roundRespondents')
      .set({ organisationId: first.organisationId })
      .where('id', '=', second.id)
      .execute();
    await anonymous('PUT', `/api/v1/answers/${second.token}`, {
      answers: { partners: [partner(XAMK, 'project_partner', 4)] },
    });
    const [tie] = await mine(second.id);
    const res = await decide([{ id: tie!.id, action: 'accept' }]);
    expect(res.body.data).toEqual([{ id: tie!.id, status: 'accepted', recordId: existing!.id }]);
    expect(await relationsFrom(first.organisationId)).toHaveLength(1);
  });
});

describe('who may see and decide', () => {
  it('lets a reader of the workspace read the queue but not decide; another workspace sees nothing', async () => {
    const r = await respondent();
    await r.answer({ partners: [partner(SAHA, 'collaboration', 2)] });
    const [p] = await mine(r.id);
    expect((await reader('GET', `/api/v1/mapping-rounds/${roundId}/proposals`)).status).toBe(200);
    const denied = await decide([{ id: p!.id, action: 'accept' }], reader);
    expect([denied.status, denied.body.error.code]).toEqual([403, 'forbidden']);
    expect((await stranger('GET', `/api/v1/mapping-rounds/${roundId}/proposals`)).status).toBe(404);
    expect((await decide([{ id: p!.id, action: 'accept' }], stranger)).status).toBe(404);
    expect((await anonymous('GET', `/api/v1/mapping-rounds/${roundId}/proposals`)).status).toBe(401);
    expect(await relationsFrom(r.organisationId)).toEqual([]);
  });
});
