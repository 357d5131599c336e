import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { newToken } from './secrets.js';

// OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane.
// (The package's Algorithm enum is a const enum; 2 is Argon2id.)
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 12;

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Why a password is refused, or null. The list holds ~49,000 leaked passwords. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `At least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'At most 256 characters';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'This password is on a list of common passwords';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return 'The password must not contain your e-mail name';
  if (/^(.)\1+$/.test(password)) return 'The password must not repeat one character';
  return null;
}

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** Argon2id's verify; a parameter so that tests can count the work done. */
export type VerifyHash = (hash: string, password: string) => Promise<boolean>;

/**
 * A hash of a random password with the same parameters as every stored one, made once per process. An
 * account without a password (or no account at all) is checked against it, so that it costs what a
 * wrong password costs.
 */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword(newToken()));

/**
 * Whether `password` matches `stored`. Always one Argon2id verify of the same cost — against `stored`,
 * or the dummy hash when there is none — so the answer's timing does not tell an unknown e-mail, an
 * account that signs in by link only and a wrong password apart.
 */
export function passwordVerifier(verifyHash: VerifyHash = verify) {
  return async (stored: string | null | undefined, password: string): Promise<boolean> => {
    try {
      const matches = await verifyHash(stored || (await dummyHash()), password);
      return matches && Boolean(stored);
    } catch {
      return false;
    }
  };
}

export const verifyPassword = passwordVerifier();
