import { describe, expect, it } from 'vitest';
import { fold } from './cells.js';
import { ENTITY_SPECS, IMPORT_ENTITIES } from './entities.js';
import { checkMapping, mappableFields, suggestMapping } from './mapping.js';

describe('suggestMapping', () => {
  it('recognises organisation headers in Finnish, Swedish and English', () => {
    const fi = suggestMapping(
      ['Nimi', 'Y-tunnus', 'Kunta', 'Toimiala', 'Verkkosivut', 'Nimi ruotsiksi'],
      'organisations',
    );
    expect(fi.mapping).toEqual(['nameFi', 'businessId', 'municipality', 'tolCode', 'website', 'nameSv']);
    const sv = suggestMapping(
      ['Namn', 'FO-nummer', 'Kommun', 'Näringsgren', 'Namn på svenska'],
      'organisations',
    );
    expect(sv.mapping).toEqual(['nameFi', 'businessId', 'municipality', 'tolCode', 'nameSv']);
    const en = suggestMapping(
      ['Name', 'Business ID', 'Municipality', 'Industry', 'Type', 'Size class'],
      'organisations',
    );
    expect(en.mapping).toEqual(['nameFi', 'businessId', 'municipality', 'tolCode', 'kind', 'sizeClass']);
    expect(en.missing).toEqual([]);
  });

  it('ignores case, accents and punctuation, and finds names inside longer headers', () => {
    const s = suggestMapping(
      ['YRITYKSEN NIMI', 'ytunnus', 'Sahkoposti', 'Yrityksen Y-tunnus (ALV)', 'Muuta'],
      'organisations',
    );
    expect(s.columns.map((c) => [c.field, c.match])).toEqual([
      ['nameFi', 'exact'],
      ['businessId', 'exact'],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const partial = suggestMapping(['Toimijan virallinen nimi', 'Kunta (nimi tai koodi)'], 'organisations');
    expect(partial.columns.map((c) => [c.field, c.match])).toEqual([
      ['nameFi', 'partial'],
      ['municipality', 'partial'],
    ]);
  });

  it('reads the same header by entity: "Nimi" is an organisation name, a person, an event title', () => {
    expect(suggestMapping(['Nimi'], 'organisations').mapping).toEqual(['nameFi']);
    expect(suggestMapping(['Nimi'], 'people').mapping).toEqual(['fullName']);
    expect(suggestMapping(['Nimi'], 'events').mapping).toEqual(['titleFi']);
    const relations = suggestMapping(['Organisaatio 1', 'Organisaatio 2', 'Suhde', 'Paino'], 'relations');
    expect(relations.mapping).toEqual(['from', 'to', 'kind', 'weight']);
    const events = suggestMapping(['Tapahtuma', 'Alkaa', 'Päättyy', 'Paikka', 'Kunta', 'Linkki'], 'events');
    expect(events.mapping).toEqual([
      'titleFi',
      'startsAt',
      'endsAt',
      'location',
      'municipality',
      'onlineUrl',
    ]);
    const competences = suggestMapping(['Yritys', 'Osaaminen', 'Suunta'], 'competences');
    expect(competences.mapping).toEqual(['organisation', 'competence', 'direction']);
  });

  it('tells which required fields are missing, counting defaults', () => {
    expect(suggestMapping(['Nimi', 'Sähköposti'], 'people').missing).toEqual([
      'lawfulBasis',
      'purpose',
      'source',
      'collectedOn',
    ]);
    const defaults = {
      lawfulBasis: 'suostumus',
      purpose: 'Kartoitus',
      source: 'Haastattelu',
      collectedOn: '1.2.2022',
    };
    expect(suggestMapping(['Nimi'], 'people', defaults).missing).toEqual([]);
    // Organisations default to companies, so only the name is needed.
    expect(suggestMapping(['Y-tunnus'], 'organisations').missing).toEqual(['nameFi']);
  });

  it('treats __proto__ and constructor as ordinary headers', () => {
    const s = suggestMapping(['__proto__', 'constructor', 'Nimi'], 'organisations');
    expect(s.mapping).toEqual([null, null, 'nameFi']);
    expect(({} as Record<string, unknown>).nameFi).toBeUndefined();
  });
});

describe('checkMapping', () => {
  const headers = ['Nimi', 'Y-tunnus'];

  it('accepts a corrected mapping and refuses broken ones with reasons', () => {
    expect(checkMapping(['nameFi', null], headers, 'organisations')).toEqual({
      ok: true,
      mapping: ['nameFi', null],
    });
    expect(checkMapping('nameFi', headers, 'organisations')).toMatchObject({ ok: false });
    expect(checkMapping(['nameFi'], headers, 'organisations')).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'mapping_length',
          params: { entries: 1, columns: 2 },
          error: 'the mapping has 1 entries but the file has 2 columns',
        },
      ],
    });
    expect(checkMapping(['nameFi', 'nameFi'], headers, 'organisations')).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'mapped_twice',
          params: { field: 'nameFi', first: 'Nimi', second: 'Y-tunnus' },
          error: "'nameFi' is mapped twice: columns 'Nimi' and 'Y-tunnus'",
        },
      ],
    });
    expect(checkMapping(['__proto__', 'constructor'], headers, 'organisations')).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'not_a_field',
          params: { column: 'Nimi', value: '__proto__' },
          error: "column 'Nimi': '__proto__' is not a field of organisations",
        },
        {
          code: 'not_a_field',
          params: { column: 'Y-tunnus', value: 'constructor' },
          error: "column 'Y-tunnus': 'constructor' is not a field of organisations",
        },
        {
          code: 'column_missing',
          params: { field: 'nameFi' },
          error: "no column gives 'nameFi', which every row needs (map a column or give a default value)",
        },
      ],
    });
    const pollutedDefaults = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(checkMapping(['nameFi', null], headers, 'organisations', pollutedDefaults)).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'unknown_default',
          params: { field: '__proto__' },
          error: "a default was given for '__proto__', which is not a field of organisations",
        },
      ],
    });
  });
});

describe('the header dictionaries', () => {
  it('give every alias to one field only within an entity', () => {
    for (const entity of IMPORT_ENTITIES) {
      const owner = new Map<string, string>();
      for (const field of ENTITY_SPECS[entity].fields) {
        for (const alias of field.aliases) {
          const key = fold(alias);
          const other = owner.get(key);
          expect(
            other === undefined || other === field.name,
            `${entity}: '${alias}' → ${other} and ${field.name}`,
          ).toBe(true);
          owner.set(key, field.name);
        }
      }
      expect(mappableFields(entity).length).toBe(ENTITY_SPECS[entity].fields.length);
    }
  });
});
