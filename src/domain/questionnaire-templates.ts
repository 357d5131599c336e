/**
 * The questionnaire templates Solmu ships, in Finnish, Swedish and English. The mapping template follows
 * the seeds' mapping of the towns' ecosystems (shared/seeds 000–002): the current state of the ecosystem,
 * the actor's competences and needs, its partners (the name generator), strengths, challenges, what
 * strengthening the ecosystem requires and could bring, growth areas and development proposals.
 */
import type { z } from 'zod';
import type { questionnaireContent } from './questionnaires.js';

type Template = {
  key: string;
  name: { fi: string; sv: string; en: string };
  content: z.input<typeof questionnaireContent>;
};

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const SCALE_ENDS = {
  min: 1,
  max: 5,
  minLabel: t('heikosti', 'svagt', 'poorly'),
  maxLabel: t('erinomaisesti', 'utmärkt', 'excellently'),
};

export const MAPPING_TEMPLATE: Template = {
  key: 'mapping',
  name: t(
    'Innovaatioekosysteemin kartoitus',
    'Kartläggning av innovationsekosystemet',
    'Mapping the innovation ecosystem',
  ),
  content: {
    sections: [
      {
        key: 'current_state',
        title: t('Ekosysteemin nykytila', 'Ekosystemets nuläge', 'The ecosystem today'),
        questions: [
          {
            key: 'role',
            type: 'multiple',
            required: true,
            label: t(
              'Mikä on organisaationne rooli alueen innovaatioekosysteemissä?',
              'Vilken roll har er organisation i regionens innovationsekosystem?',
              'What is your organisation’s role in the area’s innovation ecosystem?',
            ),
            options: [
              {
                key: 'developer',
                label: t(
                  'Tuotteiden tai palvelujen kehittäjä',
                  'Utvecklare av produkter eller tjänster',
                  'Develops products or services',
                ),
              },
              { key: 'research', label: t('Tutkimus', 'Forskning', 'Research') },
              { key: 'education', label: t('Koulutus', 'Utbildning', 'Education') },
              { key: 'funding', label: t('Rahoitus', 'Finansiering', 'Funding') },
              {
                key: 'connector',
                label: t('Toimijoiden yhteen saattaminen', 'Sammanför aktörer', 'Brings actors together'),
              },
              {
                key: 'customer',
                label: t('Asiakas tai käyttäjä', 'Kund eller användare', 'Customer or user'),
              },
            ],
          },
          {
            key: 'cooperation',
            type: 'scale',
            ...SCALE_ENDS,
            label: t(
              'Kuinka hyvin alueen toimijat tekevät yhteistyötä?',
              'Hur väl samarbetar aktörerna i regionen?',
              'How well do the area’s actors work together?',
            ),
          },
          {
            key: 'state',
            type: 'text',
            long: true,
            label: t(
              'Kuvailkaa ekosysteemin nykytilaa omin sanoin.',
              'Beskriv ekosystemets nuläge med egna ord.',
              'Describe the ecosystem today in your own words.',
            ),
          },
        ],
      },
      {
        key: 'competences',
        title: t('Osaaminen ja tarpeet', 'Kompetens och behov', 'Competences and needs'),
        questions: [
          {
            key: 'offers',
            type: 'competences',
            direction: 'offer',
            label: t(
              'Mitä osaamista organisaationne tarjoaa ekosysteemille?',
              'Vilken kompetens erbjuder er organisation ekosystemet?',
              'What competences does your organisation offer the ecosystem?',
            ),
          },
          {
            key: 'needs',
            type: 'competences',
            direction: 'need',
            label: t(
              'Mitä osaamista tarvitsette lisää?',
              'Vilken kompetens behöver ni mer av?',
              'What competences do you need more of?',
            ),
          },
        ],
      },
      {
        key: 'partners',
        title: t('Yhteistyökumppanit', 'Samarbetspartner', 'Partners'),
        questions: [
          {
            key: 'partners',
            type: 'partners',
            relationKinds: ['collaboration', 'project_partner', 'supply_chain', 'customer', 'education'],
            label: t(
              'Kenen kanssa teette yhteistyötä tutkimuksessa, kehityksessä ja innovaatioissa?',
              'Vem samarbetar ni med inom forskning, utveckling och innovation?',
              'Who do you work with on research, development and innovation?',
            ),
            help: t(
              'Hakekaa organisaatio nimellä tai Y-tunnuksella, tai lisätkää uusi. Kertokaa yhteistyön laji ja vahvuus (1 satunnainen – 5 tiivis).',
              'Sök organisationen med namn eller FO-nummer, eller lägg till en ny. Ange samarbetets art och styrka (1 tillfälligt – 5 nära).',
              'Find the organisation by name or business ID, or add a new one. Give the kind of tie and its strength (1 occasional – 5 close).',
            ),
          },
        ],
      },
      {
        key: 'assessment',
        title: t('Vahvuudet ja haasteet', 'Styrkor och utmaningar', 'Strengths and challenges'),
        questions: [
          {
            key: 'strengths',
            type: 'text',
            long: true,
            label: t(
              'Mitkä ovat ekosysteemin vahvuudet?',
              'Vilka är ekosystemets styrkor?',
              'What are the ecosystem’s strengths?',
            ),
          },
          {
            key: 'challenges',
            type: 'text',
            long: true,
            label: t('Mitkä ovat sen haasteet?', 'Vilka är dess utmaningar?', 'What are its challenges?'),
          },
          {
            key: 'requirements',
            type: 'text',
            long: true,
            label: t(
              'Mitä ekosysteemin vahvistaminen edellyttää?',
              'Vad krävs för att stärka ekosystemet?',
              'What would strengthening the ecosystem require?',
            ),
          },
          {
            key: 'potential',
            type: 'text',
            long: true,
            label: t(
              'Mitä mahdollisuuksia vahvempi ekosysteemi avaisi teille?',
              'Vilka möjligheter skulle ett starkare ekosystem öppna för er?',
              'What would a stronger ecosystem make possible for you?',
            ),
          },
        ],
      },
      {
        key: 'future',
        title: t(
          'Kasvualat ja kehittäminen',
          'Tillväxtområden och utveckling',
          'Growth areas and development',
        ),
        questions: [
          {
            key: 'growth_areas',
            type: 'text',
            long: true,
            label: t(
              'Mihin kasvualoihin alueella kannattaa panostaa?',
              'Vilka tillväxtområden lönar det sig att satsa på i regionen?',
              'Which growth areas should the area invest in?',
            ),
          },
          {
            key: 'proposals',
            type: 'text',
            long: true,
            label: t(
              'Millaisia kehittämisehdotuksia teillä on?',
              'Vilka utvecklingsförslag har ni?',
              'What development proposals do you have?',
            ),
          },
          {
            key: 'join',
            type: 'yesno',
            label: t(
              'Haluatteko olla mukana ekosysteemin kehittämisessä?',
              'Vill ni vara med och utveckla ekosystemet?',
              'Would you like to take part in developing the ecosystem?',
            ),
          },
          {
            key: 'join_how',
            type: 'text',
            showIf: { question: 'join', equals: true },
            label: t('Millä tavoin?', 'På vilket sätt?', 'In what way?'),
          },
        ],
      },
    ],
  },
};

export const QUESTIONNAIRE_TEMPLATES: readonly Template[] = [MAPPING_TEMPLATE];
