import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { MunicipalityText } from './places';
import type { OrganisationHit } from './api';
import { useAnswerTools } from './names';
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
 * Finds an organisation of the roster by name or business ID: the matches are buttons below the field,
 * big enough for a finger on a phone. `exclude`: ids already chosen.
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
  const items = found.items.filter((o) => !exclude.includes(o.id));
  return (
    <div className="answer-finder">
      <TextInput
        id={id}
        labelText={labelText}
        hintText={t('answer.searchHint')}
        autoComplete="off"
        value={text}
        onChange={(v) => setText(String(v ?? ''))}
        fullWidth
      />
      <div aria-live="polite">
        {found.failed && <p className="answer-error">{t('answer.searchFailed')}</p>}
        {found.searched && !found.failed && items.length === 0 && (
          <p className="answer-muted">{t('answer.noMatches')}</p>
        )}
      </div>
      {items.length > 0 && (
        <ul className="answer-hits" aria-label={t('answer.matches')}>
          {items.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="answer-hit"
                onClick={() => {
                  remember({ organisations: [hit] });
                  onPick(hit);
                  setText('');
                }}
              >
                <span className="answer-hit-name">{hit.name}</span> <OrganisationFacts hit={hit} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
