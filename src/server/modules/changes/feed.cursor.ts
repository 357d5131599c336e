import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';

/**
 * A place in the change log: the transaction and position of the last change read (or, for a start
 * cursor, the oldest transaction that may still be running, at position 0), in the log of one epoch,
 * for one resource or for any (a start cursor).
 */
export type FeedKey = { epoch: string; resource: string | null; txid: string; position: number };

const VERSION = 'c1';
const DIGITS = /^\d{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A short digest that tells a cursor copied whole from one cut or edited by hand; not a secret. */
const check = (body: string) => createHash('sha256').update(body).digest('base64url').slice(0, 10);

export function encodeFeedCursor(key: FeedKey): string {
  const body = [VERSION, key.epoch, key.resource ?? '', key.txid, String(key.position)].join('.');
  return Buffer.from(`${body}.${check(body)}`).toString('base64url');
}

const invalid = () =>
  new AppError(400, 'invalid_cursor', 'The cursor is not valid', [
    {
      path: 'cursor',
      message: 'Use nextCursor as given, or a start cursor from GET /api/v1/changes/cursor',
    },
  ]);

export function decodeFeedCursor(cursor: string): FeedKey {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = text.split('.');
  if (parts.length !== 6) throw invalid();
  const [version, epoch = '', resource = '', txid = '', position = '', digest] = parts;
  const body = parts.slice(0, 5).join('.');
  const wellFormed =
    version === VERSION &&
    UUID.test(epoch) &&
    /^[a-z-]{0,40}$/.test(resource) &&
    DIGITS.test(txid) &&
    DIGITS.test(position) &&
    Number.isSafeInteger(Number(position));
  if (!wellFormed || digest !== check(body)) throw invalid();
  return { epoch, resource: resource || null, txid, position: Number(position) };
}
