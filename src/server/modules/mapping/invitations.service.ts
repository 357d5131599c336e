/**
 * Invitations and reminders of a round. Each goes with a fresh personal link (only hashes are kept, so an
 * old link cannot be sent again; the new one replaces it). With SMTP configured the mails go out; without
 * it, or for a respondent without an address, the links come back to copy. A reminder skips those who
 * have submitted. Addresses never leave this module but to the mail server.
 */
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { Mailer } from '../../mail/mailer.js';
import { invitationMail, type InvitationKind } from '../../mail/round-invitation.js';
import { roundClosed } from './answers.service.js';
import * as repo from './respondents.repository.js';
import { freshLink, type Language } from './respondents.service.js';
import type { RoundRow } from './rounds.repository.js';
import { writableRound } from './rounds.service.js';

type Skip = { id: string; reason: 'submitted' | 'no_email' | 'send_failed' };
type Target = Awaited<ReturnType<typeof repo.addressesOf>>[number];

const roundName = (round: RoundRow, language: Language) =>
  (language === 'sv' ? round.nameSv : language === 'en' ? round.nameEn : null) ?? round.nameFi;

/** The round (writable, open) and the respondents asked for; an id not of this round is refused. */
async function targetsOf(
  db: Database,
  caller: Caller,
  roundId: string,
  ids: string[] | undefined,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const round = await writableRound(trx, caller, roundId, 'invite');
    if (roundClosed(round, now)) throw new AppError(409, 'round_closed', 'The round has closed');
    const targets = await repo.addressesOf(trx, roundId, ids);
    const found = new Set(targets.map((t) => t.id));
    const unknown = (ids ?? []).flatMap((id, i) =>
      found.has(id) ? [] : [{ path: `respondentIds.${i}`, message: 'Not a respondent of this round' }],
    );
    if (unknown.length)
      throw new AppError(422, 'unknown_respondents', 'Some respondents are not of this round', unknown);
    return { round, targets };
  });
}

async function renew(db: Database, t: Target, round: RoundRow, actor: string) {
  const fresh = freshLink(t.language, round.closesOn);
  await repo.setLink(db, t.id, fresh.hash, fresh.expiresAt, actor);
  return fresh.link;
}

export async function sendInvitations(
  db: Database,
  caller: Caller,
  mailer: Mailer | undefined,
  roundId: string,
  body: { respondentIds?: string[]; kind: InvitationKind },
  now: Date,
) {
  const { round, targets } = await targetsOf(db, caller, roundId, body.respondentIds, now);
  let sent = 0;
  const skipped: Skip[] = [];
  const links: { respondentId: string; url: string }[] = [];
  for (const t of targets) {
    if (body.kind === 'reminder' && t.submittedAt) {
      skipped.push({ id: t.id, reason: 'submitted' });
      continue;
    }
    const link = await renew(db, t, round, caller.label);
    const language = t.language as Language;
    if (mailer && t.email) {
      const mail = invitationMail({
        to: t.email,
        language,
        kind: body.kind,
        roundName: roundName(round, language),
        closesOn: round.closesOn,
        url: mailer.absolute(link.url),
      });
      if (await mailer.send(mail)) {
        sent++;
        if (body.kind === 'reminder') await repo.markReminded(db, t.id, now);
        continue;
      }
      skipped.push({ id: t.id, reason: 'send_failed' });
    } else if (mailer) skipped.push({ id: t.id, reason: 'no_email' });
    links.push({ respondentId: t.id, url: link.url });
  }
  await audit(
    db,
    caller,
    {
      action: body.kind,
      entity: 'mapping-rounds',
      entityId: roundId,
      workspaceId: round.workspaceId,
      outcome: 'ok',
      detail: { sent, skipped: skipped.length, links: links.length },
    },
    now,
  );
  return { sent, skipped, links };
}
