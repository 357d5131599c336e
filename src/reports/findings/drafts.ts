/** The eight sections of a written picture, drafted in order before they are finished. */
import { challenges } from './challenges.js';
import { competences } from './competences.js';
import { connections } from './connections.js';
import { glance } from './glance.js';
import { developmentTargets, growthSectors } from './proposals.js';
import { specialisation } from './specialisation.js';
import { strengths } from './strengths.js';
import type { Context, Draft } from './evidence.js';

/** The eight sections of a picture, unfinished: the network's report adds the towns' to them. */
export function drafts(c: Context): Draft[] {
  return [
    glance(c),
    connections(c),
    specialisation(c),
    competences(c),
    strengths(c),
    challenges(c),
    developmentTargets(c),
    growthSectors(c),
  ];
}
