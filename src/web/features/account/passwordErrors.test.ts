import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { checkNewPassword, passwordErrorsFrom } from './passwordErrors';

// The key stands for the message, so the test sees which one was chosen.
const t = ((key: string) => key) as unknown as TFunction;
const weak = (rule: string) =>
  new ApiError(400, 'weak_password', 'The password is not accepted', [{ path: 'password', message: rule }]);

describe('password errors', () => {
  it('checks the length and the repeat before sending', () => {
    expect(checkNewPassword(t, 'short', 'short')).toEqual({ newPassword: 'account.passwordTooShort' });
    expect(checkNewPassword(t, 'long-enough-password', 'different')).toEqual({
      repeat: 'account.passwordMismatch',
    });
    expect(checkNewPassword(t, 'long-enough-password', 'long-enough-password')).toEqual({});
  });

  it("puts the server's refusal beside the right field, by the rule the server names", () => {
    expect(passwordErrorsFrom(t, new ApiError(401, 'invalid_credentials', 'wrong'))).toEqual({
      currentPassword: 'account.currentPasswordWrong',
    });
    expect(passwordErrorsFrom(t, new ApiError(429, 'rate_limited', 'Too many'))).toEqual({
      currentPassword: 'auth.rateLimited',
    });
    expect(passwordErrorsFrom(t, weak('At least 12 characters'))).toEqual({
      newPassword: 'account.passwordTooShort',
    });
    expect(passwordErrorsFrom(t, weak('This password is on a list of common passwords'))).toEqual({
      newPassword: 'account.passwordCommon',
    });
    expect(passwordErrorsFrom(t, weak('The password must not contain your e-mail name'))).toEqual({
      newPassword: 'account.passwordHasEmail',
    });
    expect(passwordErrorsFrom(t, weak('The password must not repeat one character'))).toEqual({
      newPassword: 'account.passwordRepeats',
    });
    expect(passwordErrorsFrom(t, weak('Something new'))).toEqual({ newPassword: 'account.passwordWeak' });
  });

  it('leaves other failures to the generic message', () => {
    expect(passwordErrorsFrom(t, new ApiError(500, 'internal', 'boom'))).toBeNull();
    expect(passwordErrorsFrom(t, new Error('network'))).toBeNull();
  });
});
