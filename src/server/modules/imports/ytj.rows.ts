/**
 * A YTJ company as the columns of an organisation row: what `organisationFromYtj` gives (kind, names,
 * business ID, TOL 2008, website; validated with the domain's create schema) plus the business-register
 * columns (TOL 2025, company form, dates, status, name history) and the municipality, from the postal
 * code of the address (reference table `postal_codes`) or else the municipality code PRH gives with it.
 */
import type { YtjCompany } from '../../../formats/ytj/index.js';
import { organisationFromYtj } from '../../../formats/ytj/index.js';
import type { Database } from '../../db/database.js';

export interface OrganisationRow {
  businessId: string;
  kind: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  tolCode: string | null;
  tol2025Code: string | null;
  municipalityCode: string | null;
  website: string | null;
  companyForm: string | null;
  registrationDate: string | null;
  endDate: string | null;
  status: 'active' | 'ended';
  statusDetail: Record<string, unknown> | null;
  nameHistory: Record<string, unknown>[];
}

/** Postal code → municipality, and the municipality codes that exist, loaded once per import. */
export interface PlaceLookup {
  postalCodes: Map<string, string>;
  municipalities: Set<string>;
}

export async function loadPlaces(db: Database): Promise<PlaceLookup> {
  const postal = await db.selectFrom('postalCodes').select(['postalCode', 'municipalityCode']).execute();
  const municipalities = await db.selectFrom('municipalities').select('code').execute();
  return {
    postalCodes: new Map(postal.map((p) => [String(p.postalCode), String(p.municipalityCode)])),
    municipalities: new Set(municipalities.map((m) => String(m.code))),
  };
}

/** The municipality of the first address with a known postal code, else PRH's own municipality code. */
export function municipalityOf(company: YtjCompany, places: PlaceLookup): string | null {
  for (const a of company.addresses) {
    const code = a.postCode ? places.postalCodes.get(a.postCode) : undefined;
    if (code) return code;
  }
  for (const a of company.addresses) {
    if (a.municipalityCodeHint && places.municipalities.has(a.municipalityCodeHint))
      return a.municipalityCodeHint;
  }
  return null;
}

const FIVE_DIGITS = /^[0-9]{2,5}$/;

export type RowResult = { ok: true; row: OrganisationRow } | { ok: false; message: string };

export function organisationRow(company: YtjCompany, places: PlaceLookup): RowResult {
  const mapped = organisationFromYtj(company);
  if (!mapped.ok)
    return { ok: false, message: mapped.issues.map((i) => `${i.path || 'record'}: ${i.message}`).join('; ') };
  const d = mapped.data;
  const tol2025 = company.tol2025?.code ?? null;
  const { tradeRegisterStatus, businessIdStatus, situations } = company.status;
  const detail =
    tradeRegisterStatus || businessIdStatus || situations.length
      ? { tradeRegisterStatus, businessIdStatus, situations }
      : null;
  return {
    ok: true,
    row: {
      businessId: d.businessId!,
      kind: d.kind,
      nameFi: d.nameFi,
      nameSv: d.nameSv ?? null,
      nameEn: d.nameEn ?? null,
      tolCode: d.tolCode ?? null,
      tol2025Code: tol2025 && FIVE_DIGITS.test(tol2025) ? tol2025 : null,
      municipalityCode: municipalityOf(company, places),
      website: d.website ?? null,
      companyForm: company.companyForm?.code?.slice(0, 20) ?? null,
      registrationDate: company.registrationDate,
      endDate: company.endDate,
      status: company.status.active ? 'active' : 'ended',
      statusDetail: detail,
      nameHistory: company.names.map((n) => ({
        name: n.name,
        type: n.type,
        language: n.language,
        registrationDate: n.registrationDate,
        endDate: n.endDate,
      })),
    },
  };
}
