/** The written picture of the test town in Finnish, Swedish and English: content, evidence, fingerprints. */
import { describe, expect, it } from 'vitest';
import { buildPicture, comparePictures } from '../../analysis/picture.js';
import type { Picture } from '../../analysis/picture.schema.js';
import { townInput } from '../../../test/support/analysis/town.js';
import { FINDING_SECTION_KEYS, writtenPictureSchema, type WrittenPicture } from '../findings.schema.js';
import { writePicture } from './index.js';

const LANGUAGES = ['fi', 'sv', 'en'] as const;
const label = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const question = {
  challenges: label('Mitkä ovat sen haasteet?', 'Vilka är dess utmaningar?', 'What are its challenges?'),
  growth: label('Mitkä alat voisivat kasvaa?', 'Vilka branscher kunde växa?', 'Which industries could grow?'),
};

const picture = buildPicture(
  townInput({
    includesExamples: false,
    mappingEvidence: {
      rounds: [
        { id: 'round-1', name: label('Kartoitus 2022', 'Kartläggning 2022', 'Mapping 2022'), respondents: 7 },
      ],
      codes: [
        { roundId: 'round-1', respondentId: 'r1', questionKey: 'challenges', theme: 'osaava työvoima' },
        { roundId: 'round-1', respondentId: 'r2', questionKey: 'challenges', theme: 'osaava työvoima' },
        { roundId: 'round-1', respondentId: 'r2', questionKey: 'strengths', theme: 'tutkimus lähellä' },
        { roundId: 'round-1', respondentId: 'r3', questionKey: 'growth_areas', theme: 'puurakentaminen' },
        { roundId: 'round-1', respondentId: 'r3', questionKey: 'proposals', theme: 'yhteinen tiekartta' },
      ],
      quotes: [
        {
          roundId: 'round-1',
          respondentId: 'r1',
          questionKey: 'challenges',
          questionLabel: question.challenges,
          text: 'Osaavan työvoiman saatavuus on suurin haaste.',
        },
        {
          roundId: 'round-1',
          respondentId: 'r3',
          questionKey: 'growth_areas',
          questionLabel: question.growth,
          text: 'Puurakentamisen arvoketju alueelle.',
        },
      ],
    },
  }),
);

const written = Object.fromEntries(LANGUAGES.map((l) => [l, writePicture(picture, l)])) as Record<
  (typeof LANGUAGES)[number],
  WrittenPicture
>;
const sectionOf = (w: WrittenPicture, key: (typeof FINDING_SECTION_KEYS)[number]) =>
  w.sections.find((s) => s.key === key)!;
const textOf = (w: WrittenPicture, key: (typeof FINDING_SECTION_KEYS)[number]) => {
  const s = sectionOf(w, key);
  return [...s.sentences.map((x) => x.text), ...s.proposals.map((p) => `${p.title}: ${p.text}`)].join('\n');
};
const clone = (p: Picture): Picture => structuredClone(p);

