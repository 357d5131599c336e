/**
 * Reader of the retired PRH v1 BIS format (`avoindata.prh.fi/bis/v1`, `type: fi.prh.opendata.bis`),
 * for files saved before v3 replaced it. v1 repeats each entry once per language (FI/SE/EN) and tells
 * versions apart with `version` and `endDate`; the entries are grouped back into one item each here.
 */
import { normalizeBusinessId } from './business-id.js';
import { finishCompany, industryFrom, type CompanyParts } from './company.js';
import { jsonValueOf, type JsonInput } from './json-input.js';
import type { YtjAddress, YtjCompanyForm, YtjMapResult, YtjName, YtjSituation, YtjText } from './types.js';
import {
  code,
  date,
  field,
  isRecord,
  language,
  nameLanguage,
  paddedDigits,
  records,
  text,
  type JsonRecord,
} from './values.js';

type Warn = (message: string) => void;

/** Groups v1 per-language entries by a key; a Map, so no key can reach an object's prototype. */
function groups(list: JsonRecord[], key: (r: JsonRecord) => string): JsonRecord[][] {
  const map = new Map<string, JsonRecord[]>();
  for (const r of list) {
    const k = key(r);
    const group = map.get(k);
    if (group) group.push(r);
    else map.set(k, [r]);
  }
  return [...map.values()];
}

const versionKey = (r: JsonRecord) =>
  [field(r, 'version'), field(r, 'registrationDate'), field(r, 'endDate')]
    .map((v) => text(v) ?? '')
    .join('|');

function byLanguage(group: JsonRecord[], key: string): YtjText {
  const result: YtjText = {};
  for (const r of group) {
    const lang = language(field(r, 'language'));
    const value = text(field(r, key));
    if (lang && value && result[lang] === undefined) result[lang] = value;
  }
  return result;
}

export function mapYtjV1Company(raw: unknown): YtjMapResult {
  if (!isRecord(raw)) return { ok: false, error: 'a company must be a JSON object', businessId: null };
  const idText = text(field(raw, 'businessId'));
  const businessId = normalizeBusinessId(idText);
  if (!businessId) {
    const error = idText
      ? `business ID '${idText.slice(0, 20)}' is not a valid Finnish business ID`
      : 'the company has no business ID';
    return { ok: false, error, businessId: idText };
  }
  const warnings: string[] = [];
  const warn: Warn = (message) => warnings.push(message);
  const entries = records(field(raw, 'registeredEntries'));
  const tradeRegister = entries.find(
    (e) => text(field(e, 'register')) === '1' && text(field(e, 'endDate')) === null,
  );
  const parts: CompanyParts = {
    businessId,
    euId: null,
    source: 'ytj-v1',
    names: v1Names(raw, warn),
    companyForms: v1Forms(raw, warn),
    industries: groups(
      records(field(raw, 'businessLines')),
      (r) => `${text(field(r, 'code'))}|${versionKey(r)}`,
    ).flatMap((group) => {
      const first = group[0];
      if (!first) return [];
      const industry = industryFrom(
        {
          code: field(first, 'code'),
          // v1 predates TOL 2025 and did not name its code set: its codes are TOL 2008.
          codeSet: 'TOIMI3',
          names: byLanguage(group, 'name'),
          registrationDate: field(first, 'registrationDate'),
          endDate: field(first, 'endDate'),
        },
        warn,
      );
      return industry ? [industry] : [];
    }),
    addresses: groups(
      records(field(raw, 'addresses')),
      (r) => `${text(field(r, 'type'))}|${versionKey(r)}`,
    ).flatMap((group) => v1Address(group, warn)),
    website: v1Website(records(field(raw, 'contactDetails'))),
    registrationDate: date(field(raw, 'registrationDate'), 'registrationDate', warn),
    endDate: null,
    tradeRegisterStatus: tradeRegister ? code(field(tradeRegister, 'status')) : null,
    businessIdStatus: null,
    situations: v1Situations(records(field(raw, 'liquidations')), warn),
    lastModified: null,
  };
  return finishCompany(parts, warnings);
}

