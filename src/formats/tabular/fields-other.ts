/** What a relation row, a competence row and an event row hold (see entity-types.ts). */
import { organisationCompetence, relation } from '../../domain/actors.js';
import { event } from '../../domain/events.js';
import * as cells from './cells.js';
import type { EntitySpec } from './entity-types.js';
import { rowFailure } from './row-codes.js';
import {
  byName,
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
export const RELATIONS: EntitySpec = {
  entity: 'relations',
  schema: without(relation.shape, 'fromOrganisationId', 'toOrganisationId'),
  complete: (_data, refs) => {
    const from = refs.get('from');
    const to = refs.get('to');
    const same = from && to && from.by === to.by && from.value.toLowerCase() === to.value.toLowerCase();
    return same ? rowFailure('same_organisation', 'a relation joins two different organisations') : null;
  },
  rules: relation.rules,
  defaults: { source: 'import' },
  fields: [
    ID,
    {
      name: 'from', target: 'ref', required: true, read: readOrganisationRef,
      aliases: [
        'mistä', 'lähtöorganisaatio', 'organisaatio 1', 'toimija 1', 'toimija a', 'osapuoli 1', 'från',
        'organisation 1', 'aktör 1', 'part 1', 'from', 'from organisation', 'source organisation',
        'organisation a', 'actor a',
      ],
    },
    {
      name: 'to', target: 'ref', required: true, read: readOrganisationRef,
      aliases: [
        'mihin', 'kohdeorganisaatio', 'organisaatio 2', 'toimija 2', 'toimija b', 'osapuoli 2', 'till',
        'organisation 2', 'aktör 2', 'part 2', 'to', 'to organisation', 'target organisation',
        'organisation b', 'actor b',
      ],
    },
    {
      name: 'kind', target: 'data', required: true,
      read: choice(words.RELATION_KIND_WORDS, 'kind of relation'),
      aliases: [
        'suhde', 'suhteen laji', 'suhteen tyyppi', 'tyyppi', 'laji', 'relation', 'relationstyp', 'typ',
        'kind', 'type', 'relation type',
      ],
    },
    {
      name: 'weight', target: 'data', read: cells.readNumber,
      aliases: [
        'paino', 'vahvuus', 'vikt', 'styrka', 'weight', 'strength',
      ],
    },
    {
      name: 'startOn', target: 'data', read: cells.readDate,
      aliases: [
        'alkaa', 'alkupäivä', 'alkaen', 'alku', 'början', 'startdatum', 'start', 'start date', 'starts',
        'starton',
      ],
    },
    {
      name: 'endOn', target: 'data', read: cells.readDate,
      aliases: [
        'päättyy', 'loppupäivä', 'asti', 'loppu', 'slut', 'slutdatum', 'end', 'end date', 'ends', 'endon',
      ],
    },
    {
      name: 'source', target: 'data', read: choice(words.RELATION_SOURCE_WORDS, 'source of a relation'),
      aliases: [
        'lähde', 'tietolähde', 'källa', 'source',
      ],
    },
    {
      name: 'description', target: 'data', read: text,
      aliases: [
        'kuvaus', 'huomautus', 'lisätiedot', 'beskrivning', 'anmärkning', 'description', 'note', 'notes',
      ],
    },
  ],
};

// prettier-ignore
export const COMPETENCES: EntitySpec = {
  entity: 'competences',
  schema: without(organisationCompetence.shape, 'organisationId', 'competenceId'),
  defaults: {},
  // The competence as written is its tag until the database matches it to the vocabulary.
  complete: (data, refs) => {
    const competence = refs.get('competence');
    if (!data.has('tag') && competence) data.set('tag', competence.value.slice(0, 100));
    return data.has('tag') ? null : rowFailure('competence_missing', 'give the competence (or a tag)');
  },
  fields: [
    ID,
    {
      name: 'organisation', target: 'ref', required: true, read: readOrganisationRef,
      aliases: ORGANISATION_REF_ALIASES,
    },
    {
      name: 'direction', target: 'data', required: true,
      read: choice(words.COMPETENCE_DIRECTION_WORDS, 'direction (offer or need)'),
      aliases: [
        'suunta', 'tarjonta vai tarve', 'osaaminen vai tarve', 'tyyppi', 'riktning', 'typ', 'direction',
        'type', 'offer or need',
      ],
    },
    {
      name: 'competence', target: 'ref', read: byName,
      aliases: [
        'osaaminen', 'osaamisala', 'kompetenssi', 'osaamistarve', 'kompetens', 'kompetensområde',
        'competence', 'skill', 'expertise',
      ],
    },
    {
      name: 'tag', target: 'data', read: text,
      aliases: [
        'avainsana', 'asiasana', 'nyckelord', 'tagg', 'tag', 'keyword',
      ],
    },
    {
      name: 'description', target: 'data', read: text,
      aliases: [
        'kuvaus', 'lisätiedot', 'beskrivning', 'description',
      ],
    },
  ],
};

// prettier-ignore
export const EVENTS: EntitySpec = {
  entity: 'events',
  schema: without(event.shape, 'municipalityCode', 'projectId', 'networkId', 'ecosystemId'),
  rules: event.rules,
  defaults: { kind: 'other' },
  fields: [
    ID,
    {
      name: 'kind', target: 'data', required: true, read: choice(words.EVENT_KIND_WORDS, 'kind of event'),
      aliases: [
        'tyyppi', 'laji', 'tapahtumatyyppi', 'typ', 'evenemangstyp', 'kind', 'type', 'event type',
      ],
    },
    {
      name: 'titleFi', target: 'data', required: true, read: text,
      aliases: [
        'nimi', 'otsikko', 'tapahtuma', 'tapahtuman nimi', 'nimi suomeksi', 'namn', 'rubrik', 'evenemang',
        'title', 'name', 'event', 'event name', 'title fi', 'titlefi',
      ],
    },
    {
      name: 'titleSv', target: 'data', read: text,
      aliases: [
        'nimi ruotsiksi', 'otsikko ruotsiksi', 'namn på svenska', 'rubrik på svenska', 'swedish title',
        'title sv', 'titlesv',
      ],
    },
    {
      name: 'titleEn', target: 'data', read: text,
      aliases: [
        'nimi englanniksi', 'otsikko englanniksi', 'namn på engelska', 'english title', 'title en',
        'titleen',
      ],
    },
    {
      name: 'startsAt', target: 'data', required: true, read: cells.readDateTime,
      aliases: [
        'alkaa', 'alkamisaika', 'alkuaika', 'päivämäärä', 'pvm', 'aika', 'ajankohta', 'börjar', 'starttid',
        'datum', 'tid', 'starts', 'start', 'start time', 'date', 'starts at', 'startsat',
      ],
    },
    {
      name: 'endsAt', target: 'data', read: cells.readDateTime,
      aliases: [
        'päättyy', 'päättymisaika', 'loppuaika', 'slutar', 'sluttid', 'ends', 'end', 'end time', 'ends at',
        'endsat',
      ],
    },
    {
      name: 'location', target: 'data', read: text,
      aliases: [
        'paikka', 'sijainti', 'osoite', 'tapahtumapaikka', 'plats', 'adress', 'location', 'venue', 'address',
        'place',
      ],
    },
    {
      name: 'municipality', target: 'ref', read: readMunicipalityRef,
      aliases: [
        'kunta', 'kommun', 'municipality',
      ],
    },
    {
      name: 'isOnline', target: 'data', read: cells.readBoolean,
      aliases: [
        'verkossa', 'etätapahtuma', 'etänä', 'på distans', 'distans', 'online', 'is online', 'isonline',
        'virtual',
      ],
    },
    {
      name: 'onlineUrl', target: 'data', read: cells.readUrl,
      aliases: [
        'linkki', 'verkkolinkki', 'osallistumislinkki', 'länk', 'link', 'url', 'online url', 'meeting link',
        'onlineurl',
      ],
    },
    ...DESCRIPTIONS,
    { name: 'project', target: 'ref', read: byName, aliases: ['hanke', 'projekti', 'projekt', 'project'] },
  ],
};
