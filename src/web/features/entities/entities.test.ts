import { describe, expect, it } from 'vitest';
import { fundingCall, project } from '../../../domain/projects';
import { person } from '../../../domain/actors';
import { contact } from '../../../domain/connect';
import { strategyGoal } from '../../../domain/strategies';
import { bodyOf, formOf, missingFields, missingTranslations } from './form';
import {
  DATE_ADAPTER,
  fromDateText,
  fromHelsinkiText,
  toDateText,
  toHelsinkiText,
} from '../../shared/helsinkiTime';
import { ENTITY_UIS, REFERENCE_PATHS } from './resources';
import { fieldsOf } from './schema';
import { enumPrefix } from './values';

const kinds = (shape: Parameters<typeof fieldsOf>[0]) =>
  Object.fromEntries(fieldsOf(shape).map((f) => [f.name, `${f.kind}${f.required ? '!' : ''}`]));

describe('fields read from the shared zod schemas', () => {
  it('knows text, long text, dates, instants, enums, lists, references and JSON', () => {
    expect(kinds(fundingCall.shape)).toMatchObject({
      titleFi: 'text!',
      descriptionFi: 'longText',
      openerOrganisationId: 'reference',
      themes: 'textList',
      opensOn: 'date',
      deadlineAt: 'datetime!',
      rules: 'json',
    });
    expect(kinds(project.shape)).toMatchObject({
      budgetEur: 'number',
      status: 'enum',
      isLeadProject: 'boolean',
    });
    expect(kinds(person.shape)).toMatchObject({ lawfulBasis: 'enum!', collectedOn: 'date!' });
  });

  it('picks a contact’s owner among users, not records, and its organisation among records', () => {
    expect(kinds(contact.shape)).toMatchObject({ ownerId: 'user', organisationId: 'reference!' });
  });

  it('has a page for every reference a schema makes', () => {
    const paths = new Set<string>(ENTITY_UIS.map((ui) => ui.path).concat('organisations'));
    for (const ui of ENTITY_UIS)
      for (const f of fieldsOf(ui.schemas.shape).filter((x) => x.kind === 'reference'))
        expect(paths.has(REFERENCE_PATHS[f.name] ?? ''), `${ui.path}.${f.name}`).toBe(true);
  });
});

describe('labels', () => {
  it('has the words of every enum a form offers (a vocabulary in DYNAMIC_KEYS)', () => {
    const unlabelled = ENTITY_UIS.flatMap((ui) =>
      fieldsOf(ui.schemas.shape)
        .filter((f) => f.kind === 'enum' && !enumPrefix(f.values ?? []))
        .map((f) => `${ui.path}.${f.name}`),
    );
    expect(unlabelled).toEqual([]);
  });
});

describe('form values and request bodies', () => {
  const fields = fieldsOf(project.shape);

  it('sends typed text as the API wants it and leaves empty fields out of a new record', () => {
    const values = {
      ...formOf(fields, {}, 'network'),
      nameFi: ' Hanke ',
      budgetEur: '1 500,5',
      themes: 'a, b',
    };
    const body = bodyOf(fields, values, 'create');
    expect(body).toEqual({
      visibility: 'network',
      nameFi: 'Hanke',
      budgetEur: 1500.5,
      themes: ['a', 'b'],
      isLeadProject: false,
    });
    expect(project.create.safeParse(body).success).toBe(true);
  });

  it('clears emptied fields on an edit only where the schema allows null', () => {
    const stored = { nameFi: 'Hanke', programme: 'EAKR', status: 'active', visibility: 'public' };
    const values = { ...formOf(fields, stored, 'network'), programme: '', status: '' };
    const body = bodyOf(fields, values, 'update');
    expect(body.programme).toBeNull();
    expect('status' in body).toBe(false);
    expect(body.visibility).toBe('public');
  });

  it('keeps text it cannot read, for the schema to refuse', () => {
    const body = bodyOf(
      fields,
      { ...formOf(fields, {}, 'network'), nameFi: 'x', budgetEur: 'paljon' },
      'create',
    );
    expect(project.create.safeParse(body).success).toBe(false);
  });

  it('names required fields left empty', () => {
    expect(missingFields(fieldsOf(person.shape), formOf(fieldsOf(person.shape), {}, 'network'))).toEqual([
      'purpose',
      'source',
      'collectedOn',
    ]);
  });
});

describe('Finnish wall-clock time in forms', () => {
  it('reads and writes summer and winter time', () => {
    expect(fromHelsinkiText('2027-03-31 16:15')).toBe('2027-03-31T13:15:00.000Z');
    expect(fromHelsinkiText('2027-01-15 09:00')).toBe('2027-01-15T07:00:00.000Z');
    expect(toHelsinkiText('2022-12-02T13:15:00Z')).toBe('2.12.2022 15.15');
    expect(fromHelsinkiText('2.12.2022 15.15')).toBe('2022-12-02T13:15:00.000Z');
    expect(fromHelsinkiText('31.3.2027 klo 16:15')).toBe('2027-03-31T13:15:00.000Z');
    expect(fromHelsinkiText('31.2.2027 16.15')).toBeNull();
    expect(fromHelsinkiText('2027-03-31T16:15:00+02:00')).toBe('2027-03-31T14:15:00.000Z');
    expect(fromHelsinkiText('huomenna')).toBeNull();
  });

  it('reads dates as Finns write them, and ISO dates, and refuses days the calendar lacks', () => {
    expect(fromDateText('2.12.2026')).toBe('2026-12-02');
    expect(fromDateText(' 02.12.2026 ')).toBe('2026-12-02');
    expect(fromDateText('2026-12-02')).toBe('2026-12-02');
    expect(fromDateText('29.2.2027')).toBeNull();
    expect(fromDateText('2.12.26')).toBeNull();
    expect(toDateText('2026-12-02')).toBe('2.12.2026');
  });

  it("lets the date picker write and read the form's way of writing a date", () => {
    expect(DATE_ADAPTER.format(new Date(2026, 11, 2))).toBe('2.12.2026');
    expect(DATE_ADAPTER.parse('2.12.2026')).toEqual(new Date(2026, 11, 2));
    expect(DATE_ADAPTER.parse('2026-12-02')).toEqual(new Date(2026, 11, 2));
    expect(Number.isNaN(DATE_ADAPTER.parse('31.2.2026').getTime())).toBe(true);
  });
});

describe('translations a form still lacks', () => {
  const fields = fieldsOf(strategyGoal.shape);

  it('names the missing Swedish and English of each written Finnish text, beneath its English field', () => {
    const missing = missingTranslations(fields, {
      titleFi: 'Uudet yritykset',
      titleEn: 'New companies',
      indicatorFi: 'Yritysten lukumäärä',
      unitFi: '',
    });
    expect(Object.fromEntries(missing)).toEqual({ titleEn: ['sv'], indicatorEn: ['sv', 'en'] });
  });

  it('says nothing when the Finnish is empty or every language is written', () => {
    const all = { titleFi: 'A', titleSv: 'B', titleEn: 'C', indicatorFi: ' ', indicatorEn: 'x' };
    expect(missingTranslations(fields, all).size).toBe(0);
  });
});
