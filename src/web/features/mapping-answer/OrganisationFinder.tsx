import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { MunicipalityText } from './places';
import type { OrganisationHit } from './api';
import { useAnswerTools } from './names';
import { SearchField } from './SearchField';
import { useSearch } from './useSearch';

/** Where an organisation is and what it is, in words: "Savonlinna · company · 1234567-8". */
export function OrganisationFacts({ hit }: { hit: OrganisationHit }) {
  const { t } = useTranslation();
  return (
    <span className="answer-muted">
      {hit.municipalityCode && <MunicipalityText code={hit.municipalityCode} />}
      {hit.kind && <> · {label(t, 'organisationKind', hit.kind)}</>}
      {hit.businessId && <> · {hit.businessId}</>}
    </span>
  );
}

/**
 * Finds an organisation of the roster by name or business ID. `exclude`: ids already chosen.
 */
export function OrganisationFinder({
  id,
  labelText,
  exclude,
  onPick,
}: {
  id: string;
  labelText: string;
  exclude: string[];
  onPick: (hit: OrganisationHit) => void;
}) {
  const { t } = useTranslation();
  const { searchOrganisations, remember } = useAnswerTools();
  const [text, setText] = useState('');
  const found = useSearch(text, searchOrganisations);
  return (
    <SearchField
      id={id}
      labelText={labelText}
      hintText={t('answer.searchHint')}
      text={text}
      onText={setText}
      found={found}
      hits={found.items.filter((o) => !exclude.includes(o.id))}
      keyOf={(hit) => hit.id}
      render={(hit) => (
        <>
          <span className="answer-hit-name">{hit.name}</span> <OrganisationFacts hit={hit} />
        </>
      )}
      onPick={(hit) => {
        remember({ organisations: [hit] });
        onPick(hit);
        setText('');
      }}
    />
  );
}
