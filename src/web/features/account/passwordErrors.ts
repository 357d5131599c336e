import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordErrors = { currentPassword?: string; newPassword?: string; repeat?: string };

/** Checks that need no server: length and the repeat; the server applies its full rules again. */
export function checkNewPassword(t: TFunction, newPassword: string, repeat: string): PasswordErrors {
  if (newPassword.length < MIN_PASSWORD_LENGTH)
    return { newPassword: t('account.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) };
  if (newPassword !== repeat) return { repeat: t('account.passwordMismatch') };
  return {};
}

/**
 * The server's refusal next to its field, in the page's language. The server names its rule in
 * English (see passwordProblem on the server), so the rule is recognised by its words.
 */
export function passwordErrorsFrom(t: TFunction, error: unknown): PasswordErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'invalid_credentials') return { currentPassword: t('account.currentPasswordWrong') };
  if (error.code === 'rate_limited') return { currentPassword: t('auth.rateLimited') };
  if (error.code !== 'weak_password') return null;
  const rule = error.details[0]?.message ?? '';
  if (/at least/i.test(rule))
    return { newPassword: t('account.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) };
  if (/common/i.test(rule)) return { newPassword: t('account.passwordCommon') };
  if (/e-mail/i.test(rule)) return { newPassword: t('account.passwordHasEmail') };
  if (/repeat/i.test(rule)) return { newPassword: t('account.passwordRepeats') };
  return { newPassword: t('account.passwordWeak') };
}
