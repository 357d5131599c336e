/** The part of the YTJ mapping shared by the v3 and v1 readers: picking what is current. */
import type {
  YtjAddress,
  YtjCompany,
  YtjCompanyForm,
  YtjIndustry,
  YtjIndustryClassification,
  YtjMapResult,
  YtjName,
  YtjSituation,
  YtjSourceFormat,
  YtjText,
} from './types.js';
import { byRegistrationDesc, code, date, industryCode, text } from './values.js';

export interface CompanyParts {
  businessId: string;
  euId: string | null;
  source: YtjSourceFormat;
  names: YtjName[];
  companyForms: YtjCompanyForm[];
  industries: YtjIndustry[];
  addresses: YtjAddress[];
  website: string | null;
  registrationDate: string | null;
  endDate: string | null;
  tradeRegisterStatus: string | null;
  businessIdStatus: string | null;
  situations: YtjSituation[];
  lastModified: string | null;
}

const CODE_SETS = new Map<string, YtjIndustryClassification>([
  ['TOIMI4', 'TOL2025'],
  ['TOIMI3', 'TOL2008'],
  ['TOIMI2', 'TOL2002'],
  ['TOIMI', 'TOL1995'],
]);

export function industryFrom(
  raw: { code: unknown; codeSet: unknown; names: YtjText; registrationDate: unknown; endDate: unknown },
  warn: (message: string) => void,
): YtjIndustry | null {
  const industry = industryCode(raw.code);
  if (!industry) {
    if (text(raw.code) !== null) warn(`industry code '${text(raw.code)}' is not a TOL code of five digits`);
    return null;
  }
  const codeSet = code(raw.codeSet)?.toUpperCase() ?? null;
  const classification = (codeSet !== null ? CODE_SETS.get(codeSet) : undefined) ?? 'unknown';
  if (classification === 'unknown') {
    warn(`industry ${industry}: unknown classification '${codeSet ?? ''}' (expected TOIMI3 or TOIMI4)`);
  }
  return {
    code: industry,
    classification,
    codeSet,
    names: raw.names,
    registrationDate: date(raw.registrationDate, `industry ${industry} registrationDate`, warn),
    endDate: date(raw.endDate, `industry ${industry} endDate`, warn),
  };
}

/** Current entries (no end date) newest first, then the ended ones newest first. */
function currentFirst<T extends { registrationDate: string | null; endDate: string | null }>(list: T[]): T[] {
  const current = list.filter((x) => x.endDate === null).sort(byRegistrationDesc);
  const ended = list.filter((x) => x.endDate !== null).sort(byRegistrationDesc);
  return [...current, ...ended];
}

function currentIndustry(list: YtjIndustry[], classification: YtjIndustryClassification) {
  return currentFirst(list.filter((i) => i.classification === classification))[0] ?? null;
}

export function finishCompany(parts: CompanyParts, warnings: string[]): YtjMapResult {
  // Current names first (the company name, then parallel and auxiliary names), then the history.
  const names = currentFirst(parts.names).sort(
    (a, b) => Number(a.endDate !== null) - Number(b.endDate !== null) || nameRank(a) - nameRank(b),
  );
  const current =
    names.find((n) => n.type === 'name' && n.endDate === null) ??
    names.find((n) => n.endDate === null) ??
    names[0];
  if (!current) {
    return { ok: false, error: `company ${parts.businessId} has no name`, businessId: parts.businessId };
  }
  const forms = currentFirst(parts.companyForms);
  const addresses = currentFirst(parts.addresses);
  const streetFirst = (a: YtjAddress, b: YtjAddress) => rank(a) - rank(b);
  const company: YtjCompany = {
    businessId: parts.businessId,
    euId: parts.euId,
    source: parts.source,
    name: current.name,
    names,
    companyForm: forms.find((f) => f.endDate === null) ?? null,
    companyFormHistory: forms,
    tol2008: currentIndustry(parts.industries, 'TOL2008'),
    tol2025: currentIndustry(parts.industries, 'TOL2025'),
    industries: currentFirst(parts.industries),
    addresses: addresses.filter((a) => a.endDate === null).sort(streetFirst),
    addressHistory: addresses.filter((a) => a.endDate !== null),
    website: parts.website,
    registrationDate: parts.registrationDate,
    endDate: parts.endDate,
    status: {
      active: parts.endDate === null,
      tradeRegisterStatus: parts.tradeRegisterStatus,
      businessIdStatus: parts.businessIdStatus,
      situations: parts.situations,
    },
    lastModified: parts.lastModified,
  };
  return { ok: true, company, warnings };
}

const NAME_RANK = ['name', 'parallel', 'auxiliary', 'other'];

function nameRank(n: YtjName): number {
  return NAME_RANK.indexOf(n.type);
}

function rank(a: YtjAddress): number {
  return a.type === 'street' ? 0 : a.type === 'postal' ? 1 : 2;
}
