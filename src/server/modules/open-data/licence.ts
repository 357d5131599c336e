/** The licence the open data is published under: an SPDX identifier and where its text is read. */
export type OpenDataLicence = { id: string; url: string };

/** Licences an installation is likely to choose, so that naming one is enough. */
const KNOWN: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

export const DEFAULT_LICENCE: OpenDataLicence = { id: 'CC-BY-4.0', url: KNOWN['CC-BY-4.0']! };

/**
 * `CC-BY-4.0` or `<SPDX id> <URL>`: a known licence by its identifier, any other with the address of its
 * text. Undefined when the setting names an unknown licence without an address.
 */
export function parseLicence(setting: string): OpenDataLicence | undefined {
  const [id, url, ...rest] = setting.trim().split(/\s+/);
  if (!id || rest.length > 0 || !/^[A-Za-z0-9.+-]+$/.test(id)) return undefined;
  if (url) return URL.canParse(url) && /^https?:/.test(url) ? { id, url } : undefined;
  const known = KNOWN[id];
  return known ? { id, url: known } : undefined;
}

/** The licence in the three languages of the pages, for people reading the licence answer. */
export function licenceStatement({ id, url }: OpenDataLicence) {
  return {
    fi: `Avoimet tiedot on julkaistu lisenssillä ${id} (${url}). Mainitse lähteenä Solmu ja tiedot julkaissut kunta tai verkosto.`,
    sv: `Öppna data publiceras under licensen ${id} (${url}). Ange Solmu och kommunen eller nätverket som publicerat uppgifterna som källa.`,
    en: `The open data is published under the ${id} licence (${url}). Credit Solmu and the town or network that published the data.`,
  };
}
