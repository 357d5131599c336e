/**
 * Reader of the PRH YTJ open data API v3 (`https://avoindata.prh.fi/opendata-ytj-api/v3`): a `companies`
 * search response, one company object, or a list of them (the `all_companies` dump's elements, see
 * dump.ts). Accepts the raw API shape and the X-Road adapter's reshaped one (see values.ts).
 */
import { normalizeBusinessId } from './business-id.js';
import { jsonValueOf, type JsonInput } from './json-input.js';
import { finishCompany, industryFrom, type CompanyParts } from './company.js';
import type {
  YtjAddress,
  YtjCompanyForm,
  YtjMapResult,
  YtjName,
  YtjNameType,
  YtjSituation,
  YtjText,
} from './types.js';
import {
  code,
  date,
  descriptions,
  field,
  isRecord,
  language,
  localDateTime,
  nameLanguage,
  paddedDigits,
  records,
  text,
  type JsonRecord,
} from './values.js';

type Warn = (message: string) => void;

// Maps, not object literals: a code such as '__proto__' must not find Object.prototype.
const NAME_TYPES = new Map<string, YtjNameType>([
  ['1', 'name'],
  ['2', 'parallel'],
  ['3', 'auxiliary'],
]);

/** Maps one v3 company object. Never throws; a record that cannot be used comes back with its reason. */
export function mapYtjV3Company(raw: unknown): YtjMapResult {
  if (!isRecord(raw)) return { ok: false, error: 'a company must be a JSON object', businessId: null };
  const idField = field(raw, 'businessId');
  const idText = text(isRecord(idField) ? field(idField, 'value') : idField);
  const businessId = normalizeBusinessId(idText);
  if (!businessId) {
    const error = idText
      ? `business ID '${idText.slice(0, 20)}' is not a valid Finnish business ID`
      : 'the company has no business ID';
    return { ok: false, error, businessId: idText };
  }
  const warnings: string[] = [];
  const warn: Warn = (message) => warnings.push(message);
  const euIdField = field(raw, 'euId');
  const website = field(raw, 'website');

  const parts: CompanyParts = {
    businessId,
    euId: text(isRecord(euIdField) ? field(euIdField, 'value') : euIdField),
    source: 'ytj-v3',
    names: records(field(raw, 'names')).flatMap((n) => v3Name(n, warn)),
    companyForms: records(field(raw, 'companyForms')).map((f) => v3Form(f, warn)),
    industries: records(field(raw, 'mainBusinessLine')).flatMap((line) => {
      const industry = industryFrom(
        {
          code: field(line, 'type'),
          codeSet: field(line, 'typeCodeSet'),
          names: descriptions(field(line, 'descriptions')),
          registrationDate: field(line, 'registrationDate'),
          endDate: field(line, 'endDate'),
        },
        warn,
      );
      return industry ? [industry] : [];
    }),
    addresses: records(field(raw, 'addresses')).flatMap((a) => v3Address(a, warn)),
    website: text(isRecord(website) ? field(website, 'url') : website),
    registrationDate: date(field(raw, 'registrationDate'), 'registrationDate', warn),
    endDate: date(field(raw, 'endDate'), 'endDate', warn),
    tradeRegisterStatus: code(field(raw, 'tradeRegisterStatus')),
    businessIdStatus: code(field(raw, 'status')),
    situations: records(field(raw, 'companySituations')).flatMap((s) => v3Situation(s, warn)),
    lastModified: localDateTime(field(raw, 'lastModified'), 'lastModified', warn),
  };
  return finishCompany(parts, warnings);
}

function v3Name(n: JsonRecord, warn: Warn): YtjName[] {
  const name = text(field(n, 'name'));
  if (!name) {
    warn('a name entry without a name was skipped');
    return [];
  }
  const typeCode = code(field(n, 'type'));
  return [
    {
      name,
      type: (typeCode !== null ? NAME_TYPES.get(typeCode) : undefined) ?? 'other',
      typeCode,
      registrationDate: date(field(n, 'registrationDate'), `name '${name}' registrationDate`, warn),
      endDate: date(field(n, 'endDate'), `name '${name}' endDate`, warn),
      language: language(field(n, 'languageCode') ?? field(n, 'language')) ?? nameLanguage(name),
    },
  ];
}

