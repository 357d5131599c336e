import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { loadPeopleOf, type Person } from './api';

/** The value of "no contact person": suomifi's dropdown needs a value for every item. */
export const NO_CONTACT = 'none';

/** A person as the picker names them: the name and title, or the title alone (the demo has no names). */
export const personLabel = (p: Pick<Person, 'fullName' | 'title'>) =>
  [p.fullName, p.title].filter(Boolean).join(', ') || '–';

type Props = {
  organisationId: string;
  /** The chosen person's id, or NO_CONTACT. */
  value: string;
  onChange: (value: string) => void;
};

/** Picks the partner's contact person among the people who have a role in the partner organisation. */
export function ContactPersonSelect({ organisationId, value, onChange }: Props) {
  const { t } = useTranslation();
  const people = useApi(`people-of/${organisationId}`, (signal) => loadPeopleOf(organisationId, signal));
  if (people.state === 'error') return <ErrorNotice error={people.error} />;
  // Until the organisation's people have come, the list would offer only "no contact person".
  if (people.state !== 'ready') return <Loading />;
  const items = people.data;
  return (
    <Dropdown
      id="partner-change-contact"
      labelText={t('consortium.contactColumn')}
      hintText={
        people.state === 'ready' && items.length === 0
          ? t('consortium.noPeople')
          : t('consortium.contactHint')
      }
      value={items.some((p) => p.id === value) ? value : NO_CONTACT}
      onChange={onChange}
    >
      {[
        <DropdownItem key={NO_CONTACT} value={NO_CONTACT}>
          {t('consortium.noContact')}
        </DropdownItem>,
        ...items.map((p) => (
          <DropdownItem key={p.id} value={p.id}>
            {personLabel(p)}
          </DropdownItem>
        )),
      ]}
    </Dropdown>
  );
}
