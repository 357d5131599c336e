import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { organisation } from '../../../domain/actors';
import { serverFieldErrors, zodFieldErrors } from './errors';

// The key stands for the message, so the test sees which one was chosen.
const t = ((key: string) => key) as unknown as TFunction;

describe('form errors', () => {
  it('says a field holds a character that cannot be saved, before sending and from the server', () => {
    const checked = organisation.create.safeParse({
      kind: 'company',
      nameFi: 'Puu\u0000 Oy',
      descriptionFi: 'Saha\uD800',
      website: 'https://example.fi/\u0000',
    });
    expect(checked.success).toBe(false);
    expect(zodFieldErrors(t, checked.error!.issues)).toEqual({
      nameFi: 'formError.unstorable',
      descriptionFi: 'formError.unstorable',
      website: 'formError.unstorable',
    });
    const details = checked.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    expect(serverFieldErrors(t, details)).toEqual({
      nameFi: 'formError.unstorable',
      descriptionFi: 'formError.unstorable',
      website: 'formError.unstorable',
    });
  });

  it('keeps the other explanations', () => {
    const checked = organisation.create.safeParse({ kind: 'company', nameFi: '', website: 'ftp://x' });
    expect(zodFieldErrors(t, checked.error!.issues)).toEqual({
      nameFi: 'formError.required',
      website: 'fieldError.website',
    });
  });
});