function v3Form(f: JsonRecord, warn: Warn): YtjCompanyForm {
  return {
    code: code(field(f, 'type')),
    names: descriptions(field(f, 'descriptions')),
    registrationDate: date(field(f, 'registrationDate'), 'companyForm registrationDate', warn),
    endDate: date(field(f, 'endDate'), 'companyForm endDate', warn),
  };
}

function v3Address(a: JsonRecord, warn: Warn): YtjAddress[] {
  const typeCode = code(field(a, 'type'));
  const type = typeCode === '1' ? 'street' : typeCode === '2' ? 'postal' : 'other';
  if (type === 'other') warn(`address type '${typeCode ?? ''}' is not 1 (street) or 2 (postal)`);
  const postOffice: YtjText = {};
  let municipalityCodeHint: string | null = null;
  for (const po of records(field(a, 'postOffices'))) {
    const lang = language(field(po, 'languageCode'));
    const city = text(field(po, 'city'));
    if (lang && city && postOffice[lang] === undefined) postOffice[lang] = city;
    municipalityCodeHint ??= paddedDigits(field(po, 'municipalityCode'), 3);
  }
  const rawPostCode = field(a, 'postCode');
  const postCode = paddedDigits(rawPostCode, 5);
  if (postCode === null && text(rawPostCode) !== null) {
    warn(`postal code '${text(rawPostCode)}' is not five digits`);
  }
  const address: YtjAddress = {
    type,
    street: streetLine(a),
    postCode,
    postOffice,
    postOfficeBox: text(field(a, 'postOfficeBox')),
    careOf: text(field(a, 'co')),
    country: text(field(a, 'country')),
    freeAddressLine: text(field(a, 'freeAddressLine')),
    municipalityCodeHint,
    registrationDate: date(field(a, 'registrationDate'), 'address registrationDate', warn),
    endDate: date(field(a, 'endDate'), 'address endDate', warn),
  };
  const empty = !address.street && !address.postCode && !address.postOfficeBox && !address.freeAddressLine;
  return empty ? [] : [address];
}

/** 'Valerinkuja 7 B 3' from street, building number, entrance, apartment number and its suffix. */
function streetLine(a: JsonRecord): string | null {
  const apartment = [text(field(a, 'apartmentNumber')), text(field(a, 'apartmentIdSuffix'))]
    .filter(Boolean)
    .join('');
  const parts = [
    text(field(a, 'street')),
    text(field(a, 'buildingNumber')),
    text(field(a, 'entrance')),
    apartment || null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function v3Situation(s: JsonRecord, warn: Warn): YtjSituation[] {
  const type = code(field(s, 'type'));
  if (!type) return [];
  return [
    {
      type,
      registrationDate: date(field(s, 'registrationDate'), 'companySituation registrationDate', warn),
      endDate: date(field(s, 'endDate'), 'companySituation endDate', warn),
    },
  ];
}

export type YtjV3ParseResult =
  { ok: true; totalResults: number | null; results: YtjMapResult[] } | { ok: false; error: string };

/**
 * Reads a v3 response: `{ totalResults, companies: [...] }`, one company object, or an array of
 * companies. Each company is mapped on its own, so one bad record does not hide the others.
 */
export function parseYtjV3Response(
  input: JsonInput | { json: unknown },
  maxBytes?: number,
): YtjV3ParseResult {
  const parsed = jsonValueOf(input, maxBytes);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (Array.isArray(value)) return { ok: true, totalResults: null, results: value.map(mapYtjV3Company) };
  if (!isRecord(value)) return { ok: false, error: 'not a YTJ v3 response: expected a JSON object or array' };
  if (field(value, 'companies') !== undefined) {
    const list = field(value, 'companies');
    const companies = Array.isArray(list) ? list : isRecord(list) ? [list] : null;
    if (!companies) return { ok: false, error: 'not a YTJ v3 response: `companies` is not a list' };
    const total = field(value, 'totalResults');
    const totalText = text(total);
    const totalResults = totalText !== null && /^\d+$/.test(totalText) ? Number(totalText) : null;
    return { ok: true, totalResults, results: companies.map(mapYtjV3Company) };
  }
  if (field(value, 'businessId') !== undefined) {
    return { ok: true, totalResults: null, results: [mapYtjV3Company(value)] };
  }
  return {
    ok: false,
    error: 'not a YTJ v3 response: expected `companies`, a company with `businessId`, or an array',
  };
}
