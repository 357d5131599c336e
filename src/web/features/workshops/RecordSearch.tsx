import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';

type Hit = { id: string; name: string };
type Common = {
  id: string;
  labelText: string;
  searchLabel: string;
  path: 'organisations' | 'projects' | 'events';
};

function useHits(path: Common['path'], q: string) {
  const lang = useLang();
  const found = useApi(q.trim().length >= 2 ? `${path}?q=${q.trim()}` : null, (signal) =>
    records.list(path, { q: q.trim(), limit: 8 }, signal),
  );
  const field = path === 'organisations' ? 'name' : 'title';
  return (found.data?.items ?? []).map((r) => ({
    id: String(r.id),
    name: localized(r as Record<string, unknown>, field, lang).text,
  }));
}

/** The search field above the hits; the hits' inputs are its children. */
function SearchFieldset({
  id,
  labelText,
  searchLabel,
  q,
  onSearch,
  children,
}: Omit<Common, 'path'> & { q: string; onSearch: (q: string) => void; children: ReactNode }) {
  return (
    <fieldset className="workshop-search">
      <legend>{labelText}</legend>
      <TextInput
        id={`${id}-q`}
        labelText={searchLabel}
        value={q}
        onChange={(v) => onSearch(String(v ?? ''))}
      />
      {children}
    </fieldset>
  );
}

/** One record (an organisation, an event) picked by searching its name: the hits as radio buttons. */
export function PickOne({
  value,
  onChange,
  ...props
}: Common & { value: Hit | null; onChange: (hit: Hit | null) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const hits = useHits(props.path, q);
  const shown = value && !hits.some((h) => h.id === value.id) ? [value, ...hits] : hits;
  return (
    <SearchFieldset {...props} q={q} onSearch={setQ}>
      {shown.length > 0 ? (
        <RadioButtonGroup
          name={props.id}
          labelText={t('workshop.searchResults')}
          value={value?.id ?? ''}
          onChange={(id) => onChange(shown.find((h) => h.id === id) ?? null)}
        >
          {shown.map((h) => (
            <RadioButton key={h.id} value={h.id}>
              {h.name}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ) : (
        <p className="muted">{t('workshop.searchHint')}</p>
      )}
    </SearchFieldset>
  );
}

/** Records picked by searching: the hits and those picked already as checkboxes. */
export function PickMany({
  value,
  onChange,
  ...props
}: Common & { value: Hit[]; onChange: (hits: Hit[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const hits = useHits(props.path, q);
  const shown = [...value, ...hits.filter((h) => !value.some((v) => v.id === h.id))];
  return (
    <SearchFieldset {...props} q={q} onSearch={setQ}>
      {shown.length === 0 && <p className="muted">{t('workshop.searchHint')}</p>}
      {shown.map((h) => (
        <Checkbox
          key={h.id}
          checked={value.some((v) => v.id === h.id)}
          onClick={({ checkboxState }) =>
            onChange(checkboxState ? [...value, h] : value.filter((v) => v.id !== h.id))
          }
        >
          {h.name}
        </Checkbox>
      ))}
    </SearchFieldset>
  );
}
