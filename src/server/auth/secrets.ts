import crypto from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, API tokens, login links. */
export const newToken = (prefix = '') => prefix + crypto.randomBytes(32).toString('base64url');

/** Only hashes are stored: a database leak does not hand out live sessions or tokens. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
