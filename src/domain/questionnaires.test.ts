import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_TEMPLATES } from './questionnaire-templates.js';
import {
  answerProblems,
  questionnaireContent,
  questionsOf,
  visibleQuestions,
  type QuestionnaireContent,
} from './questionnaires.js';

const t = (fi: string) => ({ fi });
const ORG = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';

const CONTENT = questionnaireContent.parse({
  sections: [
    {
      key: 'basics',
      title: t('Perustiedot'),
      questions: [
        {
          key: 'kind',
          type: 'single',
          required: true,
          label: t('Toimija'),
          options: [
            { key: 'company', label: t('Yritys') },
            { key: 'school', label: t('Oppilaitos') },
          ],
        },
        { key: 'staff', type: 'number', min: 0, label: t('Henkilöstö') },
        { key: 'exports', type: 'yesno', label: t('Vientiä?') },
        {
          key: 'markets',
          type: 'single',
          showIf: { question: 'exports', equals: true },
          required: true,
          label: t('Mihin?'),
          options: [
            { key: 'nordic', label: t('Pohjoismaihin') },
            { key: 'europe', label: t('Eurooppaan') },
          ],
        },
        {
          key: 'nordic_share',
          type: 'scale',
          min: 1,
          max: 5,
          showIf: { question: 'markets', equals: 'nordic' },
          label: t('?'),
        },
      ],
    },
    {
      key: 'ties',
      title: t('Kumppanit'),
      questions: [
        {
          key: 'partners',
          type: 'partners',
          relationKinds: ['collaboration', 'customer'],
          label: t('Kenen kanssa?'),
        },
        { key: 'offers', type: 'competences', direction: 'offer', label: t('Osaaminen') },
        { key: 'closed', type: 'competences', direction: 'need', allowNew: false, label: t('Tarpeet') },
      ],
    },
  ],
});

