import type { Database } from '../../db/database.js';

export type NewFeedback = {
  pageUrl: string;
  lang: string;
  message: string;
  email: string | null;
  receivedAt: Date;
};

export const insertFeedback = (db: Database, f: NewFeedback) =>
  db.insertInto('accessibilityFeedback').values(f).returning('id').executeTakeFirstOrThrow();

/** Feedback newest first; the unhandled only when asked. */
export function listFeedback(db: Database, q: { unhandled: boolean; limit: number }) {
  let query = db.selectFrom('accessibilityFeedback').selectAll().orderBy('receivedAt', 'desc').orderBy('id');
  if (q.unhandled) query = query.where('handledAt', 'is', null);
  return query.limit(q.limit).execute();
}

export type FeedbackRow = Awaited<ReturnType<typeof listFeedback>>[number];

export const markHandled = (db: Database, id: string, at: Date | null) =>
  db
    .updateTable('accessibilityFeedback')
    .set({ handledAt: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** The addresses of the installation's admins who can sign in (never logged). */
export const adminAddresses = (db: Database) =>
  db
    .selectFrom('users')
    .select('email')
    .where('isAdmin', '=', true)
    .where('disabledAt', 'is', null)
    .orderBy('email')
    .execute();
