import { z } from 'zod';
import { NETWORK_KINDS, NETWORK_MEMBER_ROLES } from '../../../domain/enums.js';
import { byId, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkMunicipalityCodes } from '../reference/checks.js';
import { coverageRows, memberCounts } from './coverage.repository.js';
import { coverageSchema, foldCoverage } from './coverage.js';

export const networksResource = defineResource(ENTITIES.networks, {
  summary: 'networks of towns and organisations',
  extraOutput: { memberCount: z.number().int(), coverage: coverageSchema },
  filters: { kind: oneOf('kind', NETWORK_KINDS, 'Network kind') },
  async decorate(db, items, caller) {
    const ids = items.map((i) => String(i.id));
    const rows = await coverageRows(db, ids, caller);
    const countOf = await memberCounts(db, ids, caller);
    return items.map((i) => ({
      ...i,
      memberCount: countOf.get(String(i.id)) ?? 0,
      coverage: foldCoverage(rows.filter((r) => r.networkId === i.id)),
    }));
  },
});

export const networkMembersResource = defineResource(ENTITIES['network-members'], {
  summary: 'members of networks',
  filters: {
    networkId: byId('networkId', 'Of this network'),
    organisationId: byId('organisationId', 'This organisation'),
    role: oneOf('role', NETWORK_MEMBER_ROLES, 'Role in the network'),
  },
  check: (db, record) => checkMunicipalityCodes(db, record),
});
