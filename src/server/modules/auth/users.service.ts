import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import { findUserByEmail, insertLoginLink, insertUser, takeLoginLink } from './users.repository.js';

export type NewUser = {
  email: string;
  displayName?: string | null;
  password?: string | null;
  isAdmin?: boolean;
};

export function checkPassword(password: string, email?: string) {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new AppError(400, 'weak_password', 'The password is not accepted', [
      { path: 'password', message: problem },
    ]);
}

export async function createUser(db: Database, input: NewUser) {
  if (input.password) checkPassword(input.password, input.email);
  return insertUser(db, {
    email: input.email.trim(),
    displayName: input.displayName ?? null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    isAdmin: input.isAdmin ?? false,
  });
}

/**
 * The account an e-mail and password sign in, or null; `user` is the account the e-mail names (for the
 * audit). Unknown e-mail, an account without a password, a disabled account and a wrong password all
 * go through one password verify of the same cost.
 */
export async function checkCredentials(
  db: Database,
  email: string,
  password: string,
  verify = verifyPassword,
) {
  const user = (await findUserByEmail(db, email)) ?? null;
  const matches = await verify(user?.passwordHash ?? null, password);
  return { user, signedIn: matches && !user?.disabledAt ? user : null };
}

/** A link that signs its holder in once, like a notebook server's token; only its hash is stored. */
export async function createLoginLink(db: Database, userId: string, now: Date, hours = 24) {
  const token = newToken();
  await insertLoginLink(db, {
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + hours * 3600_000),
  });
  return `/auth/link?token=${token}`;
}

export async function consumeLoginLink(db: Database, token: string, now: Date): Promise<string | null> {
  return (await takeLoginLink(db, hashToken(token), now)) ?? null;
}
