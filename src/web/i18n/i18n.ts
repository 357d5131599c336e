import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';
import { DEFAULT_LANG, isLang, LANGS } from './lang';

/**
 * Messages are flat JSON files, one per language, with dotted keys ("nav.overview"); a test fails on a
 * key missing from a language or unused in the source. The language comes from the address (/fi/…).
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  // The first render already speaks the address's language.
  lng: initialLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initImmediate: false,
  showSupportNotice: false,
});

function initialLang() {
  const first = typeof location === 'undefined' ? undefined : location.pathname.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
}
