/**
 * The benchmark's questionnaire: 40 questions of every type in four sections, and a respondent's full
 * answers to it, drawn from the seeded random generator so that every run answers alike.
 */
import type { Answers, Question, QuestionnaireContent } from '../../src/domain/questionnaires.js';
import { randomInt, shuffleInPlace } from '../../src/domain/random.js';

type Random = () => number;
/** A uniform integer in [lo, hi]. */
const between = (random: Random, lo: number, hi: number) => lo + randomInt(random, hi - lo + 1);

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const OPTIONS = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: t(`Vaihtoehto ${key}`) }));

/** The ten types in turn; every question is required, so a submit checks all 40. */
function questionAt(i: number): Question {
  const base = { key: `q${i}`, label: t(`Kysymys ${i}`), required: true };
  switch (i % 10) {
    case 0:
      return { ...base, type: 'single', options: OPTIONS };
    case 1:
      return { ...base, type: 'multiple', options: OPTIONS };
    case 2:
      return { ...base, type: 'scale', min: 1, max: 5 };
    case 3:
      return { ...base, type: 'number', min: 0, max: 10_000 };
    case 4:
      return { ...base, type: 'text', long: true };
    case 5:
      return { ...base, type: 'date' };
    case 6:
      return { ...base, type: 'yesno' };
    case 7:
      return { ...base, type: 'competences', direction: i % 20 === 7 ? 'offer' : 'need', allowNew: true };
    case 8:
      return { ...base, type: 'actors', maxItems: 10 };
    default:
      return { ...base, type: 'partners', relationKinds: ['collaboration', 'supply_chain'], maxItems: 15 };
  }
}

export const BENCH_QUESTIONNAIRE: QuestionnaireContent = {
  sections: [0, 1, 2, 3].map((s) => ({
    key: `s${s}`,
    title: t(`Osio ${s + 1}`),
    questions: Array.from({ length: 10 }, (_, i) => questionAt(s * 10 + i)),
  })),
};

const pickSome = <T>(random: Random, items: readonly T[], n: number): T[] =>
  shuffleInPlace([...items], random).slice(0, n);

function answerTo(q: Question, random: Random, organisations: readonly string[]): unknown {
  switch (q.type) {
    case 'single':
      return q.options[between(random, 0, q.options.length - 1)]!.key;
    case 'multiple':
      return pickSome(random, q.options, between(random, 1, 3)).map((o) => o.key);
    case 'scale':
      return between(random, q.min, q.max);
    case 'number':
      return between(random, 0, 500);
    case 'text':
      return 'Yhteistyö oppilaitosten kanssa toimii, mutta osaavan työvoiman saatavuus on haaste. '.repeat(
        between(random, 1, 4),
      );
    case 'date':
      return `2026-0${between(random, 1, 9)}-1${between(random, 0, 9)}`;
    case 'yesno':
      return random() < 0.5;
    case 'competences':
      return [{ name: `osaaminen ${between(random, 1, 200)}` }, { name: 'puurakentaminen' }];
    case 'actors':
      return pickSome(random, organisations, 3);
    case 'partners':
      return pickSome(random, organisations, 4).map((organisationId) => ({
        organisationId,
        kind: 'collaboration',
        strength: between(random, 1, 5),
      }));
  }
}

/** One respondent's answers to every question. */
export function benchAnswers(random: Random, organisations: readonly string[]): Answers {
  const out: Answers = {};
  for (const section of BENCH_QUESTIONNAIRE.sections)
    for (const q of section.questions) out[q.key] = answerTo(q, random, organisations);
  return out;
}
