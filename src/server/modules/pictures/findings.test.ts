/**
 * The written picture of every seed town of the demo world: at least one strength and one proposed
 * development target, each with evidence, in Finnish, Swedish and English; and Savonlinna's forest
 * bioeconomy named from the facts alone, without the example data.
 */
import { describe, expect, it } from 'vitest';
import type { Picture } from '../../../analysis/picture.schema.js';
import { writeNetworkPicture, writePicture } from '../../../reports/findings/index.js';
import type { FindingSection, WrittenPicture } from '../../../reports/findings.schema.js';
import { municipalityName } from '../../../reports/labels.js';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const withExamples = await testApp();
await loadDemoWorld(withExamples.db);
const factsOnly = await testApp();
await loadDemoWorld(factsOnly.db, undefined, { examples: false });

const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];
const LANGUAGES = ['fi', 'sv', 'en'] as const;
const SAVONLINNA = '740';
const FOREST_BIOECONOMY = ['02', '16', '17'];

async function pictureOf(app: typeof withExamples, code: string): Promise<Picture> {
  const res = await app.call('GET', `/api/v1/pictures?scope=municipality&id=${code}`);
  expect(res.status).toBe(200);
  return res.body as Picture;
}

const sectionOf = (w: WrittenPicture, key: FindingSection['key']) => w.sections.find((s) => s.key === key)!;

/** A strength backed by something more than a count of actors: a sector, competence, theme or actor. */
const realStrengths = (w: WrittenPicture) =>
  sectionOf(w, 'strengths').sentences.filter((s) => s.evidence.some((e) => e.kind !== 'figure'));

const sectorsNamed = (w: WrittenPicture, key: FindingSection['key']) => {
  const s = sectionOf(w, key);
  return [...s.sentences, ...s.proposals].flatMap((x) =>
    x.evidence.filter((e) => e.kind === 'sector').map((e) => e.ref),
  );
};

describe.each([
  ['with the example data', withExamples],
  ['from the facts alone', factsOnly],
])('the written picture of every seed town, %s', (_, app) => {
  it.each(TOWNS)(
    'town %s has a strength and a development target with evidence in fi, sv and en',
    async (code) => {
      const picture = await pictureOf(app, code);
      for (const lang of LANGUAGES) {
        const w = writePicture(picture, lang);
        expect(realStrengths(w).length, `${code} ${lang}`).toBeGreaterThan(0);
        const targets = sectionOf(w, 'developmentTargets').proposals;
        expect(targets.length, `${code} ${lang}`).toBeGreaterThan(0);
        for (const t of targets) expect(t.evidence.length).toBeGreaterThan(0);
      }
    },
  );

  it("Savonlinna's picture names forest bioeconomy industries as a strength and a growth sector", async () => {
    const w = writePicture(await pictureOf(app, SAVONLINNA), 'fi');
    expect(sectorsNamed(w, 'strengths').some((code) => FOREST_BIOECONOMY.includes(code!))).toBe(true);
    expect(sectorsNamed(w, 'growthSectors').some((code) => FOREST_BIOECONOMY.includes(code!))).toBe(true);
    const wood = sectionOf(w, 'strengths').sentences.find((s) =>
      s.evidence.some((e) => e.kind === 'sector' && e.ref === '16'),
    )!;
    expect(wood.text).toMatch(/^16 Sahatavaran/);
    expect(wood.evidence.some((e) => e.kind === 'competence')).toBe(true);
  });
});

it('from the facts alone, Savonlinna’s wood products rest on two mills and are said with caution', async () => {
  const picture = await pictureOf(factsOnly, SAVONLINNA);
  const wood = picture.strengths.find((s) => s.code === '16')!;
  expect(wood.evidence).toContainEqual(
    expect.objectContaining({ kind: 'specialisation', lowCount: true, scopeCount: 2 }),
  );
  const text = sectionOf(writePicture(picture, 'en'), 'strengths').sentences.find((s) =>
    s.evidence.some((e) => e.ref === '16'),
  )!.text;
  expect(text).toMatch(/read with caution/);
  expect(text).toMatch(/UPM Plywood|Metsä Wood|puunjalostus/);
});

describe("the network coordinator's written picture", () => {
  const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

  it.each(LANGUAGES)(
    'sets every town side by side, with shared strengths and complementarities (%s)',
    async (lang) => {
      const res = await withExamples.call('GET', `/api/v1/pictures?scope=network&id=${NETWORK}`);
      const towns = await Promise.all(TOWNS.map((code) => pictureOf(withExamples, code)));
      const w = writeNetworkPicture(res.body as Picture, towns, lang);
      const glance = sectionOf(w, 'glance');
      const sideBySide = glance.sentences.slice(1, 1 + TOWNS.length);
      TOWNS.forEach((code, i) => {
        expect(sideBySide[i]!.text.startsWith(`${municipalityName(code, lang)}: `)).toBe(true);
        expect(sideBySide[i]!.evidence.length).toBeGreaterThanOrEqual(3);
      });
      expect(glance.sentences.length).toBeGreaterThan(TOWNS.length);
      // sawmills and wood products are strengths of Savonlinna, Heinola and Taivalkoski
      const wood = sectionOf(w, 'strengths').sentences.find((s) => s.evidence.some((e) => e.ref === '16'))!;
      expect(wood.evidence.filter((e) => e.kind === 'figure').length).toBeGreaterThanOrEqual(2);
      const targets = sectionOf(w, 'developmentTargets').proposals;
      const complementarity = targets.find((p) => p.key.startsWith('developmentTarget:complementarity:'))!;
      expect(complementarity.evidence.some((e) => e.kind === 'organisation')).toBe(true);
      expect(complementarity.evidence.some((e) => e.kind === 'competence')).toBe(true);
      expect(sectionOf(w, 'growthSectors').proposals.map((p) => p.key)).toContain('growthSector:16');
      const fi = writeNetworkPicture(res.body as Picture, towns, 'fi');
      expect(w.sections.map((s) => s.fingerprint)).toEqual(fi.sections.map((s) => s.fingerprint));
    },
  );
});
