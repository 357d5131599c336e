import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, Textarea, TextInput } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { DAY_TEXT, parseDay, writeDay } from './dates';
import { plainText } from './localText';
import { labelled, type InputOf } from './QuestionField';

/** Free text: an empty field is no answer. */
export function FreeTextInput({ question, value, onChange, ...field }: InputOf<'text'>) {
  const text = typeof value === 'string' ? value : '';
  const set = (typed: string) => onChange(typed.trim() === '' ? undefined : typed);
  return question.long ? (
    <Textarea
      {...labelled(field)}
      fullWidth
      value={text}
      maxLength={5000}
      onChange={(e) => set(e.target.value)}
    />
  ) : (
    <TextInput
      {...labelled(field)}
      fullWidth
      value={text}
      maxLength={500}
      onChange={(v) => set(String(v ?? ''))}
    />
  );
}

/** A number as a Finn writes it (a comma for the decimal point); text that is no number is no answer. */
export function NumberInput({ question, value, onChange, ...field }: InputOf<'number'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(() => (typeof value === 'number' ? String(value).replace('.', ',') : ''));
  const parsed = (typed: string) => {
    const clean = typed.trim().replace(/\s/g, '').replace(',', '.');
    return clean === '' || !/^-?\d+(\.\d+)?$/.test(clean) ? null : Number(clean);
  };
  const own = text.trim() !== '' && parsed(text) === null ? t('answer.notANumber') : undefined;
  const unit = question.unit ? plainText(question.unit, lang) : undefined;
  const props = labelled(field, own);
  return (
    <TextInput
      {...props}
      labelText={unit ? `${props.labelText} (${unit})` : props.labelText}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(v) => {
        const typed = String(v ?? '');
        setText(typed);
        onChange(parsed(typed) ?? undefined);
      }}
    />
  );
}

/** A day, written as Finns write it (6.12.2026) or picked from the calendar. */
export function DateAnswerInput({ value, onChange, ...field }: InputOf<'date'>) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => (typeof value === 'string' ? writeDay(value) : ''));
  const own = text.trim() !== '' && parseDay(text) === null ? t('answer.notADate') : undefined;
  const language = i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi';
  return (
    <DateInput
      {...labelled({ ...field, hint: field.hint ?? t('answer.dateHint') }, own)}
      value={text}
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
