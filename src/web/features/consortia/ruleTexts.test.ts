import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AreaMessages } from '../../i18n/messages';

/** The rule texts with a count agree with it in number in each language (issue 15), as i18next picks. */
const messages = JSON.parse(
  fs.readFileSync(new URL('../../i18n/messages/consortia.json', import.meta.url), 'utf8'),
) as AreaMessages;
const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(
    Object.entries(messages).map(([lang, translation]) => [lang, { translation }]),
  ),
  lng: 'fi',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const say = (lang: string, key: string, count: number, extra: Record<string, string> = {}) =>
  i18n.getFixedT(lang)(key, { count, ...extra });

describe('rule texts with a count', () => {
  it.each([
    ['fi', 1, 'Vähintään 1 kumppani'],
    ['fi', 3, 'Vähintään 3 kumppania'],
    ['sv', 1, 'Minst 1 partner'],
    ['sv', 3, 'Minst 3 partner'],
    ['en', 1, 'At least 1 partner'],
    ['en', 3, 'At least 3 partners'],
  ])('%s %i: %s', (lang, count, text) => {
    expect(say(lang, 'consortium.rule.minOrganisations', count)).toBe(text);
  });

  it('decline the member towns, months and missing partners too', () => {
    const network = { network: 'Innokaupungit' };
    expect(say('fi', 'consortium.rule.minMembersOfNetwork', 1, network)).toBe(
      'Vähintään 1 jäsenkaupunki verkostosta Innokaupungit',
    );
    expect(say('fi', 'consortium.rule.minMembersOfNetwork', 3, network)).toBe(
      'Vähintään 3 jäsenkaupunkia verkostosta Innokaupungit',
    );
    expect(say('sv', 'consortium.rule.minMembersOfNetwork', 1, network)).toBe(
      'Minst 1 medlemsstad i nätverket Innokaupungit',
    );
    expect(say('en', 'consortium.rule.maxDurationMonths', 1)).toBe('At most 1 month long');
    expect(say('fi', 'consortium.rule.maxDurationMonths', 24)).toBe('Kesto enintään 24 kuukautta');
    expect(say('fi', 'consortium.why.missingTowns', 1)).toBe('Vielä puuttuu 1 jäsenkaupunki.');
    expect(say('fi', 'consortium.why.tooMany', 2)).toBe('Mukana on 2 kumppania liikaa.');
    expect(say('en', 'consortium.why.tooFew', 1)).toBe('1 more partner is needed.');
    expect(say('fi', 'consortium.rule.maxOrganisations', 1)).toBe('Enintään 1 kumppani');
    expect(say('fi', 'consortium.projectMade', 1)).toBe('Hanke on ajan tasalla: lisättiin 1 rooli.');
    expect(say('sv', 'consortium.projectMade', 2)).toBe('Projektet är uppdaterat: 2 roller lades till.');
  });
});
