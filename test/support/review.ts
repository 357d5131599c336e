/**
 * The review queue's tests share this: a May round on the mapping template in its own workspace, an editor,
 * a reader and an editor of another workspace, organisations and a term of the vocabulary, respondents who
 * answer by their link for an organisation of their own, and short ways to list and decide proposals.
 */
import { expect } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { caller, grantToken, testApp } from '../db.js';
import { respondentOf, roundWith } from './mapping.js';

/** The app's clock in these tests: the middle of the round's period. */
export const REVIEW_NOW = new Date('2026-05-15T09:00:00Z');

export async function reviewWorld(slug: string) {
  const { db, app, anonymous } = await testApp({ now: () => REVIEW_NOW });
  const { roundId, workspaceId } = await roundWith(db, slug, MAPPING_TEMPLATE.content);
  const editor = caller(
    app,
    (await grantToken(db, { email: `editor@${slug}.example`, workspace: slug })).token,
  );
  const reader = caller(
    app,
    (await grantToken(db, { email: `reader@${slug}.example`, workspace: slug, role: 'viewer' })).token,
  );
  const stranger = caller(
    app,
    (await grantToken(db, { email: `other@${slug}.example`, workspace: `${slug}-muu` })).token,
  );

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
      competenceCandidates?: { competenceId: string; name: string; score: number }[];
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

  return {
    db,
    roundId,
    workspaceId,
    anonymous,
    editor,
    reader,
    stranger,
    SAHA,
    XAMK,
    VIITE,
    MECHANICS,
    respondent,
    mine,
    decide,
    acceptAll,
    relationsFrom,
    partner,
  };
}