describe.each(LANGUAGES)('the written picture in %s', (lang) => {
  const w = written[lang];

  it('has every section in order, matches its schema, and every sentence and proposal has evidence', () => {
    expect(() => writtenPictureSchema.parse(w)).not.toThrow();
    expect(w.language).toBe(lang);
    expect(w.sections.map((s) => s.key)).toEqual([...FINDING_SECTION_KEYS]);
    for (const s of w.sections) {
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.sentences.length + s.proposals.length, s.key).toBeGreaterThan(0);
      for (const x of [...s.sentences, ...s.proposals]) {
        expect(x.evidence.length, x.text).toBeGreaterThan(0);
        expect(x.text).not.toMatch(/undefined|null|NaN|\[object/);
        expect(x.text).toMatch(/[.!?]$/);
      }
    }
  });

  it('names industries, kinds and towns by name, never by bare code', () => {
    const all = w.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    const wood = { fi: 'Sahatavaran', sv: 'Tillverkning av trä', en: 'Manufacture of wood' }[lang];
    expect(all).toContain(`16 ${wood}`);
    expect(all).not.toMatch(/development_company|public_agency|\brdi\b/);
    const needs = textOf(w, 'competences');
    // Savon Robotti Oy in Iisalmi offers robotics, which the town needs: Iisalmi by name, not "140"
    expect(needs).toContain({ fi: 'Iisalmi', sv: 'Idensalmi', en: 'Iisalmi' }[lang]);
    expect(needs).not.toMatch(/\b140\b/);
  });

  it('joins lists as the language does and writes numbers in its locale', () => {
    const and = { fi: ' ja ', sv: ' och ', en: ' and ' }[lang];
    const connections = textOf(w, 'connections');
    expect(connections).toContain(and);
    const density = sectionOf(w, 'connections').sentences[0]!.evidence.find((e) =>
      e.label.match(/Tiheys|Täthet|Density/),
    );
    expect(density!.value).toMatch(lang === 'en' ? /^\d+\.\d%$/ : /^\d+,\d\s%$/);
  });

  it('counts with the noun in the right number', () => {
    const glance = textOf(w, 'glance');
    const one = { fi: /1 yhdistys\b/, sv: /1 förening\b/, en: /1 association\b/ }[lang];
    const many = { fi: /\d+ yritystä/, sv: /\d+ företag/, en: /\d+ companies/ }[lang];
    expect(glance).toMatch(one);
    expect(glance).toMatch(many);
  });

  it('says what specialisation is compared with, and that the comparison is Solmu’s records', () => {
    const text = textOf(w, 'specialisation');
    expect(text).toContain(
      {
        fi: 'Solmuun kirjattuihin toimijoihin eikä koko Suomeen',
        sv: 'aktörerna i Solmu och inte med hela Finland',
        en: 'actors recorded in Solmu, not with all of Finland',
      }[lang],
    );
    const finland = clone(picture);
    finland.specialisation.organisations.baseline = 'finland';
    const national = textOf(writePicture(finland, lang), 'specialisation');
    expect(national).toContain(
      { fi: 'verrataan koko Suomeen', sv: 'jämförs med hela Finland', en: 'compared with all of Finland' }[
        lang
      ],
    );
    expect(national).not.toContain('Solmu');
  });

  it('says what a jobs table is compared with, and its most specialised industries by jobs', () => {
    const jobs = clone(picture);
    jobs.specialisation.jobs = {
      ...picture.specialisation.organisations,
      basis: 'jobs',
      baseline: 'finland',
      source: 'Tilastokeskus',
      year: 2023,
      divisions: [
        {
          code: '16',
          scopeCount: 640,
          finlandCount: 21000,
          lq: 4.2,
          confidence: { low: 4.1, high: 4.3 },
          lowCount: false,
          rank: 1,
        },
      ],
    };
    const text = textOf(writePicture(jobs, lang), 'specialisation');
    expect(text).toContain('(Tilastokeskus, 2023)');
    expect(text).toMatch(
      { fi: /Työpaikkojen mukaan.*4,2/s, sv: /arbetsplatser.*4,2/s, en: /By jobs.*4\.2/s }[lang],
    );
  });

  it('says a low count cautiously', () => {
    const text = textOf(w, 'specialisation');
    expect(text).toMatch({ fi: /varovasti/, sv: /försiktighet/, en: /caution/ }[lang]);
  });

  it('names the sawmills a strength with their evidence, and the mapping’s challenges with their quote', () => {
    const strengths = sectionOf(w, 'strengths');
    const saw = strengths.sentences.find((s) =>
      s.evidence.some((e) => e.kind === 'sector' && e.ref === '16'),
    )!;
    expect(saw.text).toMatch(/^16 /);
    expect(saw.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['sector', 'organisation']));
    const challenges = sectionOf(w, 'challenges');
    const named = challenges.sentences.find((s) => s.evidence.some((e) => e.kind === 'theme'))!;
    expect(named.text).toContain('osaava työvoima');
    expect(named.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'quote',
        value: 'Osaavan työvoiman saatavuus on suurin haaste.',
        label: question.challenges[lang],
      }),
    );
  });

  it('proposes development targets and growth sectors under stable keys, each with evidence', () => {
    const targets = sectionOf(w, 'developmentTargets').proposals.map((p) => p.key);
    expect(targets).toContain('developmentTarget:competence:robotics');
    expect(targets).toContain('developmentTarget:theme:osaava-työvoima');
    expect(targets).toContain('developmentTarget:theme:yhteinen-tiekartta');
    expect(targets).toContain('developmentTarget:network:isolated');
    const growth = sectionOf(w, 'growthSectors').proposals;
    expect(growth.map((p) => p.key)).toContain('growthSector:16');
    expect(growth.map((p) => p.key)).toContain('growthSector:theme:puurakentaminen');
    for (const p of growth) expect(p.kind).toBe('growthSector');
    const robotics = sectionOf(w, 'developmentTargets').proposals.find((p) => p.key.endsWith(':robotics'))!;
    expect(robotics.evidence).toContainEqual(
      expect.objectContaining({ kind: 'competence', ref: 'robotics' }),
    );
    expect(robotics.evidence).toContainEqual(
      expect.objectContaining({ kind: 'organisation', ref: 'robo-iisalmi' }),
    );
  });

  it('writes the methods for a reader who is not a developer: no identifiers, the technical part apart', () => {
    const plain = w.methods.plain.join('\n');
    const technical = w.methods.technical.join('\n');
    for (const text of [plain, technical]) {
      expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*\b/); // camelCase identifiers
      expect(text).not.toMatch(/docs\/|\.md\b|parameters\.|_/);
    }
    expect(plain).toContain({ fi: 'Kartoitus 2022', sv: 'Kartläggning 2022', en: 'Mapping 2022' }[lang]);
    expect(plain).toContain({ fi: '31.1.2024', sv: '31.1.2024', en: '31 January 2024' }[lang]);
    expect(technical).toMatch(/Louvain/);
    expect(technical).toContain({ fi: '0,85', sv: '0,85', en: '0.85' }[lang]);
    expect(plain).not.toMatch(/Louvain|PageRank/);
  });
});

