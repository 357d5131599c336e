/**
 * The partner search benchmark's data on top of bench/picture's organisations: a vocabulary of real
 * words in fi, sv and en grouped under themes, and offers skewed the way real ones are (a few
 * competences offered by many, most by few), each with a description a full-text search can find.
 */
import { COMPETENCES } from '../../data/demo/competences.js';
import { AGREEMENT_THEMES } from '../../data/demo/competences-themes.js';
import { TOWN_COMPETENCES } from '../../data/demo/competences-towns.js';
import { mulberry32, randomInt, shuffleInPlace } from '../../src/domain/random.js';

/** What an organisation does with a field: the vocabulary's members are "<field> <aspect>". */
const ASPECTS: [fi: string, sv: string, en: string][] = [
  ['palvelut', 'tjänster', 'services'],
  ['tutkimus', 'forskning', 'research'],
  ['koulutus', 'utbildning', 'training'],
  ['konsultointi', 'konsultering', 'consulting'],
  ['tuotanto', 'produktion', 'production'],
];

export type VocabularyEntry = {
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  isTheme: boolean;
  /** Index of the entry's theme in the vocabulary, for members. */
  theme: number | null;
};

export type GeneratedOffer = {
  organisation: number;
  /** Index into the vocabulary, or null for a free tag. */
  competence: number | null;
  tag: string | null;
  description: string;
};

/** The demo's fields as themes, each with its five aspects as members. */
export function vocabulary(): VocabularyEntry[] {
  const bases = [...COMPETENCES, ...AGREEMENT_THEMES, ...TOWN_COMPETENCES];
  const out: VocabularyEntry[] = [];
  for (const base of bases) {
    const theme = out.length;
    const names = [base.nameFi, base.nameSv ?? base.nameFi, base.nameEn ?? base.nameFi] as const;
    out.push({
      slug: base.slug,
      nameFi: names[0],
      nameSv: names[1],
      nameEn: names[2],
      isTheme: true,
      theme: null,
    });
    ASPECTS.forEach(([fi, sv, en], a) =>
      out.push({
        slug: `${base.slug}-${a}`,
        nameFi: `${names[0]} ${fi}`,
        nameSv: `${names[1]} ${sv}`,
        nameEn: `${names[2]} ${en}`,
        isTheme: false,
        theme,
      }),
    );
  }
  return out;
}

/** A Zipf-like pick: rank r is chosen with weight 1 / (r + 1)^0.8. */
function zipf(n: number, random: () => number) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, 0.8);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` offers over `organisations`, 15 % of them free tags, the rest vocabulary members. */
export function offers(
  organisations: number,
  count: number,
  vocab: VocabularyEntry[],
  seed = 7,
): GeneratedOffer[] {
  const random = mulberry32(seed);
  const members = vocab.map((v, i) => (v.isTheme ? -1 : i)).filter((i) => i >= 0);
  const order = shuffleInPlace(members, random);
  const pick = zipf(order.length, random);
  const out: GeneratedOffer[] = [];
  for (let k = 0; k < count; k++) {
    const organisation = k < organisations ? k : randomInt(random, organisations);
    const index = order[pick()]!;
    const v = vocab[index]!;
    if (random() < 0.15) {
      const [fi] = ASPECTS[randomInt(random, ASPECTS.length)]!;
      const tag = `${v.nameFi.split(' ')[0]} ${fi}`;
      out.push({ organisation, competence: null, tag, description: `Osaamista: ${tag}, ${v.nameEn}.` });
    } else out.push({ organisation, competence: index, tag: null, description: `Kokemusta: ${v.nameFi}.` });
  }
  return out;
}
