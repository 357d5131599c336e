import { text } from '../../../domain/common.js';
import { PICTURE_SCOPES, pictureProposal } from '../../../domain/pictures.js';
import { oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';

export const pictureProposalsResource: ResourceDefinition = {
  path: 'picture-proposals',
  table: 'pictureProposals',
  entity: 'PictureProposal',
  summary: 'development proposals written into situational picture reports',
  schemas: pictureProposal,
  sortable: ['position', 'createdAt', 'titleFi'],
  searchable: true,
  filters: {
    scopeKind: oneOf('scopeKind', PICTURE_SCOPES, 'Scope kind'),
    scopeId: {
      schema: text.max(200),
      description: 'Scope id or code',
      apply: (q, v: string) => q.where('scopeId', '=', v),
    },
  },
};
