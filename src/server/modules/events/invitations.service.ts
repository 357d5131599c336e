/**
 * Calendar invitations per participant (issue 15): one .ics for a participant with a person's e-mail
 * address (METHOD:REQUEST, the event's organiser, that person as the one attendee, the calendar
 * export's UID, a sequence that grows as the event changes), and "send the invitations": the same file
 * mailed to each such participant through the mail module. Addresses are never logged or audited; the
 * audit keeps counts.
 */
import { writeInvitation, type CalendarPerson } from '../../../formats/writers/index.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { eventInvitationMail, type Language } from '../../mail/event-invitation.js';
import type { Mailer } from '../../mail/mailer.js';
import { calendarEvent } from '../exports/exports.presenter.js';
import { visibleEvents, type EventRow } from '../exports/exports.repository.js';
import * as repo from './invitations.repository.js';

/** Without a mail server replies have nowhere to go: the reserved .invalid domain says so. */
const NO_REPLY = 'noreply@solmu.invalid';

export type Skip = { participantId: string; reason: 'no_email' | 'send_failed' | 'no_mail_server' };

/** Seconds from the event's creation to its last change: grows with every change, as SEQUENCE must. */
const sequenceOf = (e: EventRow) =>
  Math.max(0, Math.floor((new Date(e.updatedAt).getTime() - new Date(e.createdAt).getTime()) / 1000));

/** The text in the language, or in Finnish when it has none. */
const inLanguage = (lang: Language, fi: string, sv: string | null, en: string | null) =>
  (lang === 'sv' ? sv : lang === 'en' ? en : null) || fi;

async function visibleEvent(db: Database, caller: Caller, eventId: string) {
  const [event] = await visibleEvents(db, caller, { eventId });
  if (!event) throw notFound('Event');
  return event;
}

async function organizer(db: Database, caller: Caller, eventId: string, lang: Language, from?: string) {
  const org = await repo.organiserName(db, caller, eventId);
  return {
    name: org ? inLanguage(lang, org.nameFi, org.nameSv, org.nameEn) : 'Solmu',
    email: from ?? NO_REPLY,
  };
}

type Invitee = { participant: repo.ParticipantRow; attendee: CalendarPerson | null };

/** The participants (all visible, or the ones named) with their person's name and address, if any. */
async function invitees(db: Database, caller: Caller, eventId: string, ids?: readonly string[]) {
  const participants = await repo.visibleParticipants(db, caller, eventId, ids);
  const people = await repo.visiblePeople(
    db,
    caller,
    participants.flatMap((p) => (p.personId ? [p.personId] : [])),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  return participants.map((participant): Invitee => {
    const person = participant.personId ? byId.get(participant.personId) : undefined;
    return {
      participant,
      attendee: person?.email ? { name: person.fullName ?? person.email, email: person.email } : null,
    };
  });
}

function invitationText(
  event: EventRow,
  organiser: CalendarPerson,
  attendee: CalendarPerson,
  lang: Language,
) {
  return writeInvitation(calendarEvent(event, lang), {
    language: lang,
    organizer: organiser,
    attendee,
    sequence: sequenceOf(event),
  });
}

/** The .ics of one participant's invitation; a participant without a person's address cannot be invited. */
export async function invitationFile(
  db: Database,
  caller: Caller,
  input: { eventId: string; participantId: string; language: Language; from?: string },
) {
  const event = await visibleEvent(db, caller, input.eventId);
  const [invitee] = await invitees(db, caller, input.eventId, [input.participantId]);
  if (!invitee) throw notFound('Event participant');
  if (!invitee.attendee)
    throw new AppError(422, 'no_email', 'This participant has no person with an e-mail address to invite');
  if (invitee.participant.personId)
    await audit(db, caller, {
      action: 'invitation.file',
      entity: 'events',
      entityId: event.id,
      outcome: 'ok',
    });
  const from = await organizer(db, caller, event.id, input.language, input.from);
  return invitationText(event, from, invitee.attendee, input.language);
}

/** Mails each participant (all visible, or the ones named) with a person's address their invitation. */
export async function sendEventInvitations(
  db: Database,
  caller: Caller,
  mailer: Mailer | undefined,
  input: { eventId: string; participantIds?: string[]; language: Language },
) {
  const event = await visibleEvent(db, caller, input.eventId);
  const { workspaceId } = await db
    .selectFrom('events')
    .select('workspaceId')
    .where('id', '=', event.id)
    .executeTakeFirstOrThrow();
  if (!canWrite(caller, workspaceId)) {
    await audit(db, caller, {
      action: 'invitation.send',
      entity: 'events',
      entityId: event.id,
      outcome: 'denied',
    });
    throw new AppError(403, 'forbidden', "Only the event's editors send its invitations");
  }
  const from = await organizer(db, caller, event.id, input.language, mailer?.fromAddress);
  const skipped: Skip[] = [];
  let sent = 0;
  for (const { participant, attendee } of await invitees(db, caller, event.id, input.participantIds)) {
    if (!attendee) skipped.push({ participantId: participant.id, reason: 'no_email' });
    else if (!mailer) skipped.push({ participantId: participant.id, reason: 'no_mail_server' });
    else if (await mailer.send(mailOf(event, from, attendee, input.language, mailer))) sent++;
    else skipped.push({ participantId: participant.id, reason: 'send_failed' });
  }
  await audit(db, caller, {
    action: 'invitation.send',
    entity: 'events',
    entityId: event.id,
    workspaceId,
    outcome: 'ok',
    detail: { sent, skipped: skipped.length },
  });
  return { sent, skipped };
}

function mailOf(
  event: EventRow,
  from: CalendarPerson,
  attendee: CalendarPerson,
  lang: Language,
  mailer: Mailer,
) {
  return eventInvitationMail({
    to: attendee.email,
    language: lang,
    title: inLanguage(lang, event.titleFi, event.titleSv, event.titleEn),
    startsAt: new Date(event.startsAt),
    url: mailer.absolute(`/${lang}/events/${event.id}`),
    calendar: invitationText(event, from, attendee, lang),
  });
}
