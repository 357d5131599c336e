import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, Textarea, TextInput } from 'suomifi-ui-components';
import { DAY_TEXT, parseDay, writeDay } from './dates';
import { useLang } from '../../i18n/lang';
import { plainText } from './localText';
import type { InputProps } from './QuestionField';
import type { Question } from '../../../domain/questionnaires';

type Of<T extends Question['type']> = InputProps<Extract<Question, { type: T }>>;

/** Free text: an empty field is no answer. */
export function FreeTextInput({
  id,
  labelText,
  hint,
  optional,
  error,
  question,
  value,
  onChange,
}: Of<'text'>) {
  const text = typeof value === 'string' ? value : '';
  const set = (typed: string) => onChange(typed.trim() === '' ? undefined : typed);
  const common = {
    id,
    labelText,
    optionalText: optional,
    hintText: hint,
    status: error ? ('error' as const) : ('default' as const),
    statusText: error,
    fullWidth: true,
  };
  return question.long ? (
    <Textarea {...common} value={text} maxLength={5000} onChange={(e) => set(e.target.value)} />
  ) : (
    <TextInput {...common} value={text} maxLength={500} onChange={(v) => set(String(v ?? ''))} />
  );
}

/** A number as a Finn writes it (a comma for the decimal point); text that is no number stays unsaved. */
export function NumberInput({
  id,
  labelText,
  hint,
  optional,
  error,
  question,
  value,
  onChange,
}: Of<'number'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(() => (typeof value === 'number' ? String(value).replace('.', ',') : ''));
  const parsed = (typed: string) => {
    const clean = typed.trim().replace(/\s/g, '').replace(',', '.');
    return clean === '' || !/^-?\d+(\.\d+)?$/.test(clean) ? null : Number(clean);
  };
  const own = text.trim() !== '' && parsed(text) === null ? t('answer.notANumber') : undefined;
  const unit = question.unit ? plainText(question.unit, lang) : undefined;
  return (
    <TextInput
      id={id}
      labelText={unit ? `${labelText} (${unit})` : labelText}
      optionalText={optional}
      hintText={hint}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      status={own || error ? 'error' : 'default'}
      statusText={own ?? error}
      onChange={(v) => {
        const typed = String(v ?? '');
        setText(typed);
        const n = parsed(typed);
        // Text that is no number takes the answer back until it is one.
        onChange(n ?? undefined);
      }}
    />
  );
}

/** A day, written as Finns write it (6.12.2026) or picked from the calendar. */
export function DateAnswerInput({ id, labelText, hint, optional, error, value, onChange }: Of<'date'>) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => (typeof value === 'string' ? writeDay(value) : ''));
  const own = text.trim() !== '' && parseDay(text) === null ? t('answer.notADate') : undefined;
  const language = i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi';
  return (
    <DateInput
      id={id}
      labelText={labelText}
      optionalText={optional}
      hintText={hint ?? t('answer.dateHint')}
      value={text}
      status={own || error ? 'error' : 'default'}
      statusText={own ?? error}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(parseDay(typed) ?? undefined);
      }}
      datePickerEnabled
      dateAdapter={DAY_TEXT}
      language={language}
      autoComplete="off"
    />
  );
}
