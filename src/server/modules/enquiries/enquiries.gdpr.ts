/**
 * An enquirer's data rights (issue 17): the enquiries a person's workspace received from their e-mail
 * address are in the person's export and erased with them (another workspace's stay: its editors answer
 * for them); so is their address on accessibility feedback (in the export only for an admin, who reads
 * feedback). Both are erased when the retention the privacy notice promised ends.
 */
import { ENQUIRY_RETENTION_MONTHS } from '../../../domain/public-pages.js';
import { helsinkiDay } from '../../../domain/helsinki-time.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { monthsAfter } from './enquiries.service.js';
import * as repo from './enquiries.repository.js';

type Subject = { workspaceId: string; email: string | null };

export async function enquiriesOf(db: Database, { workspaceId, email }: Subject, withFeedback: boolean) {
  if (!email) return { enquiries: [], accessibilityFeedback: [] };
  const [enquiries, accessibilityFeedback] = await Promise.all([
    repo.enquiriesOfEmail(db, workspaceId, email),
    withFeedback ? repo.feedbackOfEmail(db, email) : [],
  ]);
  return { enquiries, accessibilityFeedback };
}

export async function eraseEnquiriesOf(db: Database, { workspaceId, email }: Subject) {
  if (email) await repo.eraseEnquiriesOfEmail(db, workspaceId, email);
}

/** Erases what is past the retention; returns how many enquiries went. Run by the server's retention job. */
export async function eraseEnquiriesPastRetention(db: Database, now: Date): Promise<number> {
  const cutoff = new Date(`${monthsAfter(helsinkiDay(now), -ENQUIRY_RETENTION_MONTHS)}T00:00:00Z`);
  return inTransaction(db, async (trx) => {
    const erased = await repo.erasePastRetention(trx, cutoff);
    if (erased.enquiries + erased.feedback > 0)
      await audit(
        trx,
        null,
        { action: 'erase', entity: 'enquiries', outcome: 'ok', detail: { ...erased, by: 'retention' } },
        now,
      );
    return erased.enquiries;
  });
}
