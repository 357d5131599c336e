import { Secret, TOTP } from 'otpauth';
import type { Database } from '../db/database.js';

const PERIOD_SECONDS = 30;

const totpFor = (secret: string, label = 'Solmu') =>
  new TOTP({
    issuer: 'Solmu',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

export function newTotpSecret(label: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/** The time step a code belongs to: the current one or one either side, for clocks that drift. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Accepts a code once. One UPDATE takes the code's step only when it is later than the last accepted
 * one, so a code seen over a shoulder, or sent twice at the same moment, passes once. `also` is
 * written in the same statement (turning the factor on or off happens only with the code taken).
 */
export async function acceptTotp(
  db: Database,
  user: { id?: unknown; totpSecret?: unknown },
  code: string,
  now: Date,
  also: Record<string, unknown> = {},
): Promise<boolean> {
  const step = user.totpSecret ? totpStep(String(user.totpSecret), code, now) : null;
  if (step === null) return false;
  const taken = await db
    .updateTable('users')
    .set({ ...also, totpLastStep: step })
    .where('id', '=', String(user.id))
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return taken !== undefined;
}

export function totpCode(secret: string, now: Date): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}
