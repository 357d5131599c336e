import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { RELATION_KINDS } from '../../../domain/enums';
import type { Question } from '../../../domain/questionnaires';
import { label } from '../../i18n/dynamic';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { uniqueKey } from './builder';
import { FieldProblems, type Problems } from './FieldProblems';
import { LocalTextFields } from './LocalTextFields';

type Props<Q extends Question> = {
  id: string;
  path: string;
  question: Q;
  onChange: (question: Question) => void;
  problems: Problems;
};

/** A whole number typed in a field; empty is none. */
function NumberField(props: {
  id: string;
  labelText: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      id={props.id}
      type="number"
      labelText={props.labelText}
      optionalText={props.optional ? t('form.optional') : undefined}
      value={props.value ?? ''}
      onChange={(v) => {
        const text = String(v ?? '').trim();
        props.onChange(text === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
      }}
      status={props.error ? 'error' : 'default'}
      statusText={props.error}
    />
  );
}

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;

function OptionsEditor({ id, path, question, onChange, problems }: Props<Choice>) {
  const { t } = useTranslation();
  const set = (options: Choice['options']) => onChange({ ...question, options });
  return (
    <fieldset className="builder-fields">
      <legend>{t('mapping.builder.options')}</legend>
      {question.options.map((option, i) => (
        <div key={i} className="panel">
          <TextInput
            id={`${id}-option-${i}-key`}
            labelText={t('mapping.builder.optionKey', { n: i + 1 })}
            hintText={t('mapping.builder.keyHint')}
            value={option.key}
            onChange={(v) =>
              set(question.options.map((o, j) => (j === i ? { ...o, key: String(v ?? '') } : o)))
            }
            status={problems.get(`${path}.options.${i}.key`) ? 'error' : 'default'}
            statusText={problems
              .get(`${path}.options.${i}.key`)
              ?.map((p) => p.text)
              .join(' ')}
          />
          <LocalTextFields
            id={`${id}-option-${i}-label`}
            legend={t('mapping.builder.optionLabel', { n: i + 1 })}
            value={option.label}
            onChange={(labelText) =>
              set(question.options.map((o, j) => (j === i ? { ...o, label: labelText } : o)))
            }
            path={`${path}.options.${i}.label`}
            problems={problems}
          />
          <Button
            variant="secondaryNoBorder"
            disabled={question.options.length <= 2}
            onClick={() => set(question.options.filter((_, j) => j !== i))}
          >
            {t('mapping.builder.removeOption', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <FieldProblems problems={problems.get(`${path}.options`)} />
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            set([
              ...question.options,
              {
                key: uniqueKey(
                  question.options.map((o) => o.key),
                  `option_${question.options.length + 1}`,
                ),
                label: { fi: '' },
              },
            ])
          }
        >
          {t('mapping.builder.addOption')}
        </Button>
      </div>
    </fieldset>
  );
}

/** The fields a question of its type has besides the common ones. */
export function QuestionFields(props: Props<Question>) {
  const { t } = useTranslation();
  const { id, path, question: q, onChange, problems } = props;
  const error = (field: string) =>
    problems
      .get(`${path}.${field}`)
      ?.map((p) => p.text)
      .join(' ');
  switch (q.type) {
    case 'single':
    case 'multiple':
      return <OptionsEditor {...props} question={q} />;
    case 'scale':
      return (
        <>
          <Dropdown
            id={`${id}-min`}
            labelText={t('mapping.builder.scaleMin')}
            value={String(q.min)}
            onChange={(v: string) => onChange({ ...q, min: Number(v) })}
          >
            {[0, 1].map((n) => (
              <DropdownItem key={n} value={String(n)}>
                {n}
              </DropdownItem>
            ))}
          </Dropdown>
          <Dropdown
            id={`${id}-max`}
            labelText={t('mapping.builder.scaleMax')}
            value={String(q.max)}
            onChange={(v: string) => onChange({ ...q, max: Number(v) })}
            status={error('max') ? 'error' : 'default'}
            statusText={error('max')}
          >
            {[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
              <DropdownItem key={n} value={String(n)}>
                {n}
              </DropdownItem>
            ))}
          </Dropdown>
          <LocalTextFields
            id={`${id}-min-label`}
            legend={t('mapping.builder.minLabel')}
            value={q.minLabel}
            onChange={(minLabel) => onChange({ ...q, minLabel })}
            path={`${path}.minLabel`}
            problems={problems}
            optional
          />
          <LocalTextFields
            id={`${id}-max-label`}
            legend={t('mapping.builder.maxLabel')}
            value={q.maxLabel}
            onChange={(maxLabel) => onChange({ ...q, maxLabel })}
            path={`${path}.maxLabel`}
            problems={problems}
            optional
          />
        </>
      );
    case 'number':
      return (
        <>
          <NumberField
            id={`${id}-min`}
            labelText={t('mapping.builder.numberMin')}
            value={q.min}
            onChange={(min) => onChange({ ...q, min })}
            optional
          />
          <NumberField
            id={`${id}-max`}
            labelText={t('mapping.builder.numberMax')}
            value={q.max}
            onChange={(max) => onChange({ ...q, max })}
            optional
            error={error('max')}
          />
          <LocalTextFields
            id={`${id}-unit`}
            legend={t('mapping.builder.unit')}
            value={q.unit}
            onChange={(unit) => onChange({ ...q, unit })}
            path={`${path}.unit`}
            problems={problems}
            optional
          />
        </>
      );
    case 'text':
      return (
        <Checkbox
          id={`${id}-long`}
          checked={q.long}
          onClick={({ checkboxState }) => onChange({ ...q, long: checkboxState })}
        >
          {t('mapping.builder.long')}
        </Checkbox>
      );
    case 'competences':
      return (
        <>
          <ChoiceGroup
            name={`${id}-direction`}
            labelText={t('mapping.builder.direction')}
            value={q.direction}
            onChange={(direction) => onChange({ ...q, direction })}
            options={['offer', 'need'] as const}
            text={(d) => (d === 'offer' ? t('mapping.builder.offer') : t('mapping.builder.need'))}
          />
          <Checkbox
            id={`${id}-allow-new`}
            checked={q.allowNew}
            onClick={({ checkboxState }) => onChange({ ...q, allowNew: checkboxState })}
          >
            {t('mapping.builder.allowNew')}
          </Checkbox>
        </>
      );
    case 'actors':
    case 'partners':
      return (
        <>
          {q.type === 'partners' && (
            <CheckboxGroup
              labelText={t('mapping.builder.relationKinds')}
              groupStatus={error('relationKinds') ? 'error' : 'default'}
              groupStatusText={error('relationKinds')}
            >
              {RELATION_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  id={`${id}-kind-${kind}`}
                  checked={q.relationKinds.includes(kind)}
                  onClick={({ checkboxState }) =>
                    onChange({
                      ...q,
                      relationKinds: checkboxState
                        ? [...q.relationKinds, kind]
                        : q.relationKinds.filter((k) => k !== kind),
                    })
                  }
                >
                  {label(t, 'relationKind', kind)}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}
          <NumberField
            id={`${id}-max-items`}
            labelText={t('mapping.builder.maxItems')}
            value={q.maxItems}
            onChange={(maxItems) => onChange({ ...q, maxItems: maxItems as number })}
            error={error('maxItems')}
          />
        </>
      );
    default:
      return null;
  }
}
