/**
 * The written picture of a scope in one language: the sections of findings, each sentence with the
 * evidence it rests on, the proposed development targets and growth sectors, and the methods for a
 * reader who is not a developer. Pure: the same picture and language give the same text.
 */
import type { Picture } from '../../analysis/picture.schema.js';
import type { WrittenPicture } from '../findings.schema.js';
import type { Language } from '../labels.js';
import { challenges } from './challenges.js';
import { competences } from './competences.js';
import { connections } from './connections.js';
import { contextOf, finish, type Context, type Draft } from './evidence.js';
import { glance } from './glance.js';
import { methods } from './methods.js';
import { developmentTargets, growthSectors } from './proposals.js';
import { specialisation } from './specialisation.js';
import { strengths } from './strengths.js';

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

export function writePicture(picture: Picture, language: Language): WrittenPicture {
  const c = contextOf(picture, language);
  return {
    language,
    sections: drafts(c).map((d) => finish(c, d)),
    methods: methods(c),
  };
}
