/** Which table an id field points to; one word for one thing across the API, the server and the web. */
export const REFERENCE_TABLES = {
  organisationId: 'organisations',
  fromOrganisationId: 'organisations',
  toOrganisationId: 'organisations',
  ownerOrganisationId: 'organisations',
  openerOrganisationId: 'organisations',
  personId: 'people',
  competenceId: 'competences',
  themeId: 'competences',
  ecosystemId: 'ecosystems',
  networkId: 'networks',
  projectId: 'projects',
  fundingCallId: 'fundingCalls',
  agreementId: 'ecosystemAgreements',
  eventId: 'events',
  strategyId: 'strategies',
  goalId: 'strategyGoals',
  networkGoalId: 'strategyGoals',
  contributingGoalId: 'strategyGoals',
  actionId: 'developmentActions',
  contactId: 'contacts',
} as const;

/** A table some record field points to. */
export type ReferenceTable = (typeof REFERENCE_TABLES)[keyof typeof REFERENCE_TABLES];

/** The table a field points to, or undefined when the field is no reference Solmu knows. */
export const referenceTableOf = (field: string): ReferenceTable | undefined =>
  Object.hasOwn(REFERENCE_TABLES, field)
    ? REFERENCE_TABLES[field as keyof typeof REFERENCE_TABLES]
    : undefined;

/** Identifiers from outside Solmu, not references to its records. */
export const EXTERNAL_IDS: ReadonlySet<string> = new Set(['businessId', 'scopeId']);

/** Fields that name a user account (a contact's owner): checked against the workspace's members, not a record table. */
export const USER_FIELDS: ReadonlySet<string> = new Set(['ownerId']);

/** Whether a field names another record: an `…Id` that is not an outside identifier or a user. */
export const isReferenceField = (name: string) =>
  name.endsWith('Id') && !EXTERNAL_IDS.has(name) && !USER_FIELDS.has(name);

/** A table's path in the API: 'ecosystemAgreements' → 'ecosystem-agreements'. */
export const apiPathOf = (table: string) => table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
