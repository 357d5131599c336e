/**
 * Turns a generated ecosystem into a PictureInput, with seeded competences, projects, Finland-wide counts,
 * organisations elsewhere and two peer towns, so the benchmark runs every section of the picture.
 */
import { mulberry32, randomInt } from '../../src/domain/random.js';
import type {
  PeerInput,
  PictureCompetence,
  PictureInput,
  PictureProject,
} from '../../src/analysis/picture.input.js';
import { organisationCounts } from '../../src/analysis/specialisation.js';
import { generateEcosystem, type GeneratedEcosystem } from './generate.js';

const COMPETENCES = 200;

function competencesFor(eco: GeneratedEcosystem, random: () => number): PictureCompetence[] {
  const out: PictureCompetence[] = [];
  for (const o of eco.organisations) {
    const r = random();
    if (r < 0.2) {
      const key = randomInt(random, COMPETENCES);
      out.push({ organisationId: o.id, direction: 'offer', key: `c${key}`, label: `Osaaminen ${key}` });
    } else if (r < 0.3) {
      const key = randomInt(random, COMPETENCES * 1.2); // some needs nobody offers
      out.push({ organisationId: o.id, direction: 'need', key: `c${key}`, label: `Osaaminen ${key}` });
    }
  }
  return out;
}

function projectsFor(eco: GeneratedEcosystem, random: () => number): PictureProject[] {
  const n = eco.organisations.length;
  return Array.from({ length: Math.max(1, Math.floor(n / 50)) }, (_, p) => ({
    id: `project-${p}`,
    name: `Hanke ${p}`,
    organisationIds: Array.from(
      { length: 3 + randomInt(random, 8) },
      () => eco.organisations[randomInt(random, n)]!.id,
    ),
  }));
}

function peer(seed: number, index: number): PeerInput {
  const eco = generateEcosystem({ organisations: 5000, relations: 30_000, seed: seed + 100 + index });
  return {
    scope: { kind: 'municipality', id: `peer-${index}`, name: `Vertailukunta ${index + 1}` },
    organisations: eco.organisations,
    relations: { from: eco.relations.from, to: eco.relations.to, weight: eco.relations.weight },
  };
}

export function benchInput(eco: GeneratedEcosystem, options: { peers?: number } = {}): PictureInput {
  const random = mulberry32(eco.seed + 1);
  const own = organisationCounts(eco.organisations).divisions;
  // Finland: a different mix than the scope, so location quotients spread out around 1
  const finland = Object.fromEntries(Object.entries(own).map(([code, count]) => [code, 5 * count + 2000]));
  const elsewhere = generateEcosystem({ organisations: 5000, relations: 0, seed: eco.seed + 2 });
  return {
    scope: {
      kind: 'network',
      id: 'bench',
      name: 'Benchmark ecosystem',
      networkMunicipalityCodes: ['140', '740'],
    },
    asOf: '2025-01-01',
    organisations: eco.organisations,
    relations: { from: eco.relations.from, to: eco.relations.to, weight: eco.relations.weight },
    competences: competencesFor(eco, random),
    projects: projectsFor(eco, random),
    finland: { organisations: { divisions: finland } },
    elsewhere: { organisations: elsewhere.organisations, competences: competencesFor(elsewhere, random) },
    history: [{ takenOn: '2024-01-01', organisationsByDivision: own }],
    peers: Array.from({ length: options.peers ?? 2 }, (_, i) => peer(eco.seed, i)),
  };
}
