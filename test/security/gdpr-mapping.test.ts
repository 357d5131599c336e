import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { testApp } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, call, anonymous } = await testApp({ now: () => NOW });
const { roundId } = await roundWith(db, 'kartoitus-gdpr', MAPPING_TEMPLATE.content);

const NAME = 'Sirkka Vastaajainen';
const EMAIL = 'sirkka.vastaajainen@saha.example';

const post = async (path: string, body: unknown) => {
  const res = await call('POST', `/api/v1/${path}?workspace=kartoitus-gdpr`, body);
  if (res.status !== 201) throw new Error(`${path}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};

/** A person who answered a round for their organisation; an editor accepted the tie they named. */
async function answeredPerson() {
  const own = await post('organisations', { kind: 'company', nameFi: 'Vastaajan Saha Oy' });
  const partner = await post('organisations', { kind: 'rdi', nameFi: 'Metsäntutkimus Oy' });
  const person = await post('people', {
    fullName: NAME,
    email: EMAIL,
    lawfulBasis: 'consent',
    purpose: 'Ekosysteemikartoitus',
    source: 'Kysely',
    collectedOn: '2026-05-01',
  });
  const r = await respondentOf(db, roundId);
  await db
    .updateTable('roundRespondents')
    .set({ personId: person, organisationId: own, displayName: NAME, email: EMAIL })
    .where('id', '=', r.id)
    .execute();
  const saved = await anonymous('PUT', `/api/v1/answers/${r.token}`, {
    answers: {
      partners: [
        { organisationId: partner, kind: 'collaboration', strength: 4 },
        { newActor: { name: `Tmi ${NAME}`, kind: 'company' }, kind: 'customer', strength: 1 },
      ],
      strengths: `Minä, ${NAME}, vastaan puuosaamisesta.`,
    },
  });
  expect(saved.status).toBe(200);
  const tie = await db
    .selectFrom('answerProposals')
    .select('id')
    .where('respondentId', '=', r.id)
    .where('target', 'like', 'org:%')
    .executeTakeFirstOrThrow();
  const decided = await call('POST', `/api/v1/mapping-rounds/${roundId}/proposals/decisions`, {
    decisions: [{ id: tie.id, action: 'accept' }],
  });
  expect(decided.status).toBe(200);
  return { person, respondentId: r.id, own, partner, relationId: decided.body.data[0].recordId as string };
}

describe('a respondent’s personal data', () => {
  it('exports their respondent rows, answers and proposals, never their link’s hash', async () => {
    const { person, respondentId } = await answeredPerson();
    const res = await call('GET', `/api/v1/people/${person}/export`);
    expect(res.status).toBe(200);
    const o = res.body.occurrences;
    expect(o.round_respondents.map((r: { id: string }) => r.id)).toEqual([respondentId]);
    expect(JSON.stringify(o.round_respondents)).not.toMatch(/token_?hash/i);
    expect(o.round_answers.map((a: { questionKey: string }) => a.questionKey)).toEqual([
      'partners',
      'strengths',
    ]);
    expect(o.answer_proposals.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'organisation',
      'relation',
      'relation',
    ]);
  });

  it('erases their answers and respondent rows, and keeps the relation an editor accepted without its link', async () => {
    const { person, respondentId, own, partner, relationId } = await answeredPerson();
    expect((await call('POST', `/api/v1/people/${person}/erase`)).status).toBe(204);
    const respondents = await db
      .selectFrom('roundRespondents')
      .select('id')
      .where('id', '=', respondentId)
      .execute();
    const answers = await db
      .selectFrom('roundAnswers')
      .select('questionKey')
      .where('respondentId', '=', respondentId)
      .execute();
    const proposals = await db
      .selectFrom('answerProposals')
      .select('id')
      .where('respondentId', '=', respondentId)
      .execute();
    expect([respondents, answers, proposals]).toEqual([[], [], []]);
    const relation = await db
      .selectFrom('relations')
      .select(['fromOrganisationId', 'toOrganisationId', 'source', 'personId', 'answerProposalId'])
      .where('id', '=', relationId)
      .executeTakeFirst();
    expect(relation).toEqual({
      fromOrganisationId: own,
      toOrganisationId: partner,
      source: 'survey',
      personId: null,
      answerProposalId: null,
    });
    const mentions = await db
      .selectFrom('answerProposals')
      .select('id')
      .where((eb) => eb(eb.cast('payload', 'text'), 'ilike', `%${NAME}%`))
      .execute();
    expect(mentions).toEqual([]);
  });
});
