import { text } from '../../../domain/common.js';
import { PICTURE_SCOPES } from '../../../domain/pictures.js';
import { oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';

export const pictureProposalsResource = defineResource(ENTITIES['picture-proposals'], {
  summary: 'development proposals written into situational picture reports',
  filters: {
    scopeKind: oneOf('scopeKind', PICTURE_SCOPES, 'Scope kind'),
    scopeId: {
      schema: text.max(200),
      description: 'Scope id or code',
      apply: (q, v: string) => q.where('scopeId', '=', v),
    },
  },
});
