/**
 * An investor's enquiry from a public page (issue 17): checked against spam, then in one transaction the
 * enquiry, the investor's organisation and person as private records of the page's workspace and a card
 * at the first stage of its contact pipeline; then the town hears of it by mail.
 */
import { ENQUIRY_RETENTION_MONTHS, enquiryInput, type EnquiryInput } from '../../../domain/public-pages.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { enquiryNoticeMail } from '../../mail/enquiry-notice.js';
import type { Mailer } from '../../mail/mailer.js';
import { isUuid } from '../../resources/repository.js';
import { FIRST_CONTACT_DAYS } from '../connect/connect.checks.js';
import { dueWindow } from '../pipeline/due-window.js';
import { emitWebhookEvent } from '../webhooks/webhooks.events.js';
import * as repo from './enquiries.repository.js';
import { checkForm, type Checked, type FormGate } from './form-checks.js';
import { leadTexts } from './lead-words.js';
import { contactAddresses } from './page-receiver.js';

const LANGS = ['fi', 'sv', 'en'] as const;
const langOf = (v: unknown) => LANGS.find((l) => l === v) ?? 'fi';

/** A published page's address in a language: where the investor is sent back to. */
export const pageAddress = (lang: string, path: string) => `/${lang}/invest/${path}`;

/** The day `months` after a YYYY-MM-DD day. */
export function monthsAfter(day: string, months: number) {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

type Lead = { enquiryId: string; contactId: string; organisationId: string; personId: string };

/** The investor's organisation: the workspace's own one of that name, else a new private record. */
async function organisationFor(trx: Database, workspaceId: string, name: string) {
  const existing = await repo.organisationNamed(trx, workspaceId, name);
  return existing ?? (await repo.insertOrganisation(trx, workspaceId, name));
}

/** The enquiry and its lead, all or nothing, audited (ids only: the rest is personal data). */
export function storeEnquiry(db: Database, page: repo.PublishedPage, input: EnquiryInput, now: Date) {
  const pageUrl = pageAddress(input.lang, page.path);
  const texts = leadTexts(input, pageUrl);
  const { today, until } = dueWindow(now, FIRST_CONTACT_DAYS);
  const workspaceId = page.workspaceId;
  return inTransaction(db, async (trx): Promise<Lead> => {
    const organisation = await organisationFor(trx, workspaceId, input.organisationName);
    const person = await repo.insertPerson(trx, {
      workspaceId,
      fullName: input.contactName,
      email: input.email,
      phone: input.phone ?? null,
      purpose: texts.purpose,
      source: texts.source,
      collectedOn: today,
      retainUntil: monthsAfter(today, ENQUIRY_RETENTION_MONTHS),
    });
    const contact = await repo.insertContact(trx, {
      workspaceId,
      organisationId: organisation.id,
      personId: person.id,
      reason: texts.reason,
      nextStep: texts.nextStep,
      nextStepOn: until,
    });
    const enquiry = await repo.insertEnquiry(trx, {
      workspaceId,
      publicPageId: page.id,
      pageUrl,
      lang: input.lang,
      lookingFor: input.lookingFor,
      investmentSize: input.investmentSize,
      timeline: input.timeline,
      organisationName: input.organisationName,
      contactName: input.contactName,
      email: input.email,
      phone: input.phone ?? null,
      consentAt: now,
      contactId: contact.id,
      receivedAt: now,
    });
    const lead = {
      enquiryId: enquiry.id,
      contactId: contact.id,
      organisationId: organisation.id,
      personId: person.id,
    };
    await audit(
      trx,
      null,
      {
        action: 'create',
        entity: 'enquiries',
        entityId: enquiry.id,
        workspaceId,
        outcome: 'ok',
        detail: { ...lead, publicPageId: page.id, by: 'public form' },
      },
      now,
    );
    // Ids only: the enquirer's name and address stay in Solmu, read with the receiver's own token.
    await emitWebhookEvent(
      trx,
      {
        type: 'enquiry.received',
        workspaceId,
        data: {
          id: enquiry.id,
          resource: 'enquiries',
          url: `/api/v1/contacts/${contact.id}`,
          contactId: contact.id,
          organisationId: organisation.id,
          publicPageId: page.id,
        },
      },
      now,
    );
    return lead;
  });
}

/**
 * Who hears of a page's enquiries: the page's contacts by role (the business services the page tells
 * investors to write to), else the editors of the page's workspace, so an enquiry never goes unheard.
 */
async function recipients(db: Database, page: repo.PublishedPage) {
  const roles = contactAddresses(page.contacts);
  if (roles.length > 0) return [...new Set(roles)];
  return (await repo.editorAddresses(db, page.workspaceId)).map((u) => u.email);
}

/** One mail per recipient (no one sees the others' addresses); a mail that fails is not retried. */
async function notify(
  db: Database,
  mailer: Mailer,
  page: repo.PublishedPage,
  input: EnquiryInput,
  lead: Lead,
) {
  const texts = leadTexts(input, pageAddress(input.lang, page.path));
  for (const to of await recipients(db, page)) {
    await mailer.send(
      enquiryNoticeMail({
        to,
        language: input.lang,
        pageUrl: mailer.absolute(pageAddress(input.lang, page.path)),
        cardUrl: mailer.absolute(`/${input.lang}/contacts/${lead.contactId}`),
        organisationName: input.organisationName,
        contactName: input.contactName,
        email: input.email,
        phone: input.phone ?? null,
        lookingFor: input.lookingFor,
        size: texts.size,
        timeline: texts.timeline,
      }),
    );
  }
}

export type EnquiryOutcome = { pageUrl: string; checked: Checked<EnquiryInput>; lead?: Lead };

/**
 * An enquiry as the form (or a JSON client) sends it. Only a published page takes enquiries; another id
 * is "not found". The answer says where to send the investor back to and what happened.
 */
export async function receiveEnquiry(
  db: Database,
  mailer: Mailer | undefined,
  fields: Record<string, unknown>,
  gate: FormGate,
): Promise<EnquiryOutcome> {
  const id = fields.publicPageId;
  const page = typeof id === 'string' && isUuid(id) ? await repo.publishedPage(db, id) : undefined;
  if (!page) throw notFound('Page');
  const pageUrl = pageAddress(langOf(fields.lang), page.path);
  const checked = await checkForm(db, enquiryInput, fields, (input) => input.publicPageId, gate);
  if (checked.kind !== 'ok') return { pageUrl, checked };
  const lead = await storeEnquiry(db, page, checked.input, gate.now);
  if (mailer) await notify(db, mailer, page, checked.input, lead);
  return { pageUrl, checked, lead };
}
