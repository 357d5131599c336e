import { ECCP_CRITERIA, ECCP_CRITERION_STATUSES } from '../../../domain/eccp';

/** The value-made message keys of the ECCP profile's section (i18n/dynamic.ts spreads them in). */
export const ECCP_DYNAMIC_KEYS = {
  eccpCriterion: ECCP_CRITERIA,
  eccpStatus: ECCP_CRITERION_STATUSES,
  /** What to do when a criterion is not met or is for a person to confirm. */
  eccpHint: ECCP_CRITERIA,
  eccpGap: ['needs_translation', 'unmapped', 'size_unknown', 'not_in_solmu'],
  eccpField: ['name', 'description', 'acronym', 'year_of_establishment', 'cluster_labels'],
} as const;
