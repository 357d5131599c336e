import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { PROJECT_ROLES } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { changePartner, type Consortium } from './api';
import { ContactPersonSelect, NO_CONTACT } from './ContactPersonSelect';

type Props = { c: Consortium; busy: boolean; onChange: (work: () => Promise<unknown>, done: string) => void };

/**
 * One partner's role, budget and contact person changed: the budget share rules are checked again after
 * the save.
 */
export function PartnerChange({ c, busy, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [chosen, setChosen] = useState(c.partners[0]?.organisationId ?? '');
  const partner = c.partners.find((p) => p.organisationId === chosen) ?? c.partners[0];
  const [role, setRole] = useState<string | null>(null);
  const [budget, setBudget] = useState<string | null>(null);
  const [contact, setContact] = useState<string | null>(null);
  if (!partner) return null;
  const shownContact = contact ?? partner.contactPersonId ?? NO_CONTACT;
  const shownRole = role ?? partner.role;
  const shownBudget = budget ?? (partner.budgetEur === null ? '' : String(partner.budgetEur));
  const amount = Number(shownBudget.replace(',', '.').replace(/\s/g, ''));
  const valid = shownBudget.trim() === '' || (Number.isFinite(amount) && amount >= 0);
  const save = () =>
    onChange(
      () =>
        changePartner(c.id, partner.organisationId, {
          role: shownRole as (typeof PROJECT_ROLES)[number],
          budgetEur: shownBudget.trim() === '' ? null : amount,
          contactPersonId: shownContact === NO_CONTACT ? null : shownContact,
        }),
      t('consortium.changed', { name: localized(partner, 'name', lang).text }),
    );
  const choose = (id: string) => {
    setChosen(id);
    setRole(null);
    setBudget(null);
    setContact(null);
  };
  return (
    <fieldset className="partner-change">
      <legend>{t('consortium.changeHeading')}</legend>
      <Dropdown
        id="partner-change-partner"
        labelText={t('consortium.partnerColumn')}
        value={partner.organisationId}
        onChange={choose}
      >
        {c.partners.map((p) => (
          <DropdownItem key={p.organisationId} value={p.organisationId}>
            {localized(p, 'name', lang).text}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        id="partner-change-role"
        labelText={t('consortium.roleColumn')}
        value={shownRole}
        onChange={setRole}
      >
        {PROJECT_ROLES.map((r) => (
          <DropdownItem key={r} value={r}>
            {label(t, 'projectRole', r)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id="partner-change-budget"
        labelText={t('consortium.budgetColumn')}
        optionalText={t('consortium.optional')}
        value={shownBudget}
        inputMode="decimal"
        status={valid ? 'default' : 'error'}
        statusText={valid ? undefined : t('consortium.budgetInvalid')}
        onChange={(v) => setBudget(String(v ?? ''))}
      />
      <ContactPersonSelect
        organisationId={partner.organisationId}
        value={shownContact}
        onChange={setContact}
      />
      <Button disabled={busy || !valid} onClick={save}>
        {t('consortium.saveChange')}
      </Button>
    </fieldset>
  );
}
