/**
 * The written picture of a scope in one language: the sections of findings, each sentence with the
 * evidence it rests on, the proposed development targets and growth sectors, and the methods for a
 * reader who is not a developer. Pure: the same picture and language give the same text.
 */
import type { Picture } from '../../analysis/picture.schema.js';
import type { WrittenPicture } from '../findings.schema.js';
import type { Language } from '../labels.js';
import { drafts } from './drafts.js';
import { contextOf, finish } from './evidence.js';
import { methods } from './methods.js';

export function writePicture(picture: Picture, language: Language): WrittenPicture {
  const c = contextOf(picture, language);
  return {
    language,
    sections: drafts(c).map((d) => finish(c, d)),
    methods: methods(c),
  };
}

export { writeNetworkPicture } from './network.js';
