import { describe, expect, it } from 'vitest';
import { questionnaireContent, type Question } from '../../../domain/questionnaires';
import { MAPPING_TEMPLATE } from '../../../domain/questionnaire-templates';
import {
  addQuestion,
  addSection,
  changeQuestion,
  conditionTargets,
  conditionValues,
  copyQuestion,
  copySection,
  moveQuestion,
  moveSection,
  problemsByPath,
  problemsUnder,
  removeQuestion,
  removeSection,
  tidy,
  uniqueKey,
  withType,
  type Draft,
} from './builder';

const fi = (text: string) => ({ fi: text });

const DRAFT: Draft = questionnaireContent.parse({
  sections: [
    {
      key: 'basics',
      title: fi('Perustiedot'),
      questions: [
        {
          key: 'kind',
          type: 'single',
          label: fi('Toimija'),
          options: [
            { key: 'company', label: fi('Yritys') },
            { key: 'school', label: fi('Oppilaitos') },
          ],
        },
        { key: 'exports', type: 'yesno', label: fi('Vientiä?') },
        { key: 'where', type: 'text', label: fi('Mihin?'), showIf: { question: 'exports', equals: true } },
      ],
    },
    {
      key: 'ties',
      title: fi('Kumppanit'),
      questions: [
        { key: 'trust', type: 'scale', min: 1, max: 4, label: fi('Luottamus') },
        { key: 'why', type: 'text', label: fi('Miksi?'), showIf: { question: 'trust', equals: 4 } },
      ],
    },
  ],
});

const keys = (draft: Draft) => draft.sections.map((s) => s.questions.map((q) => q.key));
const valid = (draft: Draft) => questionnaireContent.safeParse(tidy(draft)).success;

