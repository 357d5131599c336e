/**
 * One shape for a company from the Finnish business register (PRH / YTJ open data), whichever API it
 * came from: the v3 `companies` response, the v3 `all_companies` bulk dump, or an old v1 BIS record.
 * Codes are kept as PRH gives them (strings), with the decoded meaning next to them where it is known,
 * so nothing is lost when PRH adds a code we do not know yet.
 */

export type YtjLanguage = 'fi' | 'sv' | 'en';

/** A text in the languages PRH gives it; a language PRH did not give is absent. */
export interface YtjText {
  fi?: string;
  sv?: string;
  en?: string;
}

/** v3 `names[].type`: 1 the company name, 2 a parallel name in another language, 3 an auxiliary name. */
export type YtjNameType = 'name' | 'parallel' | 'auxiliary' | 'other';

export interface YtjName {
  name: string;
  type: YtjNameType;
  /** PRH's own code ('1', '2', '3'), or null for v1 records (whose lists encode the type). */
  typeCode: string | null;
  registrationDate: string | null;
  /** Set when the name is no longer in use: the name history. */
  endDate: string | null;
  /**
   * Language of the name. PRH does not state it: a parallel name's language is read from its legal-form
   * suffix (Ab/Abp → sv, Ltd/Corporation/Plc → en, Oy/Oyj → fi); null when the suffix does not tell.
   */
  language: YtjLanguage | null;
}

export interface YtjCompanyForm {
  /** PRH code (YRMU in v3, e.g. '16' osakeyhtiö, '2' asunto-osakeyhtiö; v1 used letters such as 'OY'). */
  code: string | null;
  names: YtjText;
  registrationDate: string | null;
  endDate: string | null;
}

/** Which Statistics Finland classification an industry code belongs to. */
export type YtjIndustryClassification = 'TOL2008' | 'TOL2025' | 'TOL2002' | 'TOL1995' | 'unknown';

export interface YtjIndustry {
  /** Five digits as PRH gives them ('70220'); the first four are the NACE class. */
  code: string;
  classification: YtjIndustryClassification;
  /** PRH's code set: TOIMI3 = TOL 2008, TOIMI4 = TOL 2025 (used since 2026), TOIMI2/TOIMI older ones. */
  codeSet: string | null;
  names: YtjText;
  registrationDate: string | null;
  endDate: string | null;
}

export type YtjAddressType = 'street' | 'postal' | 'other';

export interface YtjAddress {
  /** v3/v1 `type`: 1 street (visiting) address, 2 postal address. */
  type: YtjAddressType;
  /** Street, building number, entrance and apartment joined the way they are written in Finland. */
  street: string | null;
  /** Five digits. Turning a postal code into a municipality is left to the reference data. */
  postCode: string | null;
  /** Post office name in Finnish and Swedish (PRH writes them in upper case), when given. */
  postOffice: YtjText;
  postOfficeBox: string | null;
  careOf: string | null;
  /** Two-letter country code for addresses abroad; null for Finnish addresses. */
  country: string | null;
  /** A free-form (foreign) address line. */
  freeAddressLine: string | null;
  /** Municipality code given by v3 next to the post office; a hint only, the postal code decides. */
  municipalityCodeHint: string | null;
  registrationDate: string | null;
  endDate: string | null;
}

export interface YtjSituation {
  /** v3 `companySituations[].type` (e.g. SANE reorganisation, SELTILA liquidation, KONK bankruptcy). */
  type: string;
  registrationDate: string | null;
  endDate: string | null;
}

export interface YtjStatus {
  /**
   * True when the company has no end date. The codes below are kept as they are for finer rules (their
   * code sets REK_KDI and STATUS3 are described at the API's /description endpoint).
   */
  active: boolean;
  /** v3 `tradeRegisterStatus` (code set REK_KDI); for v1, the status of the open trade register entry. */
  tradeRegisterStatus: string | null;
  /** v3 `status` (code set STATUS3, the business ID's status). */
  businessIdStatus: string | null;
  situations: YtjSituation[];
}

export type YtjSourceFormat = 'ytj-v3' | 'ytj-v1';

export interface YtjCompany {
  businessId: string;
  euId: string | null;
  source: YtjSourceFormat;
  /** The current company name (type 1 without an end date); falls back to the latest name. */
  name: string;
  /** Every name with its history, current names first. */
  names: YtjName[];
  companyForm: YtjCompanyForm | null;
  companyFormHistory: YtjCompanyForm[];
  /** Main business line in TOL 2008 (`TOIMI3`), when the record has it. */
  tol2008: YtjIndustry | null;
  /** Main business line in TOL 2025 (`TOIMI4`, reported since 1 January 2026), when the record has it. */
  tol2025: YtjIndustry | null;
  /** Every main-business-line entry in the record, including older classifications and ended ones. */
  industries: YtjIndustry[];
  /** Addresses in force (no end date), street address first. */
  addresses: YtjAddress[];
  addressHistory: YtjAddress[];
  website: string | null;
  registrationDate: string | null;
  endDate: string | null;
  status: YtjStatus;
  /** PRH's last-modified time, as local Finnish time without a zone: 'YYYY-MM-DDTHH:mm:ss'. */
  lastModified: string | null;
}

/** Problems that did not stop the record from being read (a malformed date, an unknown address type). */
export type YtjWarning = string;

export type YtjMapResult =
  | { ok: true; company: YtjCompany; warnings: YtjWarning[] }
  | { ok: false; error: string; businessId: string | null };
