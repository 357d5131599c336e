/**
 * A signed-in person's workshop participations for their data rights: what their own data export shows
 * (the workshop, the name they chose, their ideas and dots) and the erasure of a person, which takes
 * the participations of the account with the same e-mail address with it.
 */
import type { Database } from '../../db/database.js';
import * as people from './participants.repository.js';
import { erased } from './workshops.service.js';
import { streamedWrite } from './workshops.stream.js';

/** The workshops a user took part in while signed in, with their own ideas and votes. */
export async function participationsOfUser(db: Database, userId: string) {
  const rows = await people.participationsOfUser(db, userId);
  const ids = rows.map((r) => r.id);
  const [ideas, votes] = await Promise.all([
    people.ideasOfParticipants(db, ids),
    people.votedIdeasOf(db, ids),
  ]);
  return rows.map(({ id, workshopId, ...row }) => ({
    workshopId,
    ...row,
    ideas: ideas.filter((i) => i.participantId === id).map(({ text, createdAt }) => ({ text, createdAt })),
    votes: votes.filter((v) => v.participantId === id).map(({ text, dots }) => ({ text, dots })),
  }));
}

export type Participation = Awaited<ReturnType<typeof participationsOfUser>>[number];

/** Erases, as the participant's own erasure does, every participation of the account with this e-mail. */
export async function eraseParticipationsOfEmail(db: Database, email: string | null) {
  if (!email) return;
  await streamedWrite(db, async (trx, emit) => {
    for (const p of await people.participationsOfEmail(trx, email))
      await erased(trx, emit, p.workshopId, p.id);
  });
}
