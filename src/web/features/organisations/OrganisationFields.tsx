import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem, Textarea, TextInput } from 'suomifi-ui-components';
import { ORGANISATION_KINDS, SIZE_CLASSES, VISIBILITIES } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { SuggestInput } from '../../ui/SuggestInput';
import type { FieldErrors } from '../../shared/forms/errors';
import { placeName, useReference } from '../../shared/reference';
import type { OrganisationForm } from './model';

type Props = {
  form: OrganisationForm;
  errors: FieldErrors;
  onChange: (patch: Partial<OrganisationForm>) => void;
};

export const fieldId = (field: string) => `organisation-${field}`;

/** The organisation's fields, each with its error beneath it; values are controlled by the caller. */
export function OrganisationFields({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const status = (field: string) => (errors[field] ? ('error' as const) : ('default' as const));

  const text = (
    field: 'nameFi' | 'nameSv' | 'nameEn' | 'businessId' | 'tolCode' | 'website',
    hint?: string,
  ) => (
    <TextInput
      id={fieldId(field)}
      labelText={label(t, 'organisationField', field)}
      optionalText={field === 'nameFi' ? undefined : t('form.optional')}
      hintText={hint}
      value={form[field]}
      onChange={(value) => onChange({ [field]: String(value ?? '') })}
      status={status(field)}
      statusText={errors[field]}
      fullWidth
      autoComplete="off"
    />
  );

  const municipalities = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));

  return (
    <>
      <Dropdown
        id={fieldId('kind')}
        labelText={label(t, 'organisationField', 'kind')}
        value={form.kind}
        onChange={(kind: string) => onChange({ kind })}
        status={status('kind')}
        statusText={errors.kind}
        fullWidth
      >
        {ORGANISATION_KINDS.map((k) => (
          <DropdownItem key={k} value={k}>
            {label(t, 'organisationKind', k)}
          </DropdownItem>
        ))}
      </Dropdown>
      {text('nameFi')}
      {text('nameSv')}
      {text('nameEn')}
      {text('businessId', t('organisation.hint.businessId'))}
      {text('tolCode', t('organisation.hint.tolCode'))}
      <div>
        <SuggestInput
          id={fieldId('municipalityCode')}
          labelText={label(t, 'organisationField', 'municipalityCode')}
          optionalText={t('form.optional')}
          hintText={t('organisation.hint.municipality')}
          items={municipalities}
          value={form.municipalityCode}
          onChange={(municipalityCode) => onChange({ municipalityCode })}
          status={status('municipalityCode')}
          statusText={errors.municipalityCode}
        />
      </div>
      {text('website', t('organisation.hint.website'))}
      {(['descriptionFi', 'descriptionSv', 'descriptionEn'] as const).map((field) => (
        <Textarea
          key={field}
          id={fieldId(field)}
          labelText={label(t, 'organisationField', field)}
          optionalText={t('form.optional')}
          value={form[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
          status={status(field)}
          statusText={errors[field]}
          fullWidth
        />
      ))}
      <Dropdown
        id={fieldId('sizeClass')}
        labelText={label(t, 'organisationField', 'sizeClass')}
        value={form.sizeClass}
        onChange={(sizeClass: string) => onChange({ sizeClass })}
        fullWidth
      >
        {SIZE_CLASSES.map((s) => (
          <DropdownItem key={s} value={s}>
            {label(t, 'sizeClass', s)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        id={fieldId('visibility')}
        labelText={label(t, 'organisationField', 'visibility')}
        hintText={t('organisation.hint.visibility')}
        value={form.visibility}
        onChange={(visibility: string) => onChange({ visibility })}
        fullWidth
      >
        {VISIBILITIES.map((v) => (
          <DropdownItem key={v} value={v}>
            {label(t, 'visibility', v)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Checkbox
        id={fieldId('isPublic')}
        checked={form.isPublic}
        onClick={({ checkboxState }) => onChange({ isPublic: checkboxState })}
        hintText={t('organisation.hint.isPublic')}
      >
        {label(t, 'organisationField', 'isPublic')}
      </Checkbox>
      <TextInput
        id={fieldId('publicConsentOn')}
        labelText={label(t, 'organisationField', 'publicConsentOn')}
        optionalText={t('form.optional')}
        hintText={t('organisation.hint.publicConsentOn')}
        value={form.publicConsentOn}
        onChange={(value) => onChange({ publicConsentOn: String(value ?? '') })}
        status={status('publicConsentOn')}
        statusText={errors.publicConsentOn}
        autoComplete="off"
      />
    </>
  );
}
