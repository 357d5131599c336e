import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Checkbox, DateInput, Dropdown, DropdownItem, Textarea, TextInput } from 'suomifi-ui-components';
import { ACTIVITY_KINDS, EXAMPLE_SOURCE, LOGGED_ACTIVITY_KINDS } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { DATE_ADAPTER } from '../../shared/helsinkiTime';
import { enumLabel } from './values';
import { MunicipalitiesInput, MunicipalityInput } from './MunicipalityInput';
import { ReferencePicker } from './ReferencePicker';
import { REFERENCE_FILTERS, REFERENCE_PATHS } from './resources';
import { RulesEditor } from './RulesEditor';
import { ThemesInput } from './ThemesInput';
import { UserPicker } from './UserPicker';
import type { FieldSpec } from './schema';

type Props = {
  field: FieldSpec;
  id: string;
  value: string | boolean;
  error?: string;
  onChange: (value: string | boolean) => void;
  /** The workspace (id or slug) the record is or will be in: a user field offers its users. */
  workspace?: string;
};

/** Empty choice of an optional enum: suomifi's Dropdown needs a value for every item. */
export const NO_CHOICE = '';

/** The date picker's language (its month and day names and button texts). */
const pickerLanguage = (language: string) => (language === 'sv' || language === 'en' ? language : 'fi');

type HintKey = 'textList' | 'json' | 'date' | 'datetime';

/** How to write a value the schema wants in a fixed form. */
function hintOf(t: TFunction, kind: FieldSpec['kind']): string | undefined {
  const hints: Record<HintKey, string> = {
    textList: t('entities.hint.textList'),
    json: t('entities.hint.json'),
    date: t('entities.hint.date'),
    datetime: t('entities.hint.datetime'),
  };
  return kind in hints ? hints[kind as HintKey] : undefined;
}

/**
 * Values only Solmu itself writes, by field: the example source marks the demo's fictional records, which
 * `solmu seed --remove-examples` deletes, and a stage change in a contact's log is written by moving the
 * card. A form offers them only to a record that already has one.
 */
const WRITTEN_BY_SOLMU: Record<string, readonly string[]> = {
  source: [EXAMPLE_SOURCE],
  kind: ACTIVITY_KINDS.filter((k) => !(LOGGED_ACTIVITY_KINDS as readonly string[]).includes(k)),
};

/** The values an enum offers a person to choose. */
function offeredValues(field: FieldSpec, current: string) {
  const values = field.values ?? [];
  const reserved = WRITTEN_BY_SOLMU[field.name] ?? [];
  return values.filter((v) => v === current || !reserved.includes(v));
}

/** The input for one field, chosen by its kind in the schema; its error stands beneath it. */
export function FieldInput({ field, id, value, error, onChange, workspace }: Props) {
  const { t, i18n } = useTranslation();
  const labelText = label(t, 'entityField', field.name);
  const optionalText = field.required ? undefined : t('form.optional');
  const status = error ? ('error' as const) : ('default' as const);
  const text = typeof value === 'string' ? value : '';
  const hint = hintOf(t, field.kind);
  // What every labelled input of the form is given.
  const shared = { id, labelText, optionalText, value: text, status, statusText: error };

  if (field.kind === 'boolean')
    return (
      <Checkbox id={id} checked={value === true} onClick={({ checkboxState }) => onChange(checkboxState)}>
        {labelText}
      </Checkbox>
    );
  if (field.kind === 'enum')
    return (
      <Dropdown {...shared} onChange={(v: string) => onChange(v)} fullWidth>
        {[...(field.required ? [] : [NO_CHOICE]), ...offeredValues(field, text)].map((v) => (
          <DropdownItem key={v} value={v}>
            {v === NO_CHOICE ? t('entities.noChoice') : enumLabel(t, field, v)}
          </DropdownItem>
        ))}
      </Dropdown>
    );
  // The same props for every input that picks from a list.
  const picker = { ...shared, onChange };
  const referenced = field.kind === 'reference' ? REFERENCE_PATHS[field.name] : undefined;
  if (referenced)
    return <ReferencePicker {...picker} path={referenced} only={REFERENCE_FILTERS[field.name]} />;
  if (field.kind === 'user') return <UserPicker {...picker} workspace={workspace} />;
  if (field.name === 'municipalityCode') return <MunicipalityInput {...picker} />;
  if (field.name === 'municipalityCodes') return <MunicipalitiesInput {...picker} />;
  if (field.name === 'themes') return <ThemesInput {...picker} />;
  if (field.name === 'rules') return <RulesEditor id={id} value={text} error={error} onChange={onChange} />;
  if (field.kind === 'date')
    return (
      <DateInput
        {...shared}
        hintText={hint}
        onChange={({ value: typed }) => onChange(typed)}
        datePickerEnabled
        dateAdapter={DATE_ADAPTER}
        language={pickerLanguage(i18n.language)}
        fullWidth
        autoComplete="off"
      />
    );
  if (field.kind === 'longText' || field.kind === 'json')
    return (
      <Textarea
        id={id}
        labelText={labelText}
        optionalText={optionalText}
        hintText={hint}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        status={status}
        statusText={error}
        fullWidth
      />
    );
  return (
    <TextInput
      id={id}
      inputMode={field.kind === 'number' || field.kind === 'integer' ? 'decimal' : undefined}
      labelText={labelText}
      optionalText={optionalText}
      hintText={hint}
      value={text}
      onChange={(v) => onChange(String(v ?? ''))}
      status={status}
      statusText={error}
      fullWidth
      autoComplete="off"
    />
  );
}
