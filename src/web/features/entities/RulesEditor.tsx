import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { ORGANISATION_KINDS, PROJECT_ROLES } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { ReferencePicker } from './ReferencePicker';
import { readRules, RULE_FIELDS, RULE_KINDS, writeRules, type RuleDraft, type RuleKind } from './rules';

type Props = { id: string; value: string; error?: string; onChange: (value: string) => void };

/**
 * The rules a funding call sets for a consortium (e.g. actors from at least three Innokaupungit), one
 * group of inputs per rule; the form keeps them as the JSON the API takes.
 */
export function RulesEditor({ id, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const rules = readRules(value);
  const set = (next: RuleDraft[]) => onChange(writeRules(next));
  const patch = (index: number, change: Partial<RuleDraft>) =>
    set(rules.map((r, i) => (i === index ? ({ ...r, ...change } as RuleDraft) : r)));

  const input = (rule: RuleDraft, index: number, field: (typeof RULE_FIELDS)[RuleKind][number]) =>
    field === 'role' ? (
      <Dropdown
        key={field}
        id={`${id}-${index}-role`}
        labelText={t('entities.rule.role')}
        value={String(rule.role ?? '')}
        onChange={(role: string) => patch(index, { role })}
        fullWidth
      >
        {PROJECT_ROLES.map((r) => (
          <DropdownItem key={r} value={r}>
            {label(t, 'projectRole', r)}
          </DropdownItem>
        ))}
      </Dropdown>
    ) : field === 'networkId' ? (
      <ReferencePicker
        key={field}
        id={`${id}-${index}-${field}`}
        path="networks"
        labelText={t('entities.rule.network')}
        value={String(rule.networkId ?? '')}
        onChange={(networkId) => patch(index, { networkId })}
        status="default"
      />
    ) : (
      <TextInput
        key={field}
        id={`${id}-${index}-${field}`}
        labelText={label(t, 'ruleField', field)}
        value={String(rule[field] ?? '')}
        onChange={(v) => patch(index, { [field]: String(v ?? '') })}
        fullWidth
      />
    );

  return (
    <fieldset className="rules" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label(t, 'entityField', 'rules')}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {rules.map((rule, index) => (
        <fieldset key={index} className="rule">
          <legend>{t('entities.rule.legend', { number: index + 1 })}</legend>
          <Dropdown
            id={`${id}-${index}-kind`}
            labelText={t('entities.rule.kind')}
            value={rule.kind}
            onChange={(kind: string) => patch(index, { kind: kind as RuleKind })}
            fullWidth
          >
            {RULE_KINDS.map((k) => (
              <DropdownItem key={k} value={k}>
                {label(t, 'callRuleKind', k)}
              </DropdownItem>
            ))}
          </Dropdown>
          {RULE_FIELDS[rule.kind]?.map((field) => input(rule, index, field))}
          {rule.kind === 'requiredOrganisationKinds' &&
            ORGANISATION_KINDS.map((k) => (
              <Checkbox
                key={k}
                id={`${id}-${index}-${k}`}
                checked={rule.kinds?.includes(k) ?? false}
                onClick={({ checkboxState }) =>
                  patch(index, {
                    kinds: checkboxState
                      ? [...(rule.kinds ?? []), k]
                      : (rule.kinds ?? []).filter((x) => x !== k),
                  })
                }
              >
                {label(t, 'organisationKind', k)}
              </Checkbox>
            ))}
          <Button variant="secondary" onClick={() => set(rules.filter((_, i) => i !== index))}>
            {t('entities.rule.remove', { number: index + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => set([...rules, { kind: 'minOrganisations', count: '' }])}>
        {t('entities.rule.add')}
      </Button>
    </fieldset>
  );
}
