import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { EVENT_KINDS } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ListSearch } from '../../ui/ListSearch';
import type { EventFilters as Filters, Named } from './model';

type Props = {
  filters: Filters;
  networks: Named[];
  ecosystems: Named[];
  onChange: (patch: Partial<Filters>) => void;
};

const ALL = 'all';

/** Text search and the event filters; every change goes to the address. */
export function EventFilters({ filters, networks, ecosystems, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const choice = (
    id: string,
    labelText: string,
    value: string,
    items: { value: string; text: string }[],
    key: keyof Filters,
  ) => (
    <Dropdown
      id={id}
      labelText={labelText}
      value={value || ALL}
      onChange={(v: string) => onChange({ [key]: v === ALL ? '' : v })}
      fullWidth
    >
      {[{ value: ALL, text: t('events.all') }, ...items].map((i) => (
        <DropdownItem key={i.value} value={i.value}>
          {i.text}
        </DropdownItem>
      ))}
    </Dropdown>
  );
  const named = (records: Named[]) =>
    records.map((r) => ({ value: r.id, text: localized(r, 'name', lang).text }));

  return (
    <div role="search" aria-label={t('events.searchLabel')}>
      <div className="toolbar">
        <ListSearch
          id="event-search"
          labelText={t('events.search')}
          searchButtonLabel={t('events.searchButton')}
          q={filters.q}
          onSearch={(q) => onChange({ q })}
        />
      </div>
      <div className="filters">
        {choice(
          'filter-event-kind',
          t('events.filterKind'),
          filters.kind,
          EVENT_KINDS.map((k) => ({ value: k, text: label(t, 'eventKind', k) })),
          'kind',
        )}
        {choice(
          'filter-event-network',
          t('events.filterNetwork'),
          filters.networkId,
          named(networks),
          'networkId',
        )}
        {choice(
          'filter-event-ecosystem',
          t('events.filterEcosystem'),
          filters.ecosystemId,
          named(ecosystems),
          'ecosystemId',
        )}
      </div>
    </div>
  );
}