function v1Names(raw: JsonRecord, warn: Warn): YtjName[] {
  const toName = (r: JsonRecord, type: YtjName['type']): YtjName[] => {
    const name = text(field(r, 'name'));
    if (!name) return [];
    return [
      {
        name,
        type,
        typeCode: null,
        registrationDate: date(field(r, 'registrationDate'), `name '${name}' registrationDate`, warn),
        endDate: date(field(r, 'endDate'), `name '${name}' endDate`, warn),
        language: nameLanguage(name),
      },
    ];
  };
  // `order` 0 is the company name; other orders are its parallel names in other languages.
  const names = records(field(raw, 'names')).flatMap((r) =>
    toName(r, Number(text(field(r, 'order')) ?? '0') === 0 ? 'name' : 'parallel'),
  );
  const auxiliary = records(field(raw, 'auxiliaryNames')).flatMap((r) => toName(r, 'auxiliary'));
  if (names.length === 0) names.push(...toName(raw, 'name'));
  return [...names, ...auxiliary];
}

function v1Forms(raw: JsonRecord, warn: Warn): YtjCompanyForm[] {
  const forms = groups(records(field(raw, 'companyForms')), versionKey).flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    const withCode = group.find(
      (r) => code(field(r, 'type')) !== null && language(field(r, 'language')) === 'fi',
    );
    return [
      {
        code: code(field(withCode ?? first, 'type')),
        names: byLanguage(group, 'name'),
        registrationDate: date(field(first, 'registrationDate'), 'companyForm registrationDate', warn),
        endDate: date(field(first, 'endDate'), 'companyForm endDate', warn),
      },
    ];
  });
  const formCode = code(field(raw, 'companyForm'));
  if (forms.length === 0 && formCode) {
    forms.push({ code: formCode, names: {}, registrationDate: null, endDate: null });
  }
  return forms;
}

function v1Address(group: JsonRecord[], warn: Warn): YtjAddress[] {
  const first = group[0];
  if (!first) return [];
  const typeCode = code(field(first, 'type'));
  const type = typeCode === '1' ? 'street' : typeCode === '2' ? 'postal' : 'other';
  const postCode = paddedDigits(field(first, 'postCode'), 5);
  const street = text(field(first, 'street'));
  if (!street && !postCode) return [];
  const postOffice: YtjText = {};
  const city = text(field(first, 'city'));
  if (city) postOffice.fi = city;
  return [
    {
      type,
      street,
      postCode,
      postOffice,
      postOfficeBox: null,
      careOf: text(field(first, 'careOf')),
      country: text(field(first, 'country')),
      freeAddressLine: null,
      municipalityCodeHint: null,
      registrationDate: date(field(first, 'registrationDate'), 'address registrationDate', warn),
      endDate: date(field(first, 'endDate'), 'address endDate', warn),
    },
  ];
}

// v1 contact details mix phone numbers (often a person's own) with the web address; only the latter is read.
const WEBSITE_TYPES = /www|website|kotisivu|webbplats|hemsida/i;

function v1Website(details: JsonRecord[]): string | null {
  const current = details
    .filter((d) => WEBSITE_TYPES.test(text(field(d, 'type')) ?? '') && text(field(d, 'endDate')) === null)
    .map((d) => ({ value: text(field(d, 'value')), since: text(field(d, 'registrationDate')) ?? '' }))
    .filter((d): d is { value: string; since: string } => d.value !== null)
    .sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
  return current[0]?.value ?? null;
}

function v1Situations(list: JsonRecord[], warn: Warn): YtjSituation[] {
  return groups(list, versionKey).flatMap((group) => {
    const first = group[0];
    const type = first ? (code(field(first, 'type')) ?? text(field(first, 'name'))) : null;
    if (!first || !type) return [];
    return [
      {
        type,
        registrationDate: date(field(first, 'registrationDate'), 'liquidation registrationDate', warn),
        endDate: date(field(first, 'endDate'), 'liquidation endDate', warn),
      },
    ];
  });
}

export type YtjV1ParseResult = { ok: true; results: YtjMapResult[] } | { ok: false; error: string };

/** Reads a v1 response (`{ type: 'fi.prh.opendata.bis', results: [...] }`), one result, or an array. */
export function parseYtjV1Response(
  input: JsonInput | { json: unknown },
  maxBytes?: number,
): YtjV1ParseResult {
  const parsed = jsonValueOf(input, maxBytes);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (Array.isArray(value)) return { ok: true, results: value.map(mapYtjV1Company) };
  if (!isRecord(value)) return { ok: false, error: 'not a YTJ v1 response: expected a JSON object or array' };
  const results = field(value, 'results');
  if (results !== undefined) {
    if (!Array.isArray(results))
      return { ok: false, error: 'not a YTJ v1 response: `results` is not a list' };
    return { ok: true, results: results.map(mapYtjV1Company) };
  }
  if (field(value, 'businessId') !== undefined) return { ok: true, results: [mapYtjV1Company(value)] };
  return { ok: false, error: 'not a YTJ v1 response: expected `results` or a company with `businessId`' };
}
