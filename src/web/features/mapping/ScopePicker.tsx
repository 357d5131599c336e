import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { placeName, useReference } from '../../shared/reference';
import { SuggestInput, type Suggestion } from '../../ui/SuggestInput';
import type { RoundScope } from './api-types';

type Props = {
  scope: RoundScope;
  id: string;
  labelText: string;
  hintText: string;
  value: string;
  onChange: (value: string) => void;
  status: 'default' | 'error';
  statusText?: string;
};

/** The ecosystems or networks the user may see (a small set), or the municipalities, offered by name. */
function useChoices(scope: RoundScope): Suggestion[] {
  const lang = useLang();
  const reference = useReference();
  const path = scope === 'network' ? 'networks' : 'ecosystems';
  const found = useApi(scope === 'municipality' ? null : `scope-choices:${path}`, () =>
    records.all(path, {}),
  );
  if (scope === 'municipality')
    return (reference?.municipalities ?? [])
      .filter((m) => m.isActive)
      .map((m) => ({ value: m.code, label: placeName(m, lang) }));
  return (found.data ?? []).map((r) => ({ value: r.id, label: localized(r, 'name', lang).text }));
}

/** What a round maps, picked by its name: the value is the ecosystem's or network's id or the town's code. */
export function ScopePicker({ scope, ...input }: Props) {
  const items = useChoices(scope);
  return <SuggestInput key={scope} items={items} {...input} />;
}
