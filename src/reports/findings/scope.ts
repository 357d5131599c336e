/** Where the findings are about, as a sentence names it: "alueella", "i Nyslott", "in Savonlinna". */
import type { Picture } from '../../analysis/picture.schema.js';
import { municipalityName, type Language } from '../labels.js';
import type { Context } from './evidence.js';

/** The scope's name in the reader's language: a municipality by its Swedish name in Swedish. */
export function scopeName(picture: Picture, lang: Language): string {
  const s = picture.scope;
  return s.kind === 'municipality' ? municipalityName(s.id, lang) : s.name;
}

/**
 * The scope as a place in a sentence, lower case. Finnish cannot inflect every town's name by rule
 * (Iisalmessa, Kauhajoella, Raumalla), so it says "alueella", "ekosysteemissä" or "verkostossa".
 */
export function here(c: Context): string {
  const kind = c.picture.scope.kind;
  const name = scopeName(c.picture, c.lang);
  if (c.lang === 'fi')
    return kind === 'ecosystem' ? 'ekosysteemissä' : kind === 'network' ? 'verkostossa' : 'alueella';
  if (c.lang === 'sv')
    return kind === 'ecosystem' ? 'i ekosystemet' : kind === 'network' ? 'i nätverket' : `i ${name}`;
  return kind === 'ecosystem' ? 'in the ecosystem' : kind === 'network' ? 'in the network' : `in ${name}`;
}

/** The scope as a noun: "alue", "området", "the area" (or the ecosystem, the network). */
export function scopeNoun(c: Context): string {
  const kind = c.picture.scope.kind;
  const nouns = {
    fi: { ecosystem: 'ekosysteemi', network: 'verkosto', place: 'alue' },
    sv: { ecosystem: 'ekosystemet', network: 'nätverket', place: 'området' },
    en: { ecosystem: 'the ecosystem', network: 'the network', place: 'the area' },
  }[c.lang];
  return kind === 'ecosystem' ? nouns.ecosystem : kind === 'network' ? nouns.network : nouns.place;
}

/** The scope as an owner: "alueen", "ekosysteemin", "verkoston"; "området"; "the area". */
export function scopeOwner(c: Context): string {
  const kind = c.picture.scope.kind;
  const i = kind === 'ecosystem' ? 1 : kind === 'network' ? 2 : 0;
  const words = {
    fi: ['alueen', 'ekosysteemin', 'verkoston'],
    sv: ['området', 'ekosystemet', 'nätverket'],
    en: ['the area', 'the ecosystem', 'the network'],
  } as const;
  return words[c.lang][i]!;
}
