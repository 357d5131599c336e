/**
 * From a YTJ company to the input of an organisation (src/domain/actors.ts), validated with the domain's
 * create schema. The database layer adds what needs the database: the municipality from the postal code
 * (the resolver below, or later), provenance and the upsert by business ID.
 */
import type { z } from 'zod';
import { organisation } from '../../domain/actors.js';
import type { ORGANISATION_KINDS } from '../../domain/enums.js';
import type { YtjCompany, YtjLanguage } from './types.js';

export type OrganisationCreate = z.output<typeof organisation.create>;
type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Organisation kind by PRH company form (YRMU code in v3, letters in v1); anything else is a company. */
const KIND_BY_FORM = new Map<string, OrganisationKind>([
  ['41', 'municipality'], // kunta
  ['42', 'public_agency'], // kuntayhtymä
  ['40', 'public_agency'], // valtio ja sen laitokset
  ['48', 'public_agency'], // erillishallinnollinen valtion laitos
  ['43', 'public_agency'], // Ahvenanmaan maakunta ja sen virastot
  ['49', 'public_agency'], // muu julkisoikeudellinen oikeushenkilö
  ['6', 'association'], // aatteellinen yhdistys
  ['29', 'association'], // muu yhdistys
  ['31', 'association'], // erityislainsäädäntöön perustuva yhdistys
  ['21', 'association'], // taloudellinen yhdistys
  ['38', 'association'], // muu taloudellinen yhdistys
  ['18', 'other'], // säätiö
  ['39', 'other'], // muu säätiö
  ['RY', 'association'],
  ['SÄÄ', 'other'],
]);

export interface OrganisationFromYtjOptions {
  /** Municipality code for a postal code, from the reference data; without it the code is left out. */
  municipalityForPostCode?: (postCode: string) => string | null | undefined;
}

export type OrganisationFromYtj =
  | {
      ok: true;
      data: OrganisationCreate;
      /** The address the municipality was (or is to be) resolved from. */
      postCode: string | null;
      postOffice: string | null;
    }
  | { ok: false; issues: { path: string; message: string }[] };

export function organisationFromYtj(
  company: YtjCompany,
  options: OrganisationFromYtjOptions = {},
): OrganisationFromYtj {
  const current = company.names.filter((n) => n.endDate === null && n.type !== 'auxiliary');
  const named = (lang: YtjLanguage) => current.find((n) => n.language === lang)?.name ?? null;
  const address = company.addresses.find((a) => a.postCode !== null) ?? null;
  const municipalityCode = address?.postCode
    ? (options.municipalityForPostCode?.(address.postCode) ?? null)
    : null;
  const formCode = company.companyForm?.code ?? '';
  const nameFi = named('fi') ?? company.name;
  const other = (lang: YtjLanguage) => {
    const name = named(lang);
    return name === nameFi ? null : name;
  };
  const input = {
    kind: KIND_BY_FORM.get(formCode) ?? 'company',
    nameFi,
    nameSv: other('sv'),
    nameEn: other('en'),
    businessId: company.businessId,
    tolCode: company.tol2008?.code ?? null,
    municipalityCode,
    website: websiteUrl(company.website),
  };
  const parsed = organisation.create.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  return {
    ok: true,
    data: parsed.data,
    postCode: address?.postCode ?? null,
    postOffice: address?.postOffice.fi ?? address?.postOffice.sv ?? null,
  };
}

/**
 * PRH stores web addresses as typed ('www.nokia.com'); a scheme is added, and junk is dropped. A bare
 * address stays without the slash URL adds ('https://www.nokia.com'), as the organisation form stores
 * the same address typed there.
 */
export function websiteUrl(value: string | null): string | null {
  const typed = value?.trim();
  if (!typed) return null;
  const withScheme = /^https?:\/\//i.test(typed) ? typed : `https://${typed}`;
  try {
    const url = new URL(withScheme);
    if (!url.hostname.includes('.') || withScheme.length > 500) return null;
    const bare = url.pathname === '/' && !url.search && !url.hash && !withScheme.endsWith('/');
    return bare ? url.toString().slice(0, -1) : url.toString();
  } catch {
    return null;
  }
}
