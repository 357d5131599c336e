/** A funding call's rules as the form holds them: every value as typed, numbers too. */
export const RULE_KINDS = [
  'minOrganisations',
  'maxOrganisations',
  'minMembersOfNetwork',
  'requiredOrganisationKinds',
  'maxDurationMonths',
  'budgetShare',
  'note',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export type RuleDraft = { kind: RuleKind; kinds?: string[] } & Record<string, unknown>;

/** The inputs each kind of rule has besides its kind (requiredOrganisationKinds has checkboxes too). */
export const RULE_TEXT_FIELDS = [
  'count',
  'months',
  'minPercent',
  'maxPercent',
  'textFi',
  'textSv',
  'textEn',
] as const;
type RuleField = (typeof RULE_TEXT_FIELDS)[number] | 'networkId' | 'role';

export const RULE_FIELDS: Record<RuleKind, readonly RuleField[]> = {
  minOrganisations: ['count'],
  maxOrganisations: ['count'],
  minMembersOfNetwork: ['networkId', 'count'],
  requiredOrganisationKinds: ['count'],
  maxDurationMonths: ['months'],
  budgetShare: ['role', 'minPercent', 'maxPercent'],
  note: ['textFi', 'textSv', 'textEn'],
};

const NUMBERS = new Set(['count', 'months', 'minPercent', 'maxPercent']);

/** The rules in the form's JSON text; unreadable text gives no rules to edit. */
export function readRules(text: string): RuleDraft[] {
  try {
    const value = JSON.parse(text || '[]') as unknown;
    return Array.isArray(value) ? (value as RuleDraft[]) : [];
  } catch {
    return [];
  }
}

/** Back to JSON text for the form: counts as numbers when they are numbers, empty inputs left out. */
export function writeRules(rules: RuleDraft[]): string {
  const clean = rules.map((rule) => {
    const out: Record<string, unknown> = { kind: rule.kind };
    if (rule.kind === 'requiredOrganisationKinds') out.kinds = rule.kinds ?? [];
    for (const field of RULE_FIELDS[rule.kind]) {
      const value = rule[field];
      if (value === undefined || value === '') continue;
      const n = Number(value);
      out[field] = NUMBERS.has(field) && String(value).trim() !== '' && Number.isFinite(n) ? n : value;
    }
    return out;
  });
  return JSON.stringify(clean);
}
