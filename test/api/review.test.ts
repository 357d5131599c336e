import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { grantToken, testApp, caller } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, app, anonymous } = await testApp({ now: () => NOW });
const { roundId, workspaceId } = await roundWith(db, 'arvio', MAPPING_TEMPLATE.content);
const editor = caller(
  app,
  (await grantToken(db, { email: 'editor@arvio.example', workspace: 'arvio' })).token,
);
const reader = caller(
  app,
  (await grantToken(db, { email: 'reader@arvio.example', workspace: 'arvio', role: 'viewer' })).token,
);
const stranger = caller(app, (await grantToken(db, { email: 'other@muu.example', workspace: 'muu' })).token);

const org = async (nameFi: string, businessId?: string) =>
  (
    await db
      .insertInto('organisations')
      .values({ workspaceId, nameFi, kind: 'company', businessId, municipalityCode: '740' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

const SAHA = await org('Sahanterä Oy');
const XAMK = await org('Kaakkois-Suomen ammattikorkeakoulu');
const VIITE = await org('Viitekehys Oy', '0201256-6');
const MECHANICS = (
  await db
    .insertInto('competences')
    .values({ workspaceId, slug: 'mekaniikka', nameFi: 'Mekaniikka', visibility: 'network' })
    .returning('id')
    .executeTakeFirstOrThrow()
).id;

/** A respondent answering for a new organisation of its own, by a personal link. */
async function respondent(extra: { mode?: 'interview'; interviewedOn?: string } = {}) {
  const r = await respondentOf(db, roundId);
  const organisationId = await org(`Vastaaja ${r.id.slice(0, 8)}`);
  await db
    .updateTable('roundRespondents')
    .set({ organisationId, ...extra })
    .where('id', '=', r.id)
    .execute();
  const answer = async (answers: Record<string, unknown>) => {
    const res = await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers });
    expect(res.status).toBe(200);
  };
  return { ...r, organisationId, answer };
}

const proposals = async (query = '') => {
  const res = await editor('GET', `/api/v1/mapping-rounds/${roundId}/proposals${query}`);
  expect(res.status).toBe(200);
  return res.body.data as {
    id: string;
    kind: string;
    status: string;
    respondentId: string;
    payload: Record<string, unknown>;
    recordId: string | null;
    candidates?: { organisationId: string; reason: string }[];
  }[];
};
const mine = async (respondentId: string, query = '') =>
  (await proposals(query)).filter((p) => p.respondentId === respondentId);

const decide = (decisions: unknown[], who = editor) =>
  who('POST', `/api/v1/mapping-rounds/${roundId}/proposals/decisions`, { decisions });

const acceptAll = async (respondentId: string) => {
  const pending = await mine(respondentId, '?status=pending');
  const ordered = [
    ...pending.filter((p) => p.kind === 'organisation'),
    ...pending.filter((p) => p.kind !== 'organisation'),
  ];
  if (!ordered.length) return;
  const res = await decide(ordered.map((p) => ({ id: p.id, action: 'accept' })));
  expect(res.status).toBe(200);
};

const relationsFrom = (organisationId: string) =>
  db
    .selectFrom('relations')
    .select(['id', 'toOrganisationId', 'kind', 'weight', 'source', 'startOn', 'answerProposalId'])
    .where('fromOrganisationId', '=', organisationId)
    .orderBy('weight')
    .execute();

const partner = (organisationId: string, kind: string, strength: number) => ({
  organisationId,
  kind,
  strength,
});

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

describe('facts follow their answers', () => {
  it('changes a relation with its strength, takes it back with its tie, and writes it once again', async () => {
    const r = await respondent();
    await r.answer({ partners: [partner(SAHA, 'collaboration', 2)], offers: [{ competenceId: MECHANICS }] });
    await acceptAll(r.id);
    await r.answer({ partners: [partner(SAHA, 'collaboration', 2)] }); // the same again
    await r.answer({ partners: [partner(SAHA, 'collaboration', 5)] });
    const [changed] = await relationsFrom(r.organisationId);
    expect(changed).toMatchObject({ toOrganisationId: SAHA, weight: 5 });

    await r.answer({ partners: null, offers: null });
    expect(await relationsFrom(r.organisationId)).toEqual([]);
    const withdrawn = await mine(r.id, '?status=withdrawn');
    expect(withdrawn.map((p) => [p.kind, p.recordId])).toEqual([
      ['competence', null],
      ['relation', null],
    ]);
    const audited = await db
      .selectFrom('auditLog')
      .select(['action', 'entity'])
      .where('entityId', '=', changed!.id)
      .orderBy('id')
      .execute();
    expect(audited).toEqual([
      { action: 'update', entity: 'relations' },
      { action: 'delete', entity: 'relations' },
    ]);

    await r.answer({ partners: [partner(SAHA, 'collaboration', 3)] });
    expect((await mine(r.id, '?status=pending')).map((p) => p.kind)).toEqual(['relation']);
    await acceptAll(r.id);
    expect(await relationsFrom(r.organisationId)).toEqual([expect.objectContaining({ weight: 3 })]);
  });

  it('keeps an accepted draft organisation when its tie is taken back, and stands for it when named again', async () => {
    const r = await respondent();
    const named = {
      newActor: { name: 'Rantasalmen Rakenne', kind: 'company' },
      kind: 'customer',
      strength: 2,
    };
    await r.answer({ partners: [named] });
    await acceptAll(r.id);
    const actor = (await mine(r.id, '?kind=organisation'))[0]!;
    await r.answer({ partners: null });
    expect((await mine(r.id, '?kind=organisation'))[0]).toMatchObject({
      status: 'withdrawn',
      recordId: actor.recordId,
    });
    await r.answer({ partners: [named] });
    expect((await mine(r.id, '?kind=organisation'))[0]).toMatchObject({
      status: 'accepted',
      recordId: actor.recordId,
    });
    await acceptAll(r.id);
    expect(await relationsFrom(r.organisationId)).toEqual([
      expect.objectContaining({ toOrganisationId: actor.recordId, weight: 2 }),
    ]);
  });

  it('never doubles a relation, however the answers change and are accepted', async () => {
    const partners = [SAHA, XAMK, VIITE];
    const tie = fc.record({
      p: fc.constantFrom(0, 1, 2),
      kind: fc.constantFrom('collaboration', 'customer'),
      strength: fc.integer({ min: 1, max: 5 }),
    });
    const answer = fc.uniqueArray(tie, { selector: (t) => `${t.p}|${t.kind}`, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(answer, fc.boolean()), { minLength: 1, maxLength: 4 }),
        async (steps) => {
          const r = await respondent();
          for (const [ties, accept] of steps) {
            await r.answer({
              partners: ties.length ? ties.map((t) => partner(partners[t.p]!, t.kind, t.strength)) : null,
            });
            if (accept) await acceptAll(r.id);
          }
          await acceptAll(r.id);
          const last = steps.at(-1)![0];
          const relations = await relationsFrom(r.organisationId);
          const key = (to: string, kind: string) => `${to}|${kind}`;
          expect(relations.map((x) => [key(x.toOrganisationId, x.kind), x.weight]).sort()).toEqual(
            last.map((t) => [key(partners[t.p]!, t.kind), t.strength]).sort(),
          );
        },
      ),
      { numRuns: 12 },
    );
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
