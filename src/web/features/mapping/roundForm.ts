import type { NewRound, RoundScope } from './api-types';

export const ROUND_SCOPES: readonly RoundScope[] = ['ecosystem', 'municipality', 'network'];

/**
 * The new round form: the dates as days (YYYY-MM-DD), '' when not given, or the text typed when it names no
 * day; the scope's target by id or code, or the text typed when it names nothing. A round has a period:
 * its links expire when its last day is over.
 */
export type RoundForm = {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  questionnaireId: string;
  scope: RoundScope;
  target: string;
  opensOn: string;
  closesOn: string;
  /** Optional: '' keeps the answers until someone deletes them. */
  answersKeptUntil: string;
};

export type RoundFormProblem =
  'required' | 'invalidDate' | 'closesBeforeOpens' | 'keptBeforeClose' | 'unknownTarget';
export type RoundFormErrors = Partial<Record<keyof RoundForm, RoundFormProblem>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day, nothing (undefined) or a text that is no day (null). */
const dayOf = (value: string) => (value.trim() === '' ? undefined : DAY.test(value) ? value : null);

/** The day the date picker read from the typed text, as YYYY-MM-DD; null when the text names no day. */
export function isoDay(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^\d{3}$/;

/** What a round's names and period are, whether new or edited. */
export type RoundTexts = Pick<
  RoundForm,
  'nameFi' | 'nameSv' | 'nameEn' | 'opensOn' | 'closesOn' | 'answersKeptUntil'
>;

/** The names (Finnish required, the others left out when empty) and the period, or what is wrong. */
export function checkRoundTexts(form: RoundTexts, errors: RoundFormErrors) {
  if (!form.nameFi.trim()) errors.nameFi = 'required';
  const opensOn = dayOf(form.opensOn);
  const closesOn = dayOf(form.closesOn);
  if (opensOn === null) errors.opensOn = 'invalidDate';
  if (opensOn === undefined) errors.opensOn = 'required';
  if (closesOn === null) errors.closesOn = 'invalidDate';
  if (closesOn === undefined) errors.closesOn = 'required';
  else if (opensOn && closesOn && closesOn < opensOn) errors.closesOn = 'closesBeforeOpens';
  const keptUntil = dayOf(form.answersKeptUntil);
  if (keptUntil === null) errors.answersKeptUntil = 'invalidDate';
  else if (keptUntil && closesOn && keptUntil < closesOn) errors.answersKeptUntil = 'keptBeforeClose';
  if (!opensOn || !closesOn || keptUntil === null) return null;
  const other = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    nameFi: form.nameFi.trim(),
    nameSv: other(form.nameSv),
    nameEn: other(form.nameEn),
    opensOn,
    closesOn,
    answersKeptUntil: keptUntil ?? null,
  };
}

/** Checks the form; returns the body to send, or what is wrong with each field. */
export function checkRoundForm(form: RoundForm): { body: NewRound } | { errors: RoundFormErrors } {
  const errors: RoundFormErrors = {};
  if (!form.questionnaireId) errors.questionnaireId = 'required';
  const target = form.target.trim();
  if (!target) errors.target = 'required';
  else if (!(form.scope === 'municipality' ? CODE : UUID).test(target)) errors.target = 'unknownTarget';
  const texts = checkRoundTexts(form, errors);
  if (Object.keys(errors).length > 0 || !texts) return { errors };
  const where =
    form.scope === 'ecosystem'
      ? { ecosystemId: target }
      : form.scope === 'network'
        ? { networkId: target }
        : { municipalityCode: target };
  return {
    body: { ...texts, questionnaireId: form.questionnaireId, scope: form.scope, ...where },
  };
}
