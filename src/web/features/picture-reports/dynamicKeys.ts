/** What a report version records as its change (the server's change summaries). */
export const REPORT_ACTIONS = [
  'create',
  'editSection',
  'resetSection',
  'hideSection',
  'moveSection',
  'addSection',
  'acknowledgeEvidence',
  'decideProposal',
  'addProposal',
  'recompute',
  'publish',
  'unpublish',
  'intoStrategy',
] as const;
export const PROPOSAL_KINDS = ['developmentTarget', 'growthSector'] as const;
export const DECISIONS = ['open', 'accepted', 'changed', 'rejected'] as const;
export const STRATEGY_AS = ['action', 'goal'] as const;
export const REPORT_LANGS = ['fi', 'sv', 'en'] as const;
export const REPORT_VISIBILITIES = ['private', 'network', 'public'] as const;

/** Value-made message keys of the report pages (spread into DYNAMIC_KEYS). */
export const REPORT_DYNAMIC_KEYS = {
  reportAction: REPORT_ACTIONS,
  reportKind: PROPOSAL_KINDS,
  reportDecision: DECISIONS,
  reportAs: STRATEGY_AS,
  reportInStrategy: STRATEGY_AS,
  reportOpen: STRATEGY_AS,
  reportLanguage: REPORT_LANGS,
  reportVisibility: REPORT_VISIBILITIES,
} as const;
