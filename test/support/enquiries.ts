import type { App } from '../../src/server/app.js';
import type { Database } from '../../src/server/db/database.js';
import { enquiryForm } from '../../src/server/modules/enquiries/enquiry-form.js';
import { feedbackForm } from '../../src/server/modules/enquiries/feedback-form.js';

/** A town's public page (Savonlinna's), published unless told otherwise, in its own workspace. */
export async function publicPage(
  db: Database,
  o: {
    workspaceId: string;
    path: string;
    published?: boolean;
    contacts?: object[];
    municipalityCode?: string;
  },
) {
  const row = await db
    .insertInto('publicPages')
    .values({
      workspaceId: o.workspaceId,
      path: o.path,
      municipalityCode: o.municipalityCode ?? '740',
      contacts: JSON.stringify(o.contacts ?? []),
      publishedAt: o.published === false ? null : new Date('2026-12-01T10:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The signed time in a rendered form's hidden field. */
export const tokenIn = (markup: string) => /name="formToken" value="([^"]+)"/.exec(markup)?.[1] ?? '';

export async function enquiryToken(db: Database, publicPageId: string, servedAt: Date) {
  const markup = await enquiryForm(db, { lang: 'en', publicPageId, pageUrl: '/en/invest/x', now: servedAt });
  return tokenIn(String(markup));
}

export async function feedbackToken(db: Database, servedAt: Date) {
  return tokenIn(String(await feedbackForm(db, { lang: 'fi', pageUrl: '/fi/invest', now: servedAt })));
}

/** A browser's form post: urlencoded, same origin, from a client address. */
export function postForm(
  app: App,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}
