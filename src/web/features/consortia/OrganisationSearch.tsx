import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { PROJECT_ROLES } from '../../../domain/enums';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { placeName, useReference, type Municipality } from '../../shared/reference';
import { searchOrganisations, type Consortium, type FoundOrganisation, type NewPartner } from './api';

type Role = NewPartner['role'];
type Props = {
  c: Consortium;
  busy: boolean;
  onAdd: (organisation: FoundOrganisation, role: Role) => void;
};

/** One organisation found: its name, town, business ID and kind, and the button that adds it. */
function Found({
  o,
  municipalities,
  isPartner,
  busy,
  onAdd,
}: {
  o: FoundOrganisation;
  municipalities: Municipality[];
  isPartner: boolean;
  busy: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = localized(o, 'name', lang).text;
  const town = placeName(
    municipalities.find((m) => m.code === o.municipalityCode),
    lang,
  );
  const kind = o.kind ? label(t, 'organisationKind', o.kind) : '';
  const details = [town, o.businessId, kind].filter(Boolean).join(', ');
  return (
    <li>
      {name} <span className="muted">({details})</span>{' '}
      {isPartner ? (
        <span className="muted">{t('consortium.alreadyPartner')}</span>
      ) : (
        <Button variant="secondary" disabled={busy} onClick={onAdd}>
          {t('consortium.addSuggestion', { name })}
        </Button>
      )}
    </li>
  );
}

/**
 * Finds an organisation by name or business ID (the organisations list's search) and adds it to the
 * consortium in the chosen role. The search runs when asked (Enter or the button), not at each letter,
 * so a screen reader hears one answer.
 */
export function OrganisationSearch({ c, busy, onAdd }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [role, setRole] = useState<Role>('partner');
  const municipalities = useReference()?.municipalities ?? [];
  const found = useApi(asked ? `organisation-search/${asked}` : null, (signal) =>
    searchOrganisations(asked, signal),
  );
  const partners = new Set(c.partners.map((p) => p.organisationId));
  const search = (event: FormEvent) => {
    event.preventDefault();
    setAsked(text.trim());
  };
  return (
    <form className="organisation-search" role="search" aria-labelledby="consortium-search" onSubmit={search}>
      <h3 id="consortium-search">{t('consortium.searchHeading')}</h3>
      <TextInput
        id="consortium-search-text"
        labelText={t('consortium.searchLabel')}
        hintText={t('consortium.searchHint')}
        value={text}
        onChange={(v) => setText(String(v ?? ''))}
        fullWidth
      />
      <Dropdown
        id="consortium-search-role"
        labelText={t('consortium.searchRole')}
        value={role}
        onChange={(r) => setRole(r as Role)}
      >
        {PROJECT_ROLES.map((r) => (
          <DropdownItem key={r} value={r}>
            {label(t, 'projectRole', r)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Button type="submit" disabled={text.trim() === ''}>
        {t('consortium.searchButton')}
      </Button>
      <p role="status">
        {found.state === 'ready' && t('consortium.searchFound', { count: found.data.total })}
        {found.state === 'ready' && found.data.total > found.data.items.length && (
          <> {t('consortium.searchMore', { shown: found.data.items.length })}</>
        )}
      </p>
      {found.state === 'ready' && found.data.items.length > 0 && (
        <ul aria-labelledby="consortium-search">
          {found.data.items.map((o) => (
            <Found
              key={o.id}
              o={o}
              municipalities={municipalities}
              isPartner={partners.has(o.id)}
              busy={busy}
              onAdd={() => onAdd(o, role)}
            />
          ))}
        </ul>
      )}
    </form>
  );
}
