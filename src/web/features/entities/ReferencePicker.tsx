import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { records, type Page, type ResourcePath } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n/lang';
import { SuggestInput, type Suggestion } from '../../ui/SuggestInput';
import { fetchRecord } from '../../shared/records';
import { recordName, type Rec } from './naming';

/** The inputs that pick one value from a list: a record, a municipality. */
export type PickerProps = {
  id: string;
  labelText: string;
  optionalText?: string;
  value: string;
  onChange: (value: string) => void;
  status: 'default' | 'error';
  statusText?: string;
};

/** `path`: the referenced resource's API path, e.g. 'organisations'; `only`: filters of that list. */
type Props = PickerProps & { path: ResourcePath; only?: Record<string, string> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * Pick a record of another resource by typing part of its name: the resource is searched with `q` and
 * the matches offered in the field's suggestion list. The value is the chosen record's id; text that
 * names no record stays as typed, for the schema to refuse.
 */
export function ReferencePicker({ id, path, only, value, onChange, ...input }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const chosen = UUID.test(value) ? value : '';
  const [query, setQuery] = useState(chosen ? '' : value);
  const found = useApi(
    `${path}?${query}&${JSON.stringify(only ?? {})}`,
    (signal): Promise<Page<Rec>> => records.list(path, { ...only, q: query.trim(), limit: 30 }, signal),
    true,
  );
  const current = useApi(chosen ? `${path}/${chosen}` : null, () => fetchRecord(path, chosen));

  const shown = [...(current.data ? [current.data] : []), ...(found.data?.items ?? [])];
  const items: Suggestion[] = [];
  for (const r of shown) {
    if (!items.some((i) => i.value === r.id))
      items.push({ value: r.id, label: recordName(t, path, r, lang).text });
  }

  // Text typed before the matches arrived is picked once a record of that very name is among them.
  useEffect(() => {
    if (chosen || !value.trim()) return;
    const match = items.find((i) => same(i.label, value.trim()));
    if (match) onChange(match.value);
  });

  // data-chosen tells whether the text names a record yet (tests wait for it; styles may use it).
  return (
    <div className="reference-picker" data-chosen={chosen !== ''}>
      <SuggestInput
        id={id}
        items={items}
        value={value}
        hintText={t('entities.pickerHint')}
        onChange={(next) => {
          if (!UUID.test(next)) setQuery(next);
          onChange(next);
        }}
        {...input}
      />
    </div>
  );
}
