import crypto from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';

/** A server secret by name, made (256 random bits) the first time any instance asks for it. */
export async function formSecret(db: Database, name: string): Promise<Buffer> {
  await db
    .insertInto('serverSecrets')
    .values({ name, value: crypto.randomBytes(32) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('serverSecrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

/** A published page: where its enquiries go (its workspace) and who hears of them (its contacts). */
export const publishedPage = (db: Database, id: string) =>
  db
    .selectFrom('publicPages')
    .select(['id', 'workspaceId', 'path', 'contacts'])
    .where('id', '=', id)
    .where('publishedAt', 'is not', null)
    .executeTakeFirst();

export type PublishedPage = NonNullable<Awaited<ReturnType<typeof publishedPage>>>;

/** The workspace's own organisation of this name (any case), to add the lead to rather than doubling it. */
export const organisationNamed = (db: Database, workspaceId: string, name: string) =>
  db
    .selectFrom('organisations')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['nameFi']), '=', name.toLowerCase()))
    .orderBy('createdAt')
    .limit(1)
    .executeTakeFirst();

const BY = 'enquiry form';

export const insertOrganisation = (db: Database, workspaceId: string, name: string) =>
  db
    .insertInto('organisations')
    .values({
      workspaceId,
      nameFi: name,
      kind: 'company',
      visibility: 'private',
      createdBy: BY,
      updatedBy: BY,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export type NewPerson = {
  workspaceId: string;
  fullName: string;
  email: string;
  phone: string | null;
  purpose: string;
  source: string;
  collectedOn: string;
  retainUntil: string;
};

/** The enquirer: personal data given with consent, told of its use by the form's privacy notice. */
export const insertPerson = (db: Database, p: NewPerson) =>
  db
    .insertInto('people')
    .values({
      ...p,
      visibility: 'private',
      lawfulBasis: 'consent',
      informedOn: p.collectedOn,
      createdBy: BY,
      updatedBy: BY,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export type NewContact = {
  workspaceId: string;
  organisationId: string;
  personId: string;
  reason: string;
  nextStep: string;
  nextStepOn: string;
};

/** A card at the pipeline's first stage, without an owner until someone takes it. */
export const insertContact = (db: Database, c: NewContact) =>
  db
    .insertInto('contacts')
    .values({ ...c, stage: 'to_contact', visibility: 'private', createdBy: BY, updatedBy: BY })
    .returning('id')
    .executeTakeFirstOrThrow();

export type NewEnquiry = {
  workspaceId: string;
  publicPageId: string;
  pageUrl: string;
  lang: string;
  lookingFor: string;
  investmentSize: string;
  timeline: string;
  organisationName: string;
  contactName: string;
  email: string;
  phone: string | null;
  consentAt: Date;
  contactId: string;
  receivedAt: Date;
};

export const insertEnquiry = (db: Database, e: NewEnquiry) =>
  db.insertInto('enquiries').values(e).returning('id').executeTakeFirstOrThrow();

/** The addresses of the workspace's editors who can sign in (never logged). */
export const editorAddresses = (db: Database, workspaceId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select('u.email')
    .where('m.workspaceId', '=', workspaceId)
    .where('m.role', '=', 'editor')
    .where('u.disabledAt', 'is', null)
    .orderBy('u.email')
    .execute();

/** The page's workspace's names (who receives an enquiry) and the page's contacts. */
export const pageOwner = (db: Database, publicPageId: string) =>
  db
    .selectFrom('publicPages as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspaceId')
    .select(['w.nameFi', 'w.nameSv', 'w.nameEn', 'p.contacts'])
    .where('p.id', '=', publicPageId)
    .executeTakeFirst();

const sameAddress = (email: string) => (eb: ExpressionBuilder<DB, 'enquiries' | 'accessibilityFeedback'>) =>
  eb(eb.fn('lower', ['email']), '=', email.toLowerCase());

/** The enquiries a workspace received from an e-mail address. */
export const enquiriesOfEmail = (db: Database, workspaceId: string, email: string) =>
  db
    .selectFrom('enquiries')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where(sameAddress(email))
    .orderBy('receivedAt')
    .execute();

/** The accessibility feedback sent from an e-mail address (the installation's, read by its admins). */
export const feedbackOfEmail = (db: Database, email: string) =>
  db
    .selectFrom('accessibilityFeedback')
    .selectAll()
    .where(sameAddress(email))
    .orderBy('receivedAt')
    .execute();

/** Erases the enquiries a workspace received from an address, and the address from feedback (its words stay). */
export async function eraseEnquiriesOfEmail(db: Database, workspaceId: string, email: string) {
  await db.deleteFrom('enquiries').where('workspaceId', '=', workspaceId).where(sameAddress(email)).execute();
  await db.updateTable('accessibilityFeedback').set({ email: null }).where(sameAddress(email)).execute();
}

/** Enquiries received before `before` go; feedback keeps its words and loses its address. */
export async function erasePastRetention(db: Database, before: Date) {
  const gone = await db.deleteFrom('enquiries').where('receivedAt', '<', before).executeTakeFirst();
  const emptied = await db
    .updateTable('accessibilityFeedback')
    .set({ email: null })
    .where('receivedAt', '<', before)
    .where('email', 'is not', null)
    .executeTakeFirst();
  return { enquiries: Number(gone.numDeletedRows), feedback: Number(emptied.numUpdatedRows) };
}
