import { z } from 'zod';
import { PROJECT_ROLES, PROJECT_STATUSES } from '../../../domain/enums.js';
import { canRead } from '../../auth/visibility.js';
import { AppError } from '../../errors.js';
import { byId, flag, inJoinTable, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkMunicipalityCodes } from '../reference/checks.js';

export const projectsResource = defineResource(ENTITIES.projects, {
  summary: 'projects with their period, budget and status',
  filters: {
    status: oneOf('status', PROJECT_STATUSES, 'Status'),
    networkId: byId('networkId', 'Of this network'),
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    isLeadProject: flag('isLeadProject', 'Lead projects (vetovastuuhankkeet) only'),
    organisationId: inJoinTable(
      'id',
      { table: 'projectRoles', select: 'projectId', where: 'organisationId' },
      'Projects this organisation has a role in',
    ),
  },
});

export const projectRolesResource = defineResource(ENTITIES['project-roles'], {
  summary: "organisations' roles in projects",
  filters: {
    projectId: byId('projectId', 'Of this project'),
    organisationId: byId('organisationId', 'This organisation'),
    role: oneOf('role', PROJECT_ROLES, 'Role'),
  },
});

export const fundingCallsResource = defineResource(ENTITIES['funding-calls'], {
  summary: 'funding calls with themes, deadlines and rules',
  filters: {
    openerOrganisationId: byId('openerOrganisationId', 'Opened by this organisation'),
    open: {
      schema: z.enum(['true', 'false']).transform((v) => v === 'true'),
      description: 'Deadline still ahead (true) or passed (false)',
      apply: (q, open: boolean) => q.where('deadlineAt', open ? '>=' : '<', new Date()),
    },
  },
  async check(db, record, _existing, caller) {
    const rules = (record.rules as { kind: string; networkId?: string }[] | undefined) ?? [];
    const networkIds = rules.flatMap((r) => (r.networkId ? [r.networkId] : []));
    if (networkIds.length === 0) return;
    const found = await db
      .selectFrom('networks')
      .select(['id', 'workspaceId', 'visibility'])
      .where('id', 'in', networkIds)
      .execute();
    // A network the caller cannot see is reported as missing, like any other reference.
    const missing = networkIds.filter((id) => !found.some((f) => f.id === id && canRead(caller, f)));
    if (missing.length > 0) {
      throw new AppError(422, 'unknown_reference', 'A rule refers to a network that does not exist', [
        { path: 'rules', message: `No network with id ${missing.join(', ')}` },
      ]);
    }
  },
});

export const ecosystemAgreementsResource = defineResource(ENTITIES['ecosystem-agreements'], {
  summary: 'ecosystem agreements of city regions',
  filters: { networkId: byId('networkId', 'Of this network') },
  check: (db, record) => checkMunicipalityCodes(db, record),
});

export const agreementPartiesResource = defineResource(ENTITIES['agreement-parties'], {
  summary: 'parties of ecosystem agreements',
  filters: {
    agreementId: byId('agreementId', 'Of this agreement'),
    organisationId: byId('organisationId', 'This organisation'),
  },
});
