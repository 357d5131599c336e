import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SearchInput } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';

const BUSINESS_ID = /^\d{7}-\d$/;

export type PickedOrganisation = { id: string; name: string };

/** Organisations of the roster by name or business ID (1234567-8), each with a button that picks it. */
export function OrganisationSearch({
  onPick,
  picked,
}: {
  onPick: (o: PickedOrganisation) => void;
  picked: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const text = query.trim();
  const found = useApi(text.length >= 2 ? `org-search:${text}` : null, (signal) =>
    records.list(
      'organisations',
      BUSINESS_ID.test(text) ? { businessId: text, limit: 20 } : { q: text, limit: 20 },
      signal,
    ),
  );
  const items = text.length >= 2 ? (found.data?.items ?? []) : [];
  return (
    <div>
      <SearchInput
        labelText={t('mapping.respondents.search')}
        searchButtonLabel={t('mapping.respondents.searchButton')}
        clearButtonLabel={t('mapping.respondents.clearSearch')}
        value={query}
        onChange={(v) => setQuery(String(v ?? ''))}
        onSearch={(v) => setQuery(String(v ?? ''))}
        debounce={300}
        fullWidth
      />
      <p className="muted">{t('mapping.respondents.searchHint')}</p>
      {text.length >= 2 && found.state === 'ready' && items.length === 0 && (
        <p>{t('mapping.respondents.noneFound')}</p>
      )}
      {items.length > 0 && (
        <ul className="plain-list" aria-label={t('mapping.respondents.found')}>
          {items.map((o) => {
            const name = localized(o, 'name', lang).text;
            const businessId = typeof o.businessId === 'string' ? o.businessId : '';
            return (
              <li key={o.id}>
                {name} {businessId && <span className="muted">({businessId})</span>}{' '}
                <Button
                  variant="secondaryNoBorder"
                  disabled={picked.includes(o.id)}
                  onClick={() => onPick({ id: o.id, name })}
                >
                  {t('mapping.respondents.pick', { name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
