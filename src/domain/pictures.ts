import { z } from 'zod';
import { entitySchemas, longText, opt, shortText, titleFields } from './common.js';

export const PICTURE_SCOPES = ['ecosystem', 'municipality', 'region', 'network'] as const;

/** A development proposal a town writes into its situational picture report (fi first, sv and en too). */
export const pictureProposal = entitySchemas('PictureProposal', {
  scopeKind: z.enum(PICTURE_SCOPES),
  scopeId: shortText,
  ...titleFields,
  bodyFi: opt(longText),
  bodySv: opt(longText),
  bodyEn: opt(longText),
  position: z.number().int().min(0).max(1000).optional(),
});
