import type { OpenDataLicence } from '../../config.js';

/** The licence in the three languages of the pages, for people reading the licence answer. */
export function licenceStatement({ id, url }: OpenDataLicence) {
  return {
    fi: `Avoimet tiedot on julkaistu lisenssillä ${id} (${url}). Mainitse lähteenä Solmu ja tiedot julkaissut kunta tai verkosto.`,
    sv: `Öppna data publiceras under licensen ${id} (${url}). Ange Solmu och kommunen eller nätverket som publicerat uppgifterna som källa.`,
    en: `The open data is published under the ${id} licence (${url}). Credit Solmu and the town or network that published the data.`,
  };
}
