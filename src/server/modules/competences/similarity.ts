import { distance } from 'fastest-levenshtein';

/** Lower case, single spaces, no hyphens: "Vety-talous " and "vetytalous" are one word here. */
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .replace(/ /g, '')
    .trim();

/**
 * How near two names of a competence are, 0 to 1: the same word is 1, one containing the other
 * ("vety" in "vetytalous") 0.9, otherwise the share of letters that need no edit.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normal(a);
  const y = normal(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x))) return 0.9;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

/** At least this near, a name is suggested as a possible duplicate. */
export const NEAR = 0.7;
