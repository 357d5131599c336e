/** What an organisation row and a person row hold (see entity-types.ts). */
import { organisation, person } from '../../domain/actors.js';
import * as cells from './cells.js';
import type { EntitySpec } from './entity-types.js';
import {
  choice,
  DESCRIPTIONS,
  ID,
  ORGANISATION_REF_ALIASES,
  readMunicipalityRef,
  readOrganisationRef,
  text,
  without,
} from './fields-common.js';
import * as words from './vocabulary.js';

// prettier-ignore
export const ORGANISATIONS: EntitySpec = {
  entity: 'organisations',
  schema: without(organisation.shape, 'municipalityCode'),
  defaults: { kind: 'company' },
  fields: [
    ID,
    {
      name: 'kind', target: 'data', required: true,
      read: choice(words.ORGANISATION_KIND_WORDS, 'kind of organisation'),
      aliases: [
        'tyyppi', 'toimijatyyppi', 'laji', 'organisaatiotyyppi', 'typ', 'aktörstyp', 'organisationstyp',
        'kind', 'type', 'organisation type', 'actor type',
      ],
    },
    {
      name: 'nameFi', target: 'data', required: true, read: text,
      aliases: [
        'nimi', 'organisaation nimi', 'yrityksen nimi', 'toimijan nimi', 'yritys', 'organisaatio', 'toimija',
        'nimi suomeksi', 'namn', 'organisationens namn', 'företagets namn', 'företag', 'name',
        'organisation name', 'organization name', 'company name', 'organisation', 'company', 'name fi',
        'namefi',
      ],
    },
    {
      name: 'nameSv', target: 'data', read: text,
      aliases: [
        'nimi ruotsiksi', 'ruotsinkielinen nimi', 'nimi sv', 'namn på svenska', 'svenskt namn', 'namn sv',
        'swedish name', 'name sv', 'namesv',
      ],
    },
    {
      name: 'nameEn', target: 'data', read: text,
      aliases: [
        'nimi englanniksi', 'englanninkielinen nimi', 'nimi en', 'namn på engelska', 'engelskt namn',
        'english name', 'name en', 'nameen',
      ],
    },
    {
      name: 'businessId', target: 'data', read: cells.readBusinessId,
      aliases: [
        'y tunnus', 'ytunnus', 'yritystunnus', 'fo nummer', 'fo nr', 'företags och organisationsnummer',
        'business id', 'businessid', 'company id',
      ],
    },
    {
      name: 'tolCode', target: 'data', read: cells.readTolCode,
      aliases: [
        'toimiala', 'toimialakoodi', 'päätoimiala', 'tol', 'tol 2008', 'tol koodi', 'näringsgren',
        'näringsgrenskod', 'bransch', 'industry', 'industry code', 'nace', 'nace code', 'tolcode',
      ],
    },
    {
      name: 'municipality', target: 'ref', read: readMunicipalityRef,
      aliases: [
        'kunta', 'kotikunta', 'sijaintikunta', 'kuntakoodi', 'paikkakunta', 'kommun', 'hemkommun',
        'kommunkod', 'ort', 'municipality', 'municipality code', 'home municipality', 'municipalitycode',
        'city', 'town',
      ],
    },
    {
      name: 'website', target: 'data', read: cells.readUrl,
      aliases: [
        'verkkosivu', 'verkkosivut', 'kotisivu', 'kotisivut', 'www', 'www osoite', 'webbplats', 'hemsida',
        'webbadress', 'website', 'web', 'url', 'homepage',
      ],
    },
    ...DESCRIPTIONS,
    {
      name: 'sizeClass', target: 'data', read: choice(words.SIZE_CLASS_WORDS, 'size class'),
      aliases: [
        'kokoluokka', 'koko', 'yrityksen koko', 'storleksklass', 'storlek', 'size class', 'size',
        'sizeclass',
      ],
    },
    {
      name: 'isPublic', target: 'data', read: cells.readBoolean,
      aliases: [
        'julkinen', 'näytetään julkisesti', 'offentlig', 'public', 'is public', 'ispublic',
      ],
    },
    {
      name: 'lastVerifiedOn', target: 'data', read: cells.readDate,
      aliases: [
        'tarkistettu', 'tarkistuspäivä', 'viimeksi tarkistettu', 'verifierad', 'senast kontrollerad',
        'last verified', 'verified on', 'lastverifiedon',
      ],
    },
  ],
};

// prettier-ignore
export const PEOPLE: EntitySpec = {
  entity: 'people',
  schema: without(person.shape),
  rules: person.rules,
  defaults: {},
  fields: [
    ID,
    {
      name: 'fullName', target: 'data', read: text,
      aliases: [
        'nimi', 'koko nimi', 'henkilö', 'henkilön nimi', 'yhteyshenkilön nimi', 'namn', 'fullständigt namn',
        'person', 'name', 'full name', 'fullname',
      ],
    },
    {
      name: 'title', target: 'data', read: text,
      aliases: [
        'titteli', 'tehtävänimike', 'nimike', 'rooli', 'asema', 'titel', 'befattning', 'roll', 'title',
        'job title', 'role', 'position',
      ],
    },
    {
      name: 'email', target: 'data', read: text,
      aliases: [
        'sähköposti', 'sähköpostiosoite', 'email', 'e mail', 'e post', 'epost', 'e postadress',
        'email address',
      ],
    },
    {
      name: 'phone', target: 'data', read: text,
      aliases: [
        'puhelin', 'puhelinnumero', 'matkapuhelin', 'telefon', 'telefonnummer', 'mobil', 'phone',
        'phone number', 'mobile',
      ],
    },
    {
      name: 'lawfulBasis', target: 'data', required: true,
      read: choice(words.LAWFUL_BASIS_WORDS, 'lawful basis (GDPR art. 6)'),
      aliases: [
        'käsittelyperuste', 'oikeusperuste', 'rättslig grund', 'behandlingsgrund', 'lawful basis',
        'legal basis', 'lawfulbasis',
      ],
    },
    {
      name: 'purpose', target: 'data', required: true, read: text,
      aliases: [
        'käyttötarkoitus', 'käsittelyn tarkoitus', 'tarkoitus', 'ändamål', 'syfte', 'purpose',
      ],
    },
    {
      name: 'source', target: 'data', required: true, read: text,
      aliases: [
        'lähde', 'tietolähde', 'källa', 'source',
      ],
    },
    {
      name: 'collectedOn', target: 'data', required: true, read: cells.readDate,
      aliases: [
        'kerätty', 'keräyspäivä', 'kerätty pvm', 'insamlad', 'insamlingsdatum', 'collected', 'collected on',
        'collectedon',
      ],
    },
    {
      name: 'informedOn', target: 'data', read: cells.readDate,
      aliases: [
        'informoitu', 'ilmoitettu', 'informerad', 'informed', 'informed on', 'informedon',
      ],
    },
    {
      name: 'retainUntil', target: 'data', read: cells.readDate,
      aliases: [
        'säilytetään asti', 'säilytysaika päättyy', 'poistetaan', 'bevaras till', 'gallras', 'retain until',
        'delete after', 'retainuntil',
      ],
    },
    {
      name: 'organisation', target: 'ref', read: readOrganisationRef,
      aliases: [
        ...ORGANISATION_REF_ALIASES, 'työnantaja', 'arbetsgivare', 'employer',
      ],
    },
    {
      name: 'isContact', target: 'extra', read: cells.readBoolean,
      aliases: [
        'yhteyshenkilö', 'kontaktperson', 'contact person', 'is contact', 'iscontact',
      ],
    },
  ],
};
