/**
 * The time check of the public forms: a form carries the time it was served, signed with the server's
 * own key, so a bot cannot send it faster than a person types or forge an older one. The key is made on
 * first use and kept in the database (every instance signs and checks with the same one).
 */
import crypto from 'node:crypto';
import { safeEqual } from '../../auth/secrets.js';
import type { Database } from '../../db/database.js';
import { formSecret } from './enquiries.repository.js';

/** A person needs more than this to read and fill a form; a bot does not. */
export const TOO_FAST_MS = 3_000;
/** A form served longer ago than this is stale (and its token may have been harvested). */
export const EXPIRES_MS = 24 * 3600_000;

export type TokenCheck = 'ok' | 'too_fast' | 'expired' | 'forged';

const keys = new WeakMap<Database, Promise<Buffer>>();

const keyOf = (db: Database) => {
  let key = keys.get(db);
  if (!key) {
    key = formSecret(db, 'form-token');
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
};

const mac = (key: Buffer, purpose: string, issued: string) =>
  crypto.createHmac('sha256', key).update(`${purpose}:${issued}`).digest('base64url');

/** A token for a form of `purpose` (a page's id, or "feedback") served at `now`. */
export async function formToken(db: Database, purpose: string, now: Date): Promise<string> {
  const issued = now.getTime().toString(36);
  return `${issued}.${mac(await keyOf(db), purpose, issued)}`;
}

/** Whether the form was served by this server for `purpose`, and long enough but not too long ago. */
export async function checkFormToken(
  db: Database,
  purpose: string,
  token: string,
  now: Date,
): Promise<TokenCheck> {
  const [issued, signature, ...rest] = token.split('.');
  if (!issued || !signature || rest.length > 0) return 'forged';
  if (!safeEqual(signature, mac(await keyOf(db), purpose, issued))) return 'forged';
  const age = now.getTime() - parseInt(issued, 36);
  if (age < TOO_FAST_MS) return 'too_fast';
  return age > EXPIRES_MS ? 'expired' : 'ok';
}
