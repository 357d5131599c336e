import { organisation } from '../../../domain/actors';
import type { ORGANISATION_KINDS, SIZE_CLASSES, VISIBILITIES } from '../../../domain/enums';

export type Organisation = {
  id: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  businessId: string | null;
  tolCode: string | null;
  municipalityCode: string | null;
  website: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  sizeClass: (typeof SIZE_CLASSES)[number];
  isPublic: boolean;
  lastVerifiedOn: string | null;
  visibility: (typeof VISIBILITIES)[number];
  workspaceId: string;
  createdAt: string;
  updatedAt: string;
  regionCode: string | null;
  industry: { code: string; divisionCode: string; sectionCode: string } | null;
  /** Business-register columns, written only by imports (read-only). */
  tol2025Code?: string | null;
  companyForm?: string | null;
  registrationDate?: string | null;
  endDate?: string | null;
  status?: 'active' | 'ended' | null;
  source?: string | null;
  lastImportedAt?: string | null;
};

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
};

export function formOf(o: Organisation): OrganisationForm {
  const form: OrganisationForm = {
    ...EMPTY_FORM,
    kind: o.kind,
    sizeClass: o.sizeClass,
    visibility: o.visibility,
  };
  for (const field of TEXT_FIELDS) form[field] = o[field] ?? '';
  form.isPublic = o.isPublic;
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
    const value = form[field].trim();
    if (value !== '') body[field] = value;
    else if (mode === 'update' && field !== 'nameFi') body[field] = null;
    else if (field === 'nameFi') body[field] = value;
  }
  return body;
}

/** The server's own schema (src/domain/actors.ts), checked in the browser before anything is sent. */
export function validate(body: Record<string, unknown>, mode: 'create' | 'update') {
  return (mode === 'create' ? organisation.create : organisation.update).safeParse(body);
}
