import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGS } from './lang';
import { mergeAreas, type AreaMessages } from './messages';

const areas = import.meta.glob<AreaMessages>('./messages/*.json', { eager: true, import: 'default' });
const { fi, sv, en } = mergeAreas(areas);

/**
 * Messages are flat, with dotted keys ("nav.overview"), in one JSON file per area holding all three
 * languages; a test fails on a key missing from a language or unused in the source. The language comes
 * from the address (/fi/…).
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
