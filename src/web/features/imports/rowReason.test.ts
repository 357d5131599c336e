import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { mergeAreas } from '../../i18n/messages';
import imports from '../../i18n/messages/imports.json';
import rowErrors from '../../i18n/messages/row-errors.json';
import { englishDetail, rowReason } from './rowReason';

const { fi, sv } = mergeAreas({ imports, rowErrors });
const i18n = i18next.createInstance();
await i18n.init({
  resources: { fi: { translation: fi }, sv: { translation: sv } },
  lng: 'fi',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const inLang = (lang: 'fi' | 'sv') => i18n.getFixedT(lang);
const bad = { line: 3, column: 'Y-tunnus', message: "'1234567-2' is not a valid business ID" };

describe('the reason of a bad row in the page language', () => {
  it("says the server's code with its values, a field by its label", () => {
    const error = { ...bad, code: 'invalid_business_id', params: { value: '1234567-2' } };
    expect(rowReason(inLang('fi'), error)).toBe('”1234567-2” ei ole kelvollinen Y-tunnus (esim. 0112038-9).');
    expect(rowReason(inLang('sv'), error)).toBe(
      '”1234567-2” är inte ett giltigt FO-nummer (t.ex. 0112038-9).',
    );
    const missing = { ...bad, code: 'missing_value', params: { field: 'nameFi' } };
    expect(rowReason(inLang('fi'), missing)).toBe('Pakollinen tieto puuttuu: Nimi suomeksi.');
  });

  it("shows the server's English text for a code it does not know, or none", () => {
    expect(rowReason(inLang('fi'), { ...bad, code: 'a_newer_code', params: {} })).toBe(bad.message);
    expect(rowReason(inLang('fi'), bad)).toBe(bad.message);
  });

  it("keeps the server's English detail beside a reason that is only general", () => {
    const rule = {
      ...bad,
      code: 'rule_broken',
      params: { field: 'endsAt' },
      message: 'endsAt must not be before startsAt',
    };
    expect(rowReason(inLang('fi'), rule)).toMatch(/^Arvo ei sovi yhteen/);
    expect(englishDetail(rule)).toBe('endsAt must not be before startsAt');
    expect(englishDetail({ ...bad, code: 'invalid_business_id', params: { value: '1' } })).toBeNull();
    expect(englishDetail(bad)).toBeNull();
  });
});
