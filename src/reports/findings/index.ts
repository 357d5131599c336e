/**
 * The written picture of a scope in one language. Placeholder until the generator lands: every section
 * present, no sentences yet.
 */
import { createHash } from 'node:crypto';
import type { Picture } from '../../analysis/picture.schema.js';
import { FINDING_SECTION_KEYS, type WrittenPicture } from '../findings.schema.js';
import type { Language } from '../labels.js';

export function writePicture(picture: Picture, language: Language): WrittenPicture {
  return {
    language,
    sections: FINDING_SECTION_KEYS.map((key) => ({
      key,
      title: key,
      sentences: [],
      proposals: [],
      fingerprint: createHash('sha256')
        .update(JSON.stringify([key, picture.scope]))
        .digest('hex')
        .slice(0, 16),
    })),
    methods: { plain: [], technical: [] },
  };
}
