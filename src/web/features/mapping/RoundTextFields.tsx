import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import { TextField } from '../../ui/TextField';
import { isoDay, type RoundFormErrors, type RoundTexts } from './roundForm';
import { roundProblemText } from './words';

type Props = {
  /** The id the inputs' ids start with ("round", "round-edit"). */
  id: string;
  value: RoundTexts;
  onChange: (changes: Partial<RoundTexts>) => void;
  errors: RoundFormErrors;
};

/** A stored day as the date input reads it (4.5.2026); '' stays ''. */
const typedDay = (day: string) => {
  const [y, m, d] = day.split('-');
  return d ? `${Number(d)}.${Number(m)}.${y}` : day;
};

/** A round's names in Finnish, Swedish and English and its period, in the new and the edit form alike. */
export function RoundTextFields({ id, value, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  // what the officer typed, shown as typed; the form keeps the day it names (or the text when none)
  const [dateTexts, setDateTexts] = useState({
    opensOn: typedDay(value.opensOn),
    closesOn: typedDay(value.closesOn),
    answersKeptUntil: typedDay(value.answersKeptUntil),
  });
  const dates = [
    ['opensOn', t('mapping.opensOn'), t('mapping.dateHint')],
    ['closesOn', t('mapping.closesOn'), t('mapping.dateHint')],
    ['answersKeptUntil', t('mapping.answersKeptUntil'), t('mapping.answersKeptUntilHint')],
  ] as const;
  const problem = (field: keyof RoundTexts) => roundProblemText(t, errors[field]);
  const names = [
    ['nameFi', t('mapping.nameFi')],
    ['nameSv', t('mapping.nameSv')],
    ['nameEn', t('mapping.nameEn')],
  ] as const;
  return (
    <>
      {names.map(([field, label]) => (
        <TextField
          key={field}
          id={field === 'nameFi' ? `${id}-name` : `${id}-${field}`}
          labelText={label}
          optional={field !== 'nameFi'}
          value={value[field]}
          onChange={(text) => onChange({ [field]: text })}
          error={problem(field)}
        />
      ))}
      {dates.map(([field, label, hint]) => (
        <DateInput
          key={field}
          id={`${id}-${field}`}
          labelText={label}
          optionalText={field === 'answersKeptUntil' ? t('form.optional') : undefined}
          hintText={hint}
          value={dateTexts[field]}
          onChange={({ value: text, date }) => {
            setDateTexts((old) => ({ ...old, [field]: text }));
            onChange({ [field]: text.trim() === '' ? '' : (isoDay(date) ?? text) });
          }}
          status={errors[field] ? 'error' : 'default'}
          statusText={problem(field)}
          datePickerEnabled
          language={i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi'}
          autoComplete="off"
        />
      ))}
    </>
  );
}
