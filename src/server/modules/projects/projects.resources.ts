import { z } from 'zod';
import {
  agreementParty,
  ecosystemAgreement,
  fundingCall,
  project,
  projectRole,
} from '../../../domain/projects.js';
import { PROJECT_ROLES, PROJECT_STATUSES } from '../../../domain/enums.js';
import { canRead } from '../../auth/visibility.js';
import { AppError } from '../../errors.js';
import { byId, flag, inJoinTable, oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';
import { checkMunicipalityCodes } from '../reference/checks.js';

export const projectsResource: ResourceDefinition = {
  path: 'projects',
  table: 'projects',
  entity: 'Project',
  summary: 'projects with their period, budget and status',
  networkField: 'networkId',
  schemas: project,
  sortable: ['nameFi', 'createdAt', 'status'],
  searchable: true,
  alternateKeys: ['slug'],
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
};

export const projectRolesResource: ResourceDefinition = {
  path: 'project-roles',
  table: 'projectRoles',
  entity: 'ProjectRole',
  summary: "organisations' roles in projects",
  schemas: projectRole,
  sortable: ['createdAt', 'role'],
  filters: {
    projectId: byId('projectId', 'Of this project'),
    organisationId: byId('organisationId', 'This organisation'),
    role: oneOf('role', PROJECT_ROLES, 'Role'),
  },
};

export const fundingCallsResource: ResourceDefinition = {
  path: 'funding-calls',
  table: 'fundingCalls',
  entity: 'FundingCall',
  summary: 'funding calls with themes, deadlines and rules',
  schemas: fundingCall,
  sortable: ['deadlineAt', 'titleFi', 'createdAt'],
  searchable: true,
  jsonColumns: ['rules'],
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
};

export const ecosystemAgreementsResource: ResourceDefinition = {
  path: 'ecosystem-agreements',
  table: 'ecosystemAgreements',
  entity: 'EcosystemAgreement',
  summary: 'ecosystem agreements of city regions',
  schemas: ecosystemAgreement,
  sortable: ['nameFi', 'createdAt'],
  searchable: true,
  filters: { networkId: byId('networkId', 'Of this network') },
  check: (db, record) => checkMunicipalityCodes(db, record),
};

export const agreementPartiesResource: ResourceDefinition = {
  path: 'agreement-parties',
  table: 'agreementParties',
  entity: 'AgreementParty',
  summary: 'parties of ecosystem agreements',
  schemas: agreementParty,
  sortable: ['createdAt'],
  filters: {
    agreementId: byId('agreementId', 'Of this agreement'),
    organisationId: byId('organisationId', 'This organisation'),
  },
};
