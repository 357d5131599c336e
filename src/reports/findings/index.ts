/**
 * The written picture of a scope in one language: the sections of findings, each sentence with the
 * evidence it rests on, the proposed development targets and growth sectors, and the methods for a
 * reader who is not a developer. Pure: the same picture and language give the same text.
 */
import type { PictureChange } from '../../analysis/compare.js';
import type { Picture } from '../../analysis/picture.schema.js';
import type { WrittenPicture } from '../findings.schema.js';
import type { Language } from '../labels.js';
import { drafts } from './drafts.js';
import { contextOf, finish } from './evidence.js';
import { methods } from './methods.js';

export interface WriteOptions {
  /** What changed since an earlier picture of the scope (comparePictures): said at a glance. */
  readonly change?: PictureChange;
}

export function writePicture(
  picture: Picture,
  language: Language,
  options: WriteOptions = {},
): WrittenPicture {
  const c = contextOf(picture, language, options.change);
  return {
    language,
    sections: drafts(c).map((d) => finish(c, d)),
    methods: methods(c),
  };
}

export { writeNetworkPicture } from './network.js';
