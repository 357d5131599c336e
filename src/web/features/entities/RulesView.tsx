import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { RefName } from './RefName';
import type { RuleDraft } from './rules';

/** A funding call's rules in words: "Minimum number of organisations: 3". */
export function RulesView({ rules }: { rules: RuleDraft[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (rules.length === 0) return null;
  const detail = (rule: RuleDraft) => {
    switch (rule.kind) {
      case 'minMembersOfNetwork':
        return (
          <>
            {String(rule.count)} (<RefName path="networks" id={String(rule.networkId)} />)
          </>
        );
      case 'requiredOrganisationKinds':
        return (rule.kinds ?? [])
          .map((k) => `${label(t, 'organisationKind', k)} (${String(rule.count ?? 1)})`)
          .join(', ');
      case 'budgetShare':
        return `${label(t, 'projectRole', String(rule.role))} ${String(rule.minPercent ?? 0)}–${String(rule.maxPercent ?? 100)} %`;
      case 'note':
        return localized(rule, 'text', lang).text;
      default:
        return String(rule.count ?? rule.months ?? '');
    }
  };
  return (
    <ul className="plain-list">
      {rules.map((rule, i) => (
        <li key={i}>
          {label(t, 'callRuleKind', rule.kind)}: {detail(rule)}
        </li>
      ))}
    </ul>
  );
}
