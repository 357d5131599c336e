import { z } from 'zod';
import { id, isoDate, text } from './common.js';

/** What a public "Invest in" page stands for: a town, an ecosystem or a network. */
export const PUBLIC_PAGE_KINDS = ['municipality', 'ecosystem', 'network'] as const;
export type PublicPageKind = (typeof PUBLIC_PAGE_KINDS)[number];

/** A page's address after `/{lang}/invest/`: a town or network (`savonlinna`), an ecosystem under its town. */
export const publicPagePath = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/,
    'Lower-case words joined by dashes; one slash at most',
  );

const languageTexts = (max: number) =>
  z.object({
    fi: text.trim().min(1).max(max),
    sv: text.trim().max(max).optional(),
    en: text.trim().max(max).optional(),
  });

const email = text.trim().pipe(z.email().max(254));
const phone = text
  .trim()
  .regex(/^\+?[0-9 ()-]{5,40}$/, 'A phone number of digits, spaces, dashes and an optional +');

/**
 * A contact on a public page, by role: a role address (yritysneuvonta@…), never a private person's details
 * unless that person agreed; the date of their consent is kept beside their name.
 */
export const publicContact = z
  .object({
    role: languageTexts(120),
    email,
    phone: phone.optional(),
    personName: text.trim().min(1).max(120).optional(),
    personConsentOn: isoDate.optional(),
  })
  .refine((c) => c.personName === undefined || c.personConsentOn !== undefined, {
    message: 'A person is named on a public page only with the date of their consent',
    path: ['personConsentOn'],
  });
export type PublicContact = z.infer<typeof publicContact>;

/** How much an investor means to invest, and when: the enquiry form's choices. */
export const INVESTMENT_SIZES = ['under_1m', '1m_10m', 'over_10m', 'not_known'] as const;
export const ENQUIRY_TIMELINES = ['within_6_months', 'within_year', 'later', 'not_known'] as const;

/**
 * An investor's enquiry as the public page's form sends it (form fields carry these names). `website` is
 * the honeypot a person never fills; `formToken` says when the form was served (the time check).
 */
export const enquiryInput = z.object({
  publicPageId: id,
  lang: z.enum(['fi', 'sv', 'en']),
  lookingFor: text.trim().min(1).max(2000),
  investmentSize: z.enum(INVESTMENT_SIZES),
  timeline: z.enum(ENQUIRY_TIMELINES),
  // Required: the lead in the pipeline is a card of an organisation (a private investor names themselves).
  organisationName: text.trim().min(1).max(200),
  contactName: text.trim().min(1).max(200),
  email,
  phone: phone.optional(),
  consent: z.literal('yes'),
  website: z.string().max(0).optional(),
  formToken: z.string().min(1).max(200),
});
export type EnquiryInput = z.infer<typeof enquiryInput>;

/** Feedback on a public page's accessibility, as the statement's form sends it. */
export const feedbackInput = z.object({
  lang: z.enum(['fi', 'sv', 'en']),
  pageUrl: text.trim().min(1).max(500),
  message: text.trim().min(1).max(5000),
  email: email.optional(),
  website: z.string().max(0).optional(),
  formToken: z.string().min(1).max(200),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

/** How long an enquiry and its enquirer's details are kept (the privacy notice says so), in months. */
export const ENQUIRY_RETENTION_MONTHS = 24;
