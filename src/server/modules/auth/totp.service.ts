import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { acceptTotp, newTotpSecret } from '../../auth/totp.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { ownAccount } from './account.service.js';
import type { AttemptRequest } from './sign-in.service.js';
import { updateUser } from './users.repository.js';

const SIGN_IN_FIRST = 'Sign in as a user';

/** A new secret (and its otpauth URI for an app); the factor is on only once a code confirms it. */
export async function setUpTotp(db: Database, caller: Caller) {
  const user = await ownAccount(db, caller, SIGN_IN_FIRST);
  if (user.totpEnabledAt) throw new AppError(409, 'conflict', 'The second factor is already on');
  const { secret, uri } = newTotpSecret(user.email);
  // A new secret makes the old codes worthless, so the first code of the new one may be of any step.
  await updateUser(db, user.id, { totpSecret: secret, totpLastStep: null });
  return { secret, uri };
}

/**
 * Turns the factor on or off with a current code, taken in the same statement as the change. A wrong
 * code fails the address (whose count the session's check has already looked at) and the account, like
 * a wrong code at sign-in: a stolen session cannot guess its way to turning it off.
 */
export async function switchTotp(req: AttemptRequest, caller: Caller, on: boolean, code: string) {
  const user = await ownAccount(req.db, caller, SIGN_IN_FIRST);
  const change = on ? { totpEnabledAt: req.now } : { totpEnabledAt: null, totpSecret: null };
  const account = user.email.toLowerCase();
  const wait = await req.limits.loginAccount.take(account);
  if (wait > 0) throw req.refuse(wait, 'Too many wrong codes; try again later');
  if (!(await acceptTotp(req.db, user, code, req.now, change))) {
    await req.limits.failedAuth.take(req.ip);
    throw new AppError(400, 'invalid_code', 'The code is not valid', [
      { path: 'code', message: 'Wrong, expired or already used code' },
    ]);
  }
  await req.limits.loginAccount.giveBack(account);
  const action = on ? 'totp_enable' : 'totp_disable';
  await audit(req.db, caller, { action, entity: 'users', entityId: user.id, outcome: 'ok' }, req.now);
}
