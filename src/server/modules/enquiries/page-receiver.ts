import type { Database } from '../../db/database.js';
import { pageOwner } from './enquiries.repository.js';
import type { Lang } from './form-words.js';

/** The role addresses of a page's contacts (a page keeps them as validated `publicContact`s). */
export const contactAddresses = (contacts: unknown): string[] =>
  Array.isArray(contacts)
    ? contacts
        .map((c: unknown) => (c && typeof c === 'object' ? (c as { email?: unknown }).email : undefined))
        .filter((e): e is string => typeof e === 'string' && e.includes('@'))
    : [];

/**
 * Who receives a page's enquiries, as the privacy notice names them: the page's workspace (the town's,
 * ecosystem's or network's organisation) in the page's language; and where to ask about one's data.
 */
export async function pageReceiver(db: Database, publicPageId: string, lang: Lang) {
  const owner = await pageOwner(db, publicPageId);
  const names = { fi: owner?.nameFi, sv: owner?.nameSv, en: owner?.nameEn };
  return {
    name: names[lang] ?? owner?.nameFi ?? '',
    askAddress: contactAddresses(owner?.contacts)[0] ?? null,
  };
}
