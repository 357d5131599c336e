/** Participants and their dot votes: the SQL only. */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

export type ParticipantRow = {
  id: string;
  workshopId: string;
  displayName: string;
  organisationName: string;
};

const COLUMNS = ['id', 'workshopId', 'displayName', 'organisationName'] as const;

export async function insertParticipant(
  db: Database,
  values: {
    workshopId: string;
    tokenHash: string;
    displayName: string;
    organisationName: string;
    userId: string | null;
    consentedAt: Date;
  },
) {
  return (await db
    .insertInto('workshopParticipants')
    .values(values)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()) as ParticipantRow;
}

/** The participant a secret belongs to; `lock` holds the row so their votes are counted one write at a time. */
export async function findByToken(db: Database, workshopId: string, tokenHash: string, lock = false) {
  let q = db
    .selectFrom('workshopParticipants')
    .select(COLUMNS)
    .where('workshopId', '=', workshopId)
    .where('tokenHash', '=', tokenHash);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as ParticipantRow | undefined;
}

export async function findParticipant(db: Database, workshopId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return (await db
    .selectFrom('workshopParticipants')
    .select(COLUMNS)
    .where('workshopId', '=', workshopId)
    .where('id', '=', id)
    .executeTakeFirst()) as ParticipantRow | undefined;
}

/** Removes the participant; their ideas and votes go with them (foreign keys cascade). */
export async function eraseParticipant(db: Database, participantId: string) {
  const ideas = await db
    .selectFrom('workshopIdeas')
    .select('id')
    .where('participantId', '=', participantId)
    .execute();
  await db.deleteFrom('workshopParticipants').where('id', '=', participantId).execute();
  return ideas.map((i) => i.id);
}

export async function votesOf(db: Database, participantId: string) {
  return db
    .selectFrom('workshopVotes')
    .select(['ideaId', 'dots'])
    .where('participantId', '=', participantId)
    .execute();
}

export async function dotsUsedElsewhere(db: Database, participantId: string, ideaId: string) {
  const row = await db
    .selectFrom('workshopVotes')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('dots'), sql<string>`0`).as('used'))
    .where('participantId', '=', participantId)
    .where('ideaId', '<>', ideaId)
    .executeTakeFirstOrThrow();
  return Number(row.used);
}

export async function setVote(
  db: Database,
  vote: { workshopId: string; participantId: string; ideaId: string; dots: number },
) {
  if (vote.dots === 0) {
    await db
      .deleteFrom('workshopVotes')
      .where('participantId', '=', vote.participantId)
      .where('ideaId', '=', vote.ideaId)
      .execute();
    return;
  }
  await db
    .insertInto('workshopVotes')
    .values(vote)
    .onConflict((oc) => oc.columns(['participantId', 'ideaId']).doUpdateSet({ dots: vote.dots }))
    .execute();
}

/** The dots given to each of these ideas (an idea no one voted for is not in the map). */
export async function dotsOf(db: Database, ideaIds: string[]) {
  if (!ideaIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('workshopVotes')
    .select((eb) => ['ideaId', eb.fn.sum<string>('dots').as('dots')])
    .where('ideaId', 'in', ideaIds)
    .groupBy('ideaId')
    .execute();
  return new Map(rows.map((r) => [r.ideaId, Number(r.dots)]));
}

export const ideaDots = async (db: Database, ideaId: string) => (await dotsOf(db, [ideaId])).get(ideaId) ?? 0;

/** A participant's own ideas, newest last. */
export async function ownIdeas(db: Database, participantId: string) {
  return db
    .selectFrom('workshopIdeas')
    .select(['id', 'phaseId', 'text', 'createdAt'])
    .where('participantId', '=', participantId)
    .orderBy('createdAt')
    .execute();
}

/** Every idea of the workshop for voting: text and group title, never who wrote it. */
export async function ballot(db: Database, workshopId: string) {
  return db
    .selectFrom('workshopIdeas as i')
    .leftJoin('workshopGroups as g', 'g.id', 'i.groupId')
    .select(['i.id', 'i.text', 'i.groupId', 'g.title as groupTitle'])
    .where('i.workshopId', '=', workshopId)
    .orderBy('g.position')
    .orderBy('i.position')
    .orderBy('i.createdAt')
    .execute();
}

/** Where a signed-in user took part: the workshop's titles and the name and organisation they gave. */
export const participationsOfUser = (db: Database, userId: string) =>
  db
    .selectFrom('workshopParticipants as p')
    .innerJoin('workshops as w', 'w.id', 'p.workshopId')
    .select([
      'p.id',
      'p.workshopId',
      'w.titleFi',
      'w.titleSv',
      'w.titleEn',
      'p.displayName',
      'p.organisationName',
      'p.consentedAt',
    ])
    .where('p.userId', '=', userId)
    .orderBy('p.createdAt')
    .execute();

/** The ideas these participants wrote, oldest first. */
export const ideasOfParticipants = (db: Database, participantIds: string[]) =>
  participantIds.length
    ? db
        .selectFrom('workshopIdeas')
        .select(['participantId', 'text', 'createdAt'])
        .where('participantId', 'in', participantIds)
        .orderBy('createdAt')
        .execute()
    : Promise.resolve([]);

/** The dots these participants gave, with the text of each idea they went to. */
export const votedIdeasOf = (db: Database, participantIds: string[]) =>
  participantIds.length
    ? db
        .selectFrom('workshopVotes as v')
        .innerJoin('workshopIdeas as i', 'i.id', 'v.ideaId')
        .select(['v.participantId', 'i.text', 'v.dots'])
        .where('v.participantId', 'in', participantIds)
        .orderBy('i.createdAt')
        .execute()
    : Promise.resolve([]);

/** The participations of the users who sign in with this e-mail address. */
export const participationsOfEmail = (db: Database, email: string) =>
  db
    .selectFrom('workshopParticipants as p')
    .innerJoin('users as u', 'u.id', 'p.userId')
    .select(['p.id', 'p.workshopId'])
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .execute();

/**
 * The most dots one participant of the workshop has given. Their rows are locked first, so no vote
 * counted against the old budget can land while the budget changes.
 */
export async function mostDotsGiven(db: Database, workshopId: string) {
  await db
    .selectFrom('workshopParticipants')
    .select('id')
    .where('workshopId', '=', workshopId)
    .forUpdate()
    .execute();
  const row = await db
    .selectFrom('workshopVotes')
    .select((eb) => eb.fn.sum<string>('dots').as('given'))
    .where('workshopId', '=', workshopId)
    .groupBy('participantId')
    .orderBy('given', 'desc')
    .limit(1)
    .executeTakeFirst();
  return Number(row?.given ?? 0);
}
