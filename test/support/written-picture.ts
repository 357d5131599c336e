/**
 * A written picture as the generator (or an editor) hands it to the renderers: findings with evidence,
 * proposals, and the methods, in Finnish, Swedish and English. Written by hand, so the report tests do
 * not depend on the generator's wording.
 */
import type { FindingSection, WrittenPicture } from '../../src/reports/findings.schema.js';

type Lang = WrittenPicture['language'];
const t = (lang: Lang, fi: string, sv: string, en: string) => ({ fi, sv, en })[lang];

function section(
  key: FindingSection['key'],
  title: string,
  partial: Partial<FindingSection>,
): FindingSection {
  return { key, title, sentences: [], proposals: [], fingerprint: `fp-${key}`, ...partial };
}

export function writtenFixture(lang: Lang = 'fi'): WrittenPicture {
  return {
    language: lang,
    sections: [
      section(
        'glance',
        t(lang, 'Ekosysteemi lyhyesti', 'Ekosystemet i korthet', 'The ecosystem at a glance'),
        {
          sentences: [
            {
              text: t(
                lang,
                'Ekosysteemissä on 25 toimijaa, joista 17 on yrityksiä.',
                'Ekosystemet har 25 aktörer, av vilka 17 är företag.',
                'The ecosystem has 25 actors, 17 of them companies.',
              ),
              evidence: [
                { kind: 'figure', label: t(lang, 'Toimijoita', 'Aktörer', 'Actors'), value: '25' },
                { kind: 'figure', label: t(lang, 'Yrityksiä', 'Företag', 'Companies'), value: '17' },
              ],
            },
          ],
        },
      ),
      section('strengths', t(lang, 'Vahvuudet', 'Styrkor', 'Strengths'), {
        sentences: [
          {
            text: t(
              lang,
              'Metsäbiotalous on alueen selvin vahvuus.',
              'Skogsbioekonomin är områdets tydligaste styrka.',
              'The forest bioeconomy is the clearest strength of the area.',
            ),
            evidence: [
              {
                kind: 'sector',
                label: t(lang, 'Sijaintiosamäärä', 'Lokaliseringskvot', 'Location quotient'),
                value: '17,7',
              },
              {
                kind: 'quote',
                label: t(lang, 'Kartoitus 2022', 'Kartläggning 2022', 'Mapping 2022'),
                value: 'Puu on meidän juttumme.',
              },
            ],
          },
          // a sentence an editor added, with no evidence of its own
          {
            text: t(lang, 'Toimittajan lisäys.', 'Redaktörens tillägg.', 'An editor’s addition.'),
            evidence: [],
          },
        ],
      }),
      section(
        'developmentTargets',
        t(
          lang,
          'Ehdotetut kehittämiskohteet',
          'Föreslagna utvecklingsobjekt',
          'Proposed development targets',
        ),
        {
          proposals: [
            {
              key: 'developmentTarget:brokers',
              kind: 'developmentTarget',
              title: t(
                lang,
                'Yhteyksiä yritysten välille',
                'Förbindelser mellan företag',
                'Ties between companies',
              ),
              text: t(
                lang,
                'Yrityksiä yhdistävä toimija puuttuu.',
                'En aktör som förenar företagen saknas.',
                'No actor brings the companies together.',
              ),
              evidence: [{ kind: 'figure', label: t(lang, 'Välittäjiä', 'Mäklare', 'Brokers'), value: '1' }],
            },
          ],
        },
      ),
      section(
        'growthSectors',
        t(lang, 'Mahdolliset kasvualat', 'Möjliga tillväxtbranscher', 'Potential growth sectors'),
        {
          proposals: [
            {
              key: 'growthSector:16',
              kind: 'growthSector',
              title: t(lang, 'Puutuotteet', 'Trävaror', 'Wood products'),
              text: t(
                lang,
                'Puutuotteiden ala kasvaa.',
                'Trävarubranschen växer.',
                'Wood products are growing.',
              ),
              evidence: [{ kind: 'project', label: 'Puuta Savosta', ref: 'project-1' }],
            },
          ],
        },
      ),
    ],
    methods: {
      plain: [
        t(
          lang,
          'Tilannekuva on laskettu Solmuun kirjatuista toimijoista ja niiden välisistä suhteista.',
          'Lägesbilden är beräknad på aktörerna i Solmu och relationerna mellan dem.',
          'The picture is computed from the actors recorded in Solmu and the relations between them.',
        ),
      ],
      technical: [
        t(
          lang,
          'Yhteisöt on haettu Louvain-menetelmällä siemenluvulla 1.',
          'Gemenskaperna är sökta med Louvain-metoden med fröet 1.',
          'Communities are found with the Louvain method, seed 1.',
        ),
      ],
    },
  };
}