describe('a questionnaire', () => {
  it('ships its templates in Finnish, Swedish and English, each a valid questionnaire', () => {
    for (const template of QUESTIONNAIRE_TEMPLATES) {
      const content = questionnaireContent.parse(template.content);
      for (const q of questionsOf(content)) expect([q.label.sv, q.label.en], q.key).not.toContain(undefined);
      expect(questionsOf(content).map((q) => q.type)).toEqual(
        expect.arrayContaining(['partners', 'competences']),
      );
    }
  });

  it.each([
    [
      'a key twice',
      { key: 'a', type: 'yesno', label: t('a') },
      { key: 'a', type: 'yesno', label: t('b') },
      'Question a twice',
    ],
    [
      'a condition that looks forward',
      { key: 'a', type: 'yesno', label: t('a'), showIf: { question: 'b', equals: true } },
      { key: 'b', type: 'yesno', label: t('b') },
      'The condition names b, which is not an earlier question',
    ],
    [
      'a condition on an option that does not exist',
      {
        key: 'a',
        type: 'single',
        label: t('a'),
        options: [
          { key: 'x', label: t('x') },
          { key: 'y', label: t('y') },
        ],
      },
      { key: 'b', type: 'yesno', label: t('b'), showIf: { question: 'a', equals: 'z' } },
      'z is not an option of a',
    ],
    [
      'a condition on free text',
      { key: 'a', type: 'text', label: t('a') },
      { key: 'b', type: 'yesno', label: t('b'), showIf: { question: 'a', equals: 'x' } },
      'The answer to a cannot be compared',
    ],
    [
      'a yes/no compared with a word',
      { key: 'a', type: 'yesno', label: t('a') },
      { key: 'b', type: 'yesno', label: t('b'), showIf: { question: 'a', equals: 'yes' } },
      'Compare a yes/no answer with true or false',
    ],
  ])('refuses %s', (_, first, second, message) => {
    const parsed = questionnaireContent.safeParse({
      sections: [{ key: 's', title: t('s'), questions: [first, second] }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('refuses a question type it does not know, and an unknown field', () => {
    const unknownType = { key: 'a', type: 'slider', label: t('a') };
    const extraField = { key: 'a', type: 'yesno', label: t('a'), html: '<b>x</b>' };
    for (const q of [unknownType, extraField])
      expect(
        questionnaireContent.safeParse({ sections: [{ key: 's', title: t('s'), questions: [q] }] }).success,
      ).toBe(false);
  });
});

describe('answers', () => {
  const problems = (answers: Record<string, unknown>, mode: 'draft' | 'submit' = 'draft') =>
    answerProblems(CONTENT, answers, mode).map((p) => [p.path, p.code]);

  it('takes a fitting answer to each type', () => {
    const answers = {
      kind: 'company',
      staff: 12,
      exports: true,
      markets: 'nordic',
      partners: [
        { organisationId: ORG, kind: 'customer', strength: 4 },
        {
          newActor: { name: 'Uusi Oy', municipalityCode: '740', businessId: '0737546-2' },
          kind: 'collaboration',
          strength: 2,
        },
      ],
      offers: [{ name: 'puunjalostus' }, { competenceId: ORG }],
    };
    expect(problems(answers, 'submit')).toEqual([]);
  });

  it.each([
    ['an option that does not exist', { kind: 'farm' }],
    ['a number below its minimum', { staff: -1 }],
    ['a word for a number', { staff: '12' }],
    ['yes/no as a word', { exports: 'kyllä' }],
    [
      'a tie of a kind the question does not ask',
      { partners: [{ organisationId: ORG, kind: 'ownership', strength: 3 }] },
    ],
    ['a tie out of scale', { partners: [{ organisationId: ORG, kind: 'customer', strength: 6 }] }],
    [
      'a tie to both the roster and a new actor',
      { partners: [{ organisationId: ORG, newActor: { name: 'X' }, kind: 'customer', strength: 1 }] },
    ],
    [
      'the same tie twice',
      {
        partners: [
          { organisationId: ORG, kind: 'customer', strength: 1 },
          { organisationId: ORG, kind: 'customer', strength: 3 },
        ],
      },
    ],
    [
      'a new actor with a wrong business ID',
      { partners: [{ newActor: { name: 'X', businessId: '0737546-3' }, kind: 'customer', strength: 1 }] },
    ],
    ['a new competence where only the vocabulary is allowed', { closed: [{ name: 'vety' }] }],
  ])('refuses %s, naming the question', (_, answers) => {
    const [key] = Object.keys(answers);
    expect(problems(answers)).toEqual([[key, 'invalid_answer']]);
  });

  it('refuses an answer to no question and to a question its condition hides', () => {
    expect(problems({ nonsense: 1 })).toEqual([['nonsense', 'unknown_question']]);
    expect(problems({ exports: false, markets: 'nordic' })).toEqual([['markets', 'hidden_question']]);
  });

  it('keeps a draft incomplete, and asks on submit only what is shown and required', () => {
    expect(problems({}, 'draft')).toEqual([]);
    expect(problems({}, 'submit')).toEqual([['kind', 'required']]);
    expect(problems({ kind: 'school', exports: true }, 'submit')).toEqual([['markets', 'required']]);
    expect(problems({ kind: 'school', exports: false }, 'submit')).toEqual([]);
  });

  it('shows a question only while the chain of conditions before it holds', () => {
    const keys = (answers: Record<string, unknown>) =>
      visibleQuestions(CONTENT as QuestionnaireContent, answers).map((q) => q.key);
    expect(keys({})).not.toContain('markets');
    expect(keys({ exports: true })).toContain('markets');
    expect(keys({ exports: true, markets: 'nordic' })).toContain('nordic_share');
    expect(keys({ exports: true, markets: 'europe' })).not.toContain('nordic_share');
    // markets is hidden again, so what depends on it is hidden too, whatever it said.
    expect(keys({ exports: false, markets: 'nordic' })).not.toContain('nordic_share');
  });
});