describe('the questionnaire builder', () => {
  it('finds a free key by numbering the base', () => {
    expect(uniqueKey(['role'], 'other')).toBe('other');
    expect(uniqueKey(['role', 'role_2'], 'role_2')).toBe('role_3');
    expect(uniqueKey(['role', 'role_2', 'role_3'], 'role')).toBe('role_4');
  });

  it('moves a question within its section and over the edge into the next one', () => {
    const down = moveQuestion(DRAFT, { s: 0, q: 0 }, 1);
    expect(keys(down.draft)[0]).toEqual(['exports', 'kind', 'where']);
    expect(down.at).toEqual({ s: 0, q: 1 });
    const over = moveQuestion(DRAFT, { s: 0, q: 2 }, 1);
    expect(keys(over.draft)).toEqual([
      ['kind', 'exports'],
      ['where', 'trust', 'why'],
    ]);
    expect(over.at).toEqual({ s: 1, q: 0 });
    const back = moveQuestion(over.draft, over.at, -1);
    expect(keys(back.draft)).toEqual(keys(DRAFT));
    expect(back.at).toEqual({ s: 0, q: 2 });
  });

  it('keeps a question at the very start or end, and a section its last question', () => {
    expect(moveQuestion(DRAFT, { s: 0, q: 0 }, -1).draft).toBe(DRAFT);
    expect(moveQuestion(DRAFT, { s: 1, q: 1 }, 1).draft).toBe(DRAFT);
    const lonely: Draft = {
      sections: [
        DRAFT.sections[0]!,
        { ...DRAFT.sections[1]!, questions: [DRAFT.sections[1]!.questions[0]!] },
      ],
    };
    expect(moveQuestion(lonely, { s: 1, q: 0 }, -1).draft).toBe(lonely);
  });

  it('moves sections and leaves the draft alone at the edges', () => {
    expect(moveSection(DRAFT, 0, 1).sections.map((s) => s.key)).toEqual(['ties', 'basics']);
    expect(moveSection(DRAFT, 0, -1)).toBe(DRAFT);
    expect(moveSection(DRAFT, 1, 1)).toBe(DRAFT);
  });

  it('copies a question right after it under a free key, keeping its condition', () => {
    const copied = copyQuestion(DRAFT, { s: 0, q: 2 });
    expect(keys(copied)[0]).toEqual(['kind', 'exports', 'where', 'where_2']);
    expect(copied.sections[0]!.questions[3]!.showIf).toEqual({ question: 'exports', equals: true });
    expect(valid(copied)).toBe(true);
    // The copy is its own: changing it leaves the original as it was.
    const kindCopy = copyQuestion(DRAFT, { s: 0, q: 0 }).sections[0]!.questions[1]!;
    if (kindCopy.type === 'single') kindCopy.options[0]!.label.fi = 'Muutettu';
    const kind = DRAFT.sections[0]!.questions[0]!;
    expect(kind.type === 'single' && kind.options[0]!.label.fi).toBe('Yritys');
  });

  it('copies a section with new keys and conditions pointing inside the copy', () => {
    const copied = copySection(DRAFT, 1);
    expect(copied.sections.map((s) => s.key)).toEqual(['basics', 'ties', 'ties_2']);
    expect(keys(copied)[2]).toEqual(['trust_2', 'why_2']);
    expect(copied.sections[2]!.questions[1]!.showIf).toEqual({ question: 'trust_2', equals: 4 });
    expect(valid(copied)).toBe(true);
  });

  it('removes a question and the conditions that looked at it', () => {
    const removed = removeQuestion(DRAFT, { s: 0, q: 1 });
    expect(keys(removed)[0]).toEqual(['kind', 'where']);
    expect(removed.sections[0]!.questions[1]!.showIf).toBeUndefined();
    expect(valid(removed)).toBe(true);
  });

  it('removes a section with its questions and their conditions, never the last one', () => {
    const moved = moveQuestion(DRAFT, { s: 1, q: 0 }, -1).draft; // trust into basics, why stays
    const removed = removeSection(moved, 0);
    expect(keys(removed)).toEqual([['why']]);
    expect(removed.sections[0]!.questions[0]!.showIf).toBeUndefined();
    const one: Draft = { sections: [DRAFT.sections[0]!] };
    expect(removeSection(one, 0)).toBe(one);
    expect(
      removeQuestion(
        { sections: [{ ...DRAFT.sections[1]!, questions: [DRAFT.sections[1]!.questions[0]!] }] },
        { s: 0, q: 0 },
      ).sections[0]!.questions,
    ).toHaveLength(1);
  });

  it('offers as condition targets only earlier questions with one value to compare', () => {
    expect(conditionTargets(DRAFT, { s: 1, q: 1 }).map((q) => q.key)).toEqual(['kind', 'exports', 'trust']);
    expect(conditionTargets(DRAFT, { s: 0, q: 1 }).map((q) => q.key)).toEqual(['kind']);
    expect(conditionTargets(DRAFT, { s: 0, q: 0 })).toEqual([]);
  });

  it('offers the values a condition may compare with', () => {
    const [kind, exports] = DRAFT.sections[0]!.questions as [Question, Question];
    expect(conditionValues(kind).map((v) => v.value)).toEqual(['company', 'school']);
    expect(conditionValues(exports).map((v) => v.value)).toEqual([true, false]);
    expect(conditionValues(DRAFT.sections[1]!.questions[0]!).map((v) => v.value)).toEqual([1, 2, 3, 4]);
  });

  it('adds questions and sections under free keys, each type with what it needs', () => {
    let draft = addSection(DRAFT);
    expect(draft.sections[2]!.key).toBe('section_3');
    for (const type of [
      'single',
      'multiple',
      'scale',
      'number',
      'date',
      'yesno',
      'competences',
      'actors',
      'partners',
    ] as const)
      draft = addQuestion(draft, 2, type);
    const all = draft.sections.flatMap((s) => s.questions.map((q) => q.key));
    expect(new Set(all).size).toBe(all.length);
    // Filled in with labels, the new questions pass the domain's check.
    const labelled: Draft = {
      sections: draft.sections.map((s) => ({
        ...s,
        title: s.title.fi ? s.title : fi('Osio'),
        questions: s.questions.map((q) => {
          const label = q.label.fi ? q.label : fi('Kysymys');
          if (q.type !== 'single' && q.type !== 'multiple') return { ...q, label };
          return { ...q, label, options: q.options.map((o) => ({ ...o, label: fi('Vaihtoehto') })) };
        }),
      })),
    };
    expect(questionnaireContent.safeParse(tidy(labelled)).error?.issues ?? []).toEqual([]);
  });

  it('keeps the common fields when a question changes type', () => {
    const where = DRAFT.sections[0]!.questions[2]!;
    const changed = withType(where, 'multiple');
    expect(changed).toMatchObject({
      key: 'where',
      label: where.label,
      showIf: where.showIf,
      type: 'multiple',
    });
    expect(changed.type === 'multiple' && changed.options).toHaveLength(2);
  });

  it('leaves out empty translations and empty optional texts', () => {
    const draft: Draft = {
      sections: [
        {
          ...DRAFT.sections[1]!,
          title: { fi: 'Kumppanit', sv: ' ', en: 'Partners' },
          intro: { fi: '', sv: '' },
          questions: [
            {
              ...DRAFT.sections[1]!.questions[0]!,
              minLabel: { fi: '', en: '' },
              help: { fi: 'Ohje', sv: '' },
            } as Question,
          ],
        },
      ],
    };
    const tidied = tidy(draft).sections[0]!;
    expect(tidied.title).toEqual({ fi: 'Kumppanit', en: 'Partners' });
    expect(tidied.intro).toBeUndefined();
    expect(tidied.questions[0]).toMatchObject({ help: { fi: 'Ohje' }, minLabel: undefined });
  });

  it('reads the domain’s and the server’s problems by field path', () => {
    const broken = tidy({
      sections: [
        {
          ...DRAFT.sections[0]!,
          questions: [DRAFT.sections[0]!.questions[2]!, DRAFT.sections[0]!.questions[1]!],
        },
      ],
    });
    const parsed = questionnaireContent.safeParse(broken);
    const byPath = problemsByPath(parsed.error?.issues ?? []);
    expect([...byPath.keys()]).toEqual(['sections.0.questions.0.showIf']);
    const server = problemsByPath([
      { path: 'content.sections.0.questions.1.label.fi', message: 'Too short' },
    ]);
    expect(problemsUnder(server, 'sections.0.questions.1')).toEqual(['Too short']);
    expect(problemsUnder(server, 'sections.0.questions.10')).toEqual([]);
  });

  it('opens the shipped template as a draft that passes unchanged', () => {
    const draft: Draft = questionnaireContent.parse(MAPPING_TEMPLATE.content);
    expect(valid(draft)).toBe(true);
  });

  it('lets conditions follow a renamed question, but never onto another question’s key', () => {
    const exports = DRAFT.sections[0]!.questions[1]!;
    const renamed = changeQuestion(DRAFT, { s: 0, q: 1 }, { ...exports, key: 'exports_now' });
    expect(renamed.sections[0]!.questions[2]!.showIf).toEqual({ question: 'exports_now', equals: true });
    expect(valid(renamed)).toBe(true);
    const clash = changeQuestion(DRAFT, { s: 0, q: 1 }, { ...exports, key: 'kind' });
    expect(clash.sections[0]!.questions[2]!.showIf).toEqual({ question: 'exports', equals: true });
    const relabelled = changeQuestion(DRAFT, { s: 0, q: 1 }, { ...exports, label: fi('Viettekö?') });
    expect(relabelled.sections[0]!.questions[1]!.label).toEqual(fi('Viettekö?'));
    expect(relabelled.sections[0]!.questions[2]).toBe(DRAFT.sections[0]!.questions[2]);
  });
});
