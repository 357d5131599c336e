/** Summaries of a round's answers and two rounds side by side, on the shipped mapping questionnaire. */
import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../domain/questionnaire-templates.js';
import { questionnaireContent, type QuestionnaireContent } from '../domain/questionnaires.js';
import { compareSurveys } from './survey-compare.js';
import { surveyTable } from './survey-export.js';
import { median, summariseSurvey, type SurveyResponse } from './survey.js';

const content = questionnaireContent.parse(MAPPING_TEMPLATE.content);
const XAMK = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';
const WOOD = '5d2a9b1c-0e4f-4a6b-8c7d-1e2f3a4b5c6d';
const names = {
  organisations: new Map([[XAMK, 'Kaakkois-Suomen ammattikorkeakoulu']]),
  competences: new Map([[WOOD, { fi: 'Puurakentaminen', sv: 'Träbyggande', en: 'Wood construction' }]]),
};

const response = (id: string, answers: Record<string, unknown>, place = '740', kind = 'company') => ({
  respondentId: id,
  municipalityCode: place,
  organisationKind: kind,
  answers,
});

const responses: SurveyResponse[] = [
  response('a', {
    role: ['developer', 'customer'],
    cooperation: 4,
    strengths: 'Vahva metsäosaaminen',
    offers: [{ competenceId: WOOD }],
    partners: [
      { organisationId: XAMK, kind: 'collaboration', strength: 4 },
      { organisationId: XAMK, kind: 'education', strength: 2 },
    ],
    join: true,
    join_how: 'Työpajoihin',
  }),
  response('b', {
    role: ['research'],
    cooperation: 2,
    offers: [{ competenceId: WOOD }, { name: 'Biotalous' }],
    partners: [{ newActor: { name: 'Sahanterä Oy' }, kind: 'supply_chain', strength: 3 }],
    join: false,
  }),
  response('c', { role: ['developer'], cooperation: 5, join: true }, '740', 'education'),
  response('d', { role: ['developer'], cooperation: 7 }, '178'),
];

const summary = summariseSurvey(content, responses, names);
const question = (key: string, s = summary) => s.questions.find((q) => q.key === key)!;

describe('summaries of a round', () => {
  it('counts choices in the order of their options, with zeros and shares of those who answered', () => {
    const role = question('role');
    expect(role.n).toBe(4);
    expect(role.counts!.map((c) => [c.option, c.n])).toEqual([
      ['developer', 3],
      ['research', 1],
      ['education', 0],
      ['funding', 0],
      ['connector', 0],
      ['customer', 1],
    ]);
    expect(role.counts![0]).toMatchObject({
      label: { fi: 'Tuotteiden tai palvelujen kehittäjä' },
      share: 0.75,
    });
  });

  it('gives a scale its mean, median, n and distribution, leaving out an answer off the scale', () => {
    const scale = question('cooperation');
    expect(scale).toMatchObject({ n: 3, median: 4 });
    expect(scale.mean).toBeCloseTo(11 / 3);
    expect(scale.distribution).toEqual(
      [1, 2, 3, 4, 5].map((value) => ({ value, n: [2, 4, 5].filter((v) => v === value).length })),
    );
  });

  it('counts yes and no, texts, and names competences and partners (a partner once per respondent)', () => {
    expect(question('join').counts!.map((c) => [c.option, c.label.sv, c.n])).toEqual([
      ['yes', 'Ja', 2],
      ['no', 'Nej', 1],
    ]);
    expect(question('strengths')).toMatchObject({ n: 1, texts: 1 });
    expect(question('offers').counts!.map((c) => [c.label.fi, c.n])).toEqual([
      ['Puurakentaminen', 2],
      ['Biotalous', 1],
    ]);
    expect(question('partners').counts!.map((c) => [c.option, c.label.fi, c.n])).toEqual([
      [XAMK, 'Kaakkois-Suomen ammattikorkeakoulu', 1],
      ['name:sahanterä oy', 'Sahanterä Oy', 1],
    ]);
  });

  it('counts who answered by town and by kind, the most first', () => {
    expect(summary.respondents).toBe(4);
    expect(summary.byMunicipality).toEqual([
      { municipalityCode: '740', n: 3 },
      { municipalityCode: '178', n: 1 },
    ]);
    expect(summary.byKind).toEqual([
      { kind: 'company', n: 3 },
      { kind: 'education', n: 1 },
    ]);
  });

  it('gives numbers their figures and dates their range', () => {
    const extra: QuestionnaireContent = questionnaireContent.parse({
      sections: [
        {
          key: 's',
          title: { fi: 'Luvut' },
          questions: [
            { key: 'staff', type: 'number', label: { fi: 'Henkilöstö' } },
            { key: 'founded', type: 'date', label: { fi: 'Perustettu' } },
          ],
        },
      ],
    });
    const s = summariseSurvey(extra, [
      response('a', { staff: 12, founded: '2019-03-01' }),
      response('b', { staff: 3, founded: '1998-11-30' }),
      response('c', { staff: 40 }),
    ]);
    expect(question('staff', s)).toMatchObject({ n: 3, mean: 55 / 3, median: 12, min: 3, max: 40 });
    expect(question('founded', s)).toMatchObject({ n: 2, earliest: '1998-11-30', latest: '2019-03-01' });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect([median([1, 2, 4, 5]), median([3]), median([])]).toEqual([3, 3, null]);
  });
});

