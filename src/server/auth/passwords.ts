import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

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

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Spent on unknown accounts too, so timing does not reveal which e-mails exist. */
let dummy: Promise<string> | undefined;
export async function burnPasswordTime(password: string) {
  dummy ??= hashPassword('solmu-timing-equaliser');
  await verifyPassword(await dummy, password);
}
