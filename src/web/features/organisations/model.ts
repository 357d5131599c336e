import { organisation } from '../../../domain/actors';
import type { Schema } from '../../api/client';

/** An organisation as the API presents it; the business-register columns are written only by imports. */
export type Organisation = Schema<'Organisation'>;

/** What the form holds: text as typed, so a failed save gives every character back. */
export type OrganisationForm = {
  kind: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  businessId: string;
  tolCode: string;
  municipalityCode: string;
  website: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  sizeClass: string;
  visibility: string;
  isPublic: boolean;
  /** The day the actor agreed to be shown on public pages, as typed (YYYY-MM-DD); '' for none. */
  publicConsentOn: string;
};

export const TEXT_FIELDS = [
  'nameFi',
  'nameSv',
  'nameEn',
  'businessId',
  'tolCode',
  'municipalityCode',
  'website',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
] as const;

export const EMPTY_FORM: OrganisationForm = {
  kind: 'company',
  nameFi: '',
  nameSv: '',
  nameEn: '',
  businessId: '',
  tolCode: '',
  municipalityCode: '',
  website: '',
  descriptionFi: '',
  descriptionSv: '',
  descriptionEn: '',
  sizeClass: 'unknown',
  visibility: 'network',
  isPublic: false,
  publicConsentOn: '',
};

export function formOf(o: Organisation): OrganisationForm {
  const form: OrganisationForm = {
    ...EMPTY_FORM,
    kind: o.kind ?? EMPTY_FORM.kind,
    sizeClass: o.sizeClass ?? EMPTY_FORM.sizeClass,
    visibility: o.visibility ?? EMPTY_FORM.visibility,
  };
  for (const field of TEXT_FIELDS) form[field] = o[field] ?? '';
  form.isPublic = o.isPublic ?? EMPTY_FORM.isPublic;
  form.publicConsentOn = o.publicConsentOn ?? '';
  return form;
}

/**
 * The request body. An empty field is left out of a new organisation and cleared (null) on an edit.
 * Text is trimmed as the server would.
 */
export function bodyOf(form: OrganisationForm, mode: 'create' | 'update'): Record<string, unknown> {
  const body: Record<string, unknown> = {
    kind: form.kind,
    sizeClass: form.sizeClass,
    visibility: form.visibility,
    isPublic: form.isPublic,
  };
  for (const field of TEXT_FIELDS) {
    const value = field === 'website' ? webAddress(form[field]) : form[field].trim();
    if (value !== '') body[field] = value;
    else if (mode === 'update' && field !== 'nameFi') body[field] = null;
    else if (field === 'nameFi') body[field] = value;
  }
  const consent = form.publicConsentOn.trim();
  if (consent !== '') body.publicConsentOn = consent;
  else if (mode === 'update') body.publicConsentOn = null;
  return body;
}

/**
 * A web address as typed: 'www.example.fi' gets https:// in front, as an import of the same cell does;
 * an address with a scheme stays as it is (and the schema refuses one that is not http or https).
 */
export function webAddress(typed: string): string {
  const value = typed.trim();
  return value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
}

/** The server's own schema (src/domain/actors.ts), checked in the browser before anything is sent. */
export function validate(body: Record<string, unknown>, mode: 'create' | 'update') {
  return (mode === 'create' ? organisation.create : organisation.update).safeParse(body);
}
