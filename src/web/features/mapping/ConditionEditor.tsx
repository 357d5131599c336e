import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import type { Question } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import { conditionValues, firstConditionValue } from './builder';
import { FieldProblems, type Problems } from './FieldProblems';

type Props = {
  id: string;
  path: string;
  question: Question;
  /** The earlier questions the condition may look at (`conditionTargets`). */
  targets: Question[];
  onChange: (question: Question) => void;
  problems: Problems;
};

/** A value as the dropdown keeps it: "s:text", "b:true", "n:3", so the type survives the round trip. */
const encode = (value: string | number | boolean) =>
  `${typeof value === 'string' ? 's' : typeof value === 'boolean' ? 'b' : 'n'}:${String(value)}`;
const decode = (text: string): string | number | boolean =>
  text.startsWith('b:') ? text === 'b:true' : text.startsWith('n:') ? Number(text.slice(2)) : text.slice(2);

/** "Show only if the answer to an earlier question is …": the question and the value, by their names. */
export function ConditionEditor({ id, path, question, targets, onChange, problems }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const showIf = question.showIf;
  const target = targets.find((q) => q.key === showIf?.question);
  const nameOf = (q: Question) => q.label[lang] || q.label.fi || q.key;
  const valueText = (value: string | number | boolean, option?: Question['label']) =>
    option
      ? option[lang] || option.fi || String(value)
      : value === true
        ? t('mapping.yes')
        : value === false
          ? t('mapping.no')
          : String(value);
  const choose = (key: string) => {
    const next = targets.find((q) => q.key === key);
    if (next) onChange({ ...question, showIf: { question: key, equals: firstConditionValue(next) } });
  };
  return (
    <div className="builder-fields">
      {showIf === undefined && targets.length === 0 ? (
        <p className="muted">{t('mapping.builder.noConditionTargets')}</p>
      ) : (
        <Checkbox
          id={`${id}-conditional`}
          checked={showIf !== undefined}
          onClick={({ checkboxState }) =>
            checkboxState && targets[0]
              ? choose(targets[0].key)
              : onChange({ ...question, showIf: undefined })
          }
        >
          {t('mapping.builder.conditional')}
        </Checkbox>
      )}
      {showIf && (
        <>
          <Dropdown
            id={`${id}-condition-question`}
            labelText={t('mapping.builder.conditionQuestion')}
            value={target ? showIf.question : ''}
            visualPlaceholder={t('mapping.builder.pickQuestion')}
            onChange={choose}
          >
            {targets.map((q) => (
              <DropdownItem key={q.key} value={q.key}>
                {nameOf(q)}
              </DropdownItem>
            ))}
          </Dropdown>
          {target && conditionValues(target).length > 0 && (
            <Dropdown
              id={`${id}-condition-value`}
              labelText={t('mapping.builder.conditionValue')}
              value={encode(showIf.equals)}
              onChange={(v: string) => onChange({ ...question, showIf: { ...showIf, equals: decode(v) } })}
            >
              {conditionValues(target).map((v) => (
                <DropdownItem key={encode(v.value)} value={encode(v.value)}>
                  {valueText(v.value, v.option)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          {target?.type === 'number' && (
            <TextInput
              id={`${id}-condition-number`}
              type="number"
              labelText={t('mapping.builder.conditionValue')}
              value={String(showIf.equals)}
              onChange={(v) => onChange({ ...question, showIf: { ...showIf, equals: Number(v ?? 0) } })}
            />
          )}
          <FieldProblems problems={problems.get(`${path}.showIf`)} />
        </>
      )}
    </div>
  );
}
