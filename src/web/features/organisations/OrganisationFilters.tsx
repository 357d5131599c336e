import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { ORGANISATION_KINDS } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { ListSearch } from '../../ui/ListSearch';
import { SuggestInput } from '../../ui/SuggestInput';
import { localized } from '../../i18n/format';
import { placeName, sectionName, useReference } from '../../shared/reference';
import { useFilterOptions } from './filterOptions';

export type ListFilters = {
  q: string;
  kind: string;
  municipality: string;
  region: string;
  tol: string;
  network: string;
  ecosystem: string;
  competence: string;
  /** 'offer' or 'need': whether the competence is offered or needed. */
  direction: string;
};

type Props = { filters: ListFilters; onChange: (patch: Partial<ListFilters>) => void };

const ALL = 'all';

/** Text search and the filters of the organisation list; every change goes to the address. */
export function OrganisationFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const options = useFilterOptions();

  const municipalities = (reference?.municipalities ?? [])
    .filter((m) => m.isActive && (!filters.region || m.regionCode === filters.region))
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));

  return (
    <div role="search" aria-label={t('organisations.searchLabel')}>
      <div className="toolbar">
        <ListSearch
          id="organisation-search"
          labelText={t('organisations.search')}
          placeholder={t('organisations.searchPlaceholder')}
          searchButtonLabel={t('organisations.searchButton')}
          q={filters.q}
          onSearch={(q) => onChange({ q })}
        />
      </div>
      <div className="filters">
        <Dropdown
          id="filter-kind"
          labelText={t('organisations.filterKind')}
          value={filters.kind || ALL}
          onChange={(kind: string) => onChange({ kind: kind === ALL ? '' : kind })}
          fullWidth
        >
          {[ALL, ...ORGANISATION_KINDS].map((k) => (
            <DropdownItem key={k} value={k}>
              {k === ALL ? t('organisations.all') : label(t, 'organisationKind', k)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          id="filter-region"
          labelText={t('organisations.filterRegion')}
          value={filters.region || ALL}
          onChange={(region: string) => onChange({ region: region === ALL ? '' : region, municipality: '' })}
          fullWidth
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('organisations.all')}
            </DropdownItem>,
            ...(reference?.regions ?? []).map((r) => (
              <DropdownItem key={r.code} value={r.code}>
                {placeName(r, lang)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <div>
          <SuggestInput
            id="filter-municipality"
            labelText={t('organisations.filterMunicipality')}
            visualPlaceholder={t('organisations.all')}
            items={municipalities}
            value={filters.municipality}
            onlyChoices
            // Only a real choice (or clearing) filters; half-typed names wait.
            onChange={(code) => {
              if (code === '' || /^\d{3}$/.test(code)) onChange({ municipality: code });
            }}
          />
        </div>
        <Dropdown
          id="filter-tol"
          labelText={t('organisations.filterIndustry')}
          value={filters.tol || ALL}
          onChange={(tol: string) => onChange({ tol: tol === ALL ? '' : tol })}
          fullWidth
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('organisations.all')}
            </DropdownItem>,
            ...(reference?.sections ?? []).map((s) => (
              <DropdownItem key={s.code} value={s.code}>
                {`${s.code} ${sectionName(s, lang)}`}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      <div className="filters">
        {choice('filter-network', t('organisations.filterNetwork'), filters.network, options?.networks, (v) =>
          onChange({ network: v }),
        )}
        {choice(
          'filter-ecosystem',
          t('organisations.filterEcosystem'),
          filters.ecosystem,
          options?.ecosystems,
          (v) => onChange({ ecosystem: v }),
        )}
        {choice(
          'filter-competence',
          t('organisations.filterCompetence'),
          filters.competence,
          options?.competences,
          (v) => onChange({ competence: v }),
        )}
        <Dropdown
          id="filter-direction"
          labelText={t('organisations.filterDirection')}
          value={filters.direction === 'need' ? 'need' : 'offer'}
          onChange={(direction: string) => onChange({ direction: direction === 'need' ? 'need' : '' })}
          fullWidth
        >
          <DropdownItem value="offer">{t('organisations.competenceOffered')}</DropdownItem>
          <DropdownItem value="need">{t('organisations.competenceNeeded')}</DropdownItem>
        </Dropdown>
      </div>
    </div>
  );

  /** A dropdown of named records with "all" first; choosing "all" clears the filter. */
  function choice(
    id: string,
    labelText: string,
    value: string,
    records: { id: string; nameFi: string | null }[] | undefined,
    change: (value: string) => void,
  ) {
    return (
      <Dropdown
        id={id}
        labelText={labelText}
        value={value || ALL}
        onChange={(v: string) => change(v === ALL ? '' : v)}
        fullWidth
      >
        {[
          <DropdownItem key={ALL} value={ALL}>
            {t('organisations.all')}
          </DropdownItem>,
          ...(records ?? []).map((r) => (
            <DropdownItem key={r.id} value={r.id}>
              {localized(r, 'name', lang).text}
            </DropdownItem>
          )),
          // A chosen record not (yet) among the options still shows as chosen.
          ...(value && !records?.some((r) => r.id === value)
            ? [
                <DropdownItem key={value} value={value}>
                  {value}
                </DropdownItem>,
              ]
            : []),
        ]}
      </Dropdown>
    );
  }
}
