/** Cell readers and field specifications used by more than one import entity. */
import { z } from 'zod';
import * as cells from './cells.js';
import type { FieldSpec, RefKey } from './entity-types.js';
import type { CellValue } from './types.js';

export const text = cells.readText;
export const choice = (vocabulary: ReadonlyMap<string, string>, what: string) => (cell: CellValue) =>
  cells.readChoice(cell, vocabulary, what);

/** An organisation by business ID when the cell holds one, else by name; a broken business ID is an error. */
export function readOrganisationRef(cell: CellValue): cells.Parsed<RefKey> {
  const s = cells.cellString(cell);
  if (s === undefined) return undefined;
  if (/^\d{6,7}\s*[-‐–]?\s*\d$/.test(s)) {
    const id = cells.readBusinessId(s);
    return id && 'value' in id ? { value: { by: 'businessId', value: id.value } } : id;
  }
  return { value: { by: 'name', value: s } };
}

/** A municipality by its code ('91' → '091') or by its name in any language. */
export function readMunicipalityRef(cell: CellValue): cells.Parsed<RefKey> {
  const s = cells.cellString(cell);
  if (s === undefined) return undefined;
  if (/^\d{1,3}$/.test(s)) return { value: { by: 'code', value: s.padStart(3, '0') } };
  return { value: { by: 'name', value: s } };
}

export const byName = (cell: CellValue): cells.Parsed<RefKey> => {
  const s = cells.cellString(cell);
  return s === undefined ? undefined : { value: { by: 'name', value: s } };
};

export const ID: FieldSpec = {
  name: 'id',
  target: 'match',
  read: text,
  aliases: ['id', 'tunniste', 'solmu id', 'ulkoinen tunniste', 'identifierare', 'identifier', 'external id'],
};

const description = (lang: 'Fi' | 'Sv' | 'En', aliases: string[]): FieldSpec => ({
  name: `description${lang}`,
  target: 'data',
  read: text,
  aliases: [...aliases, `description ${lang}`, `description${lang}`],
});

export const DESCRIPTIONS = [
  description('Fi', ['kuvaus', 'kuvaus suomeksi', 'beskrivning', 'description']),
  description('Sv', ['kuvaus ruotsiksi', 'beskrivning på svenska', 'swedish description']),
  description('En', ['kuvaus englanniksi', 'beskrivning på engelska', 'english description']),
];

/** The domain shape without some fields, as a strict object (unknown keys are errors). */
export function without<S extends z.ZodRawShape>(shape: S, ...keys: string[]) {
  return z.strictObject(Object.fromEntries(Object.entries(shape).filter(([key]) => !keys.includes(key))));
}

// prettier-ignore
export const ORGANISATION_REF_ALIASES = [
  'organisaatio', 'yritys', 'toimija', 'organisation', 'företag', 'aktör', 'company', 'actor',
  'organisaation y tunnus', 'y tunnus', 'fo nummer', 'business id',
];