describe('two rounds side by side', () => {
  it('compares the questions both ask with the same type and lists the rest apart', () => {
    const later = questionnaireContent.parse({
      sections: [
        {
          key: 's',
          title: { fi: 'Syksy' },
          questions: [
            { key: 'cooperation', type: 'scale', min: 1, max: 5, label: { fi: 'Yhteistyö' } },
            { key: 'join', type: 'text', label: { fi: 'Miten?' } },
            { key: 'new_one', type: 'yesno', label: { fi: 'Uusi' } },
          ],
        },
      ],
    });
    const second = summariseSurvey(later, [
      response('x', { cooperation: 5 }),
      response('y', { cooperation: 4 }),
    ]);
    const c = compareSurveys(summary, second);
    expect(c.respondents).toEqual({ first: 4, second: 2 });
    expect(c.shared.map((q) => q.key)).toEqual(['cooperation']);
    expect(c.shared[0]!.meanChange).toBeCloseTo(4.5 - 11 / 3);
    expect(c.differentType).toEqual(['join']);
    expect(c.onlySecond).toEqual(['new_one']);
    expect(c.onlyFirst).toContain('role');
  });

  it('gives the change of every option’s share', () => {
    const c = compareSurveys(summary, summariseSurvey(content, [response('x', { role: ['research'] })]));
    const role = c.shared.find((q) => q.key === 'role')!;
    expect(role.options!.find((o) => o.option === 'research')).toEqual({
      option: 'research',
      first: 1,
      second: 1,
      shareChange: 0.75,
    });
  });
});

describe('the answers as a table', () => {
  it('writes a row per respondent and a column per question, in words of the chosen language', () => {
    const rows = responses.map((r) => ({
      displayName: `Vastaaja ${r.respondentId}`,
      organisationName: null,
      municipalityCode: r.municipalityCode,
      organisationKind: r.organisationKind,
      mode: 'survey',
      submittedAt: null,
      answers: r.answers,
    }));
    const table = surveyTable(content, rows, names, 'sv');
    const col = (key: string) => table.headers.findIndex((h) => h.endsWith(`(${key})`));
    expect(table.headers[0]).toBe('Svarande');
    expect(table.headers[col('role')]).toBe(
      'Vilken roll har er organisation i regionens innovationsekosystem? (role)',
    );
    expect(table.rows[0]![col('role')]).toBe('Utvecklare av produkter eller tjänster; Kund eller användare');
    expect(table.rows[0]![col('join')]).toBe('Ja');
    expect(table.rows[0]![col('offers')]).toBe('Träbyggande');
    expect(table.rows[1]![col('partners')]).toBe('Sahanterä Oy (supply_chain, 3)');
    expect(table.rows[2]![col('strengths')]).toBeNull();
  });
});
