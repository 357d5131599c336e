import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { ORGANISATION_KINDS, SIZE_CLASSES } from '../../../domain/enums';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { placeName, useReference } from '../../shared/reference';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ListSearch } from '../../ui/ListSearch';
import { SuggestInput } from '../../ui/SuggestInput';
import { PARTNER_SEARCH_DYNAMIC_KEYS } from './dynamicKeys';
import { nameIn } from './explain';
import type { SearchAddress } from './query';

type Props = { address: SearchAddress; onChange: (patch: SearchAddress) => void };

const ALL = 'all';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isTown = (code: string) => /^\d{3}$/.test(code);

/** The vocabulary and the networks the reader may see, to pick a need and a network from. */
function useChoices() {
  const { me, ready } = useAuth();
  return useApi(ready ? `partner-search-choices-${me.user?.id ?? ''}` : null, async () => {
    const [competences, networks] = await Promise.all([
      api.getAll('/competences', { query: { sort: 'nameFi' } }),
      api.getAll('/networks', { query: { sort: 'nameFi' } }),
    ]);
    return { competences, networks };
  }).data;
}

/** A dropdown with "all" first; choosing "all" clears the filter. */
function FilterDropdown(props: {
  id: string;
  labelText: string;
  value: string | undefined;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dropdown
      id={props.id}
      labelText={props.labelText}
      value={props.value || ALL}
      onChange={(v: string) => props.onChange(v === ALL ? '' : v)}
      fullWidth
    >
      {[{ value: ALL, text: t('partnerSearch.all') }, ...props.options].map((o) => (
        <DropdownItem key={o.value} value={o.value}>
          {o.text}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

/** The need (a competence or words), the scope, the filters and who asks; every change goes to the address. */
export function PartnerSearchForm({ address, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const choices = useChoices();
  const scope = address.scope ?? 'finland';
  const towns = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));
  const competences = (choices?.competences ?? []).map((c) => ({ value: c.id, label: nameIn(c, lang) }));
  return (
    <div role="search" aria-label={t('partnerSearch.formLabel')} className="partner-search-form">
      <div className="filters">
        <div>
          <SuggestInput
            id="need-competence"
            labelText={t('partnerSearch.needCompetence')}
            hintText={t('partnerSearch.needCompetenceHint')}
            items={competences}
            value={address.competenceId ?? ''}
            onlyChoices
            onChange={(id) => {
              if (UUID.test(id)) onChange({ competenceId: id });
            }}
          />
        </div>
        <ListSearch
          id="need-text"
          labelText={t('partnerSearch.needText')}
          placeholder={t('partnerSearch.needTextPlaceholder')}
          searchButtonLabel={t('partnerSearch.searchButton')}
          q={address.q ?? ''}
          onSearch={(q) => onChange({ q })}
        />
      </div>
      <ChoiceGroup
        name="search-scope"
        labelText={t('partnerSearch.scope')}
        value={scope}
        onChange={(s) => onChange({ scope: s, scopeId: '' })}
        options={PARTNER_SEARCH_DYNAMIC_KEYS.searchScope}
        text={(s) => label(t, 'searchScope', s)}
      />
      <div className="filters">
        {scope === 'town' && (
          <div>
            <SuggestInput
              id="scope-town"
              labelText={t('partnerSearch.scopeTown')}
              items={towns}
              value={address.scopeId ?? ''}
              onlyChoices
              onChange={(code) => {
                if (code === '' || isTown(code)) onChange({ scopeId: code });
              }}
            />
          </div>
        )}
        {scope === 'network' && (
          <FilterDropdown
            id="scope-network"
            labelText={t('partnerSearch.scopeNetwork')}
            value={address.scopeId}
            options={(choices?.networks ?? []).map((n) => ({ value: n.id, text: nameIn(n, lang) }))}
            onChange={(scopeId) => onChange({ scopeId })}
          />
        )}
        <FilterDropdown
          id="filter-kind"
          labelText={t('partnerSearch.kind')}
          value={address.kind}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, text: label(t, 'organisationKind', k) }))}
          onChange={(kind) => onChange({ kind })}
        />
        <FilterDropdown
          id="filter-region"
          labelText={t('partnerSearch.region')}
          value={address.regionCode}
          options={(reference?.regions ?? []).map((r) => ({ value: r.code, text: placeName(r, lang) }))}
          onChange={(regionCode) => onChange({ regionCode })}
        />
        <FilterDropdown
          id="filter-size"
          labelText={t('partnerSearch.size')}
          value={address.sizeClass}
          options={SIZE_CLASSES.map((s) => ({ value: s, text: label(t, 'sizeClass', s) }))}
          onChange={(sizeClass) => onChange({ sizeClass })}
        />
      </div>
      <div className="filters">
        <div>
          <SuggestInput
            id="asker-town"
            labelText={t('partnerSearch.askerTown')}
            hintText={t('partnerSearch.askerTownHint')}
            items={towns}
            value={address.asker && isTown(address.asker) ? address.asker : ''}
            onlyChoices
            onChange={(code) => {
              if (code === '' || isTown(code))
                onChange({ asker: code, notRelatedTo: address.notRelatedTo && code ? code : '' });
            }}
          />
        </div>
        <Checkbox
          id="not-related"
          checked={!!address.notRelatedTo}
          disabled={!address.asker}
          onClick={({ checkboxState }) => onChange({ notRelatedTo: checkboxState ? address.asker : '' })}
        >
          {t('partnerSearch.notRelated')}
        </Checkbox>
      </div>
    </div>
  );
}