describe('fingerprints', () => {
  const prints = (w: WrittenPicture) => Object.fromEntries(w.sections.map((s) => [s.key, s.fingerprint]));

  it('are the same in every language: they hash the evidence, not the text', () => {
    expect(prints(written.sv)).toEqual(prints(written.fi));
    expect(prints(written.en)).toEqual(prints(written.fi));
    expect(new Set(Object.values(prints(written.fi))).size).toBe(FINDING_SECTION_KEYS.length);
  });

  it('do not change when only the wording changes (the scope’s name is text, not evidence)', () => {
    const renamed = clone(picture);
    renamed.scope.name = 'Toinen nimi';
    expect(prints(writePicture(renamed, 'fi'))).toEqual(prints(written.fi));
  });

  it('change exactly in the sections whose evidence changed', () => {
    const changed = clone(picture);
    changed.competences.unmetNeeds.push({
      key: 'ai',
      label: 'Tekoäly',
      neededBy: ['soft1'],
      offeredElsewhere: [],
    });
    const before = prints(written.fi);
    const after = prints(writePicture(changed, 'fi'));
    const moved = FINDING_SECTION_KEYS.filter((k) => before[k] !== after[k]);
    expect(moved).toEqual(['competences', 'challenges', 'developmentTargets']);
  });

  it('change when a figure changes though no sentence is added', () => {
    const changed = clone(picture);
    changed.network.externalRelations += 5;
    const before = prints(written.en);
    const after = prints(writePicture(changed, 'en'));
    expect(after.connections).not.toBe(before.connections);
    expect(after.glance).toBe(before.glance);
  });
});

describe('change since an earlier picture', () => {
  it.each(LANGUAGES)('is said at a glance when the caller compared the pictures (%s)', (lang) => {
    const older = buildPicture(
      townInput({ organisations: townInput().organisations.filter((o) => o.id !== 'hotel') }),
    );
    const change = comparePictures(older, picture);
    const w = writePicture(picture, lang, { change });
    const said = sectionOf(w, 'glance').sentences.find((s) => s.evidence.some((e) => e.ref === 'hotel'))!;
    expect(said.text).toContain({ fi: '31.1.2024', sv: '31.1.2024', en: '31 January 2024' }[lang]);
    expect(said.text).toContain('Hotel');
    expect(sectionOf(w, 'glance').fingerprint).not.toBe(sectionOf(written[lang], 'glance').fingerprint);
  });
});

describe('a town without industry codes or mapping themes', () => {
  it('proposes a competence many actors offer as a growth area, saying why, under its own key', () => {
    const bare = clone(picture);
    bare.strengths = [];
    bare.growthCandidates = [];
    bare.mappingEvidence = { rounds: [], themes: [], quotes: [] };
    bare.competences.offered = [
      { key: 'tourism', label: 'Matkailu', organisationIds: ['hotel', 'shop1', 'shop2'] },
    ];
    const growth = sectionOf(writePicture(bare, 'en'), 'growthSectors');
    expect(growth.proposals.map((p) => p.key)).toEqual(['growthSector:competence:tourism']);
    expect(growth.proposals[0]!.text).toMatch(/^3 actors offer “Matkailu”; .*not yet enough/);
    bare.competences.offered[0]!.organisationIds.pop();
    const none = sectionOf(writePicture(bare, 'en'), 'growthSectors');
    expect(none.proposals).toEqual([]);
    expect(none.sentences[0]!.text).toMatch(/No growth sectors/);
  });
});

describe('example data', () => {
  it('is said first, in the reader’s language', () => {
    const examples = clone(picture);
    examples.includesExamples = true;
    expect(sectionOf(writePicture(examples, 'sv'), 'glance').sentences[0]!.text).toMatch(
      /fiktiva exempeluppgifter/,
    );
  });
});
