import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { businessId } from '../../../domain/common';
import { ORGANISATION_KINDS } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { MunicipalityField } from './places';

export type NewActorDraft = { name: string; municipalityCode: string; kind: string; businessId: string };

export const EMPTY_ACTOR: NewActorDraft = { name: '', municipalityCode: '', kind: 'company', businessId: '' };

export type ActorErrors = Partial<Record<keyof NewActorDraft, string>>;

/** What is wrong with a new organisation before it is added: no name, an unknown town, a wrong business ID. */
export function actorErrors(draft: NewActorDraft, t: (key: string) => string): ActorErrors {
  const errors: ActorErrors = {};
  if (draft.name.trim() === '') errors.name = t('answer.nameNeeded');
  if (draft.municipalityCode !== '' && !/^\d{3}$/.test(draft.municipalityCode))
    errors.municipalityCode = t('answer.municipalityUnknown');
  if (draft.businessId.trim() !== '' && !businessId.safeParse(draft.businessId).success)
    errors.businessId = t('answer.businessIdInvalid');
  return errors;
}

/** The new organisation as the answer keeps it: only what was given. */
export function newActorOf(draft: NewActorDraft) {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    ...(draft.municipalityCode ? { municipalityCode: draft.municipalityCode } : {}),
    ...(draft.businessId.trim() ? { businessId: draft.businessId.trim() } : {}),
  };
}

/** A new organisation the roster does not have yet: its name, town, kind and perhaps its business ID. */
export function NewActorForm({
  id,
  draft,
  errors,
  onChange,
}: {
  id: string;
  draft: NewActorDraft;
  errors: ActorErrors;
  onChange: (draft: NewActorDraft) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<NewActorDraft>) => onChange({ ...draft, ...patch });
  const status = (field: keyof NewActorDraft) => (errors[field] ? 'error' : 'default') as 'error' | 'default';
  return (
    <div className="answer-new-actor">
      <TextInput
        id={`${id}-name`}
        labelText={t('answer.newName')}
        value={draft.name}
        maxLength={300}
        autoComplete="off"
        status={status('name')}
        statusText={errors.name}
        onChange={(v) => set({ name: String(v ?? '') })}
        fullWidth
      />
      <MunicipalityField
        id={`${id}-municipality`}
        labelText={t('answer.newMunicipality')}
        optionalText={t('form.optional')}
        value={draft.municipalityCode}
        status={status('municipalityCode')}
        statusText={errors.municipalityCode}
        onChange={(municipalityCode) => set({ municipalityCode })}
      />
      <Dropdown
        id={`${id}-kind`}
        labelText={t('answer.newKind')}
        value={draft.kind}
        onChange={(kind: string) => set({ kind })}
        fullWidth
      >
        {ORGANISATION_KINDS.map((k) => (
          <DropdownItem key={k} value={k}>
            {label(t, 'organisationKind', k)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id={`${id}-business-id`}
        labelText={t('answer.newBusinessId')}
        optionalText={t('form.optional')}
        hintText={t('answer.businessIdHint')}
        value={draft.businessId}
        maxLength={9}
        autoComplete="off"
        status={status('businessId')}
        statusText={errors.businessId}
        onChange={(v) => set({ businessId: String(v ?? '') })}
        fullWidth
      />
    </div>
  );
}
