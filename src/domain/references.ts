/** Which table an id field points to; one word for one thing across the API, the server and the web. */
export const REFERENCE_TABLES: Record<string, string> = {
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
  agreementId: 'ecosystemAgreements',
  eventId: 'events',
  strategyId: 'strategies',
  goalId: 'strategyGoals',
  actionId: 'developmentActions',
  contactId: 'contacts',
};

/** Identifiers from outside Solmu, not references to its records. */
export const EXTERNAL_IDS: ReadonlySet<string> = new Set(['businessId', 'scopeId']);

/** Whether a field names another record: an `…Id` that is not an outside identifier. */
export const isReferenceField = (name: string) => name.endsWith('Id') && !EXTERNAL_IDS.has(name);

/** A table's path in the API: 'ecosystemAgreements' → 'ecosystem-agreements'. */
export const apiPathOf = (table: string) => table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
