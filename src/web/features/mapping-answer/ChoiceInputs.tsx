import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { plainText } from './localText';
import type { InputOf as Of } from './QuestionField';

/** A choice out of several: the question's options, or yes and no, or the points of a scale. */
function Radios({
  id,
  labelText,
  hint,
  optional,
  error,
  value,
  options,
  onChange,
}: {
  id: string;
  labelText: string;
  hint?: string;
  optional?: string;
  error?: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="answer-choice">
      <RadioButtonGroup
        id={id}
        name={id}
        labelText={labelText}
        optionalText={optional}
        groupHintText={hint}
        groupStatus={error ? 'error' : 'default'}
        groupStatusText={error}
        value={value}
        onChange={(v) => onChange(v)}
      >
        {options.map((o) => (
          <RadioButton key={o.value} value={o.value}>
            {o.text}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {value !== '' && (
        <button type="button" className="answer-link-button" onClick={() => onChange(undefined)}>
          {t('answer.clearChoice')}
        </button>
      )}
    </div>
  );
}

export function SingleInput({ question, value, onChange, ...field }: Of<'single'>) {
  const lang = useLang();
  return (
    <Radios
      {...field}
      value={typeof value === 'string' ? value : ''}
      options={question.options.map((o) => ({ value: o.key, text: plainText(o.label, lang) }))}
      onChange={onChange}
    />
  );
}

export function YesNoInput({ value, onChange, ...field }: Of<'yesno'>) {
  const { t } = useTranslation();
  return (
    <Radios
      {...field}
      value={value === true ? 'yes' : value === false ? 'no' : ''}
      options={[
        { value: 'yes', text: t('answer.yes') },
        { value: 'no', text: t('answer.no') },
      ]}
      onChange={(v) => onChange(v === undefined ? undefined : v === 'yes')}
    />
  );
}

/** The points of a scale, the ends with their words ("1 – not at all"). */
export function ScaleInput({ question, value, onChange, ...field }: Of<'scale'>) {
  const lang = useLang();
  const points = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  const words = (n: number) =>
    n === question.min && question.minLabel
      ? ` – ${plainText(question.minLabel, lang)}`
      : n === question.max && question.maxLabel
        ? ` – ${plainText(question.maxLabel, lang)}`
        : '';
  return (
    <Radios
      {...field}
      value={typeof value === 'number' ? String(value) : ''}
      options={points.map((n) => ({ value: String(n), text: `${n}${words(n)}` }))}
      onChange={(v) => onChange(v === undefined ? undefined : Number(v))}
    />
  );
}

export function MultipleInput({
  id,
  labelText,
  hint,
  optional,
  error,
  question,
  value,
  onChange,
}: Of<'multiple'>) {
  const lang = useLang();
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const toggle = (key: string, on: boolean) => {
    const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
    // Kept in the questionnaire's order; none chosen is no answer.
    const ordered = question.options.map((o) => o.key).filter((k) => next.includes(k));
    onChange(ordered.length ? ordered : undefined);
  };
  return (
    <CheckboxGroup
      id={id}
      labelText={labelText}
      optionalText={optional}
      groupHintText={hint}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
    >
      {question.options.map((o) => (
        <Checkbox
          key={o.key}
          id={`${id}-${o.key}`}
          checked={chosen.includes(o.key)}
          onClick={({ checkboxState }) => toggle(o.key, checkboxState)}
        >
          {plainText(o.label, lang)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
