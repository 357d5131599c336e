/** Values whose words the partner search page reads by key (`label(t, 'searchScope', 'town')`). */
export const PARTNER_SEARCH_DYNAMIC_KEYS = {
  searchScope: ['town', 'network', 'innokaupungit', 'finland'],
  matchCloseness: ['exact', 'theme', 'text'],
} as const;
