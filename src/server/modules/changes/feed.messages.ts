import { AppError } from '../../errors.js';

export type Lang = 'fi' | 'sv' | 'en';

/** What a client whose cursor is too old (or from another log) must do, in the caller's language. */
const EXPIRED: Record<Lang, string> = {
  fi: 'Muutosten kohdistin on liian vanha: sen jälkeisiä muutoksia ei enää säilytetä. Hae uusi aloituskohdistin (GET /api/v1/changes/cursor), lataa sitten tiedot kokonaan uudelleen ja jatka muutosten seuraamista uudella kohdistimella.',
  sv: 'Ändringsmarkören är för gammal: ändringarna efter den sparas inte längre. Hämta en ny startmarkör (GET /api/v1/changes/cursor), läs sedan in alla uppgifter på nytt och fortsätt följa ändringarna med den nya markören.',
  en: 'The cursor is too old: the changes after it are no longer kept. Get a new start cursor (GET /api/v1/changes/cursor), then reload the records in full and go on following the changes from the new cursor.',
};

/** The first of fi, sv and en the Accept-Language header names; English when it names none. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]!.slice(0, 2).toLowerCase());
  return (tags.find((t) => t === 'fi' || t === 'sv' || t === 'en') as Lang | undefined) ?? 'en';
}

export const cursorExpired = (lang: Lang) =>
  new AppError(410, 'cursor_expired', EXPIRED[lang], [
    { path: 'cursor', message: 'Reload in full, then follow the changes from GET /api/v1/changes/cursor' },
  ]);
