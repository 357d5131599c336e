import { describe, expect, it } from 'vitest';
import { questionnaireContent } from '../../../domain/questionnaires';
import { parseDay, writeDay } from './dates';
import { answersToSend, withDefaults } from './answerPayload';

const content = questionnaireContent.parse({
  sections: [
    {
      key: 's',
      title: { fi: 'Osio' },
      questions: [
        { key: 'has', type: 'yesno', label: { fi: 'Onko?' } },
        { key: 'who', type: 'text', label: { fi: 'Kuka?' }, showIf: { question: 'has', equals: true } },
        { key: 'note', type: 'text', label: { fi: 'Muuta' } },
      ],
    },
  ],
});

describe('the answers a save sends', () => {
  it('sends every question shown, null for one without an answer, nothing for a hidden one', () => {
    expect(answersToSend(content, { has: false, who: 'Xamk' })).toEqual({ has: false, note: null });
    expect(answersToSend(content, { has: true, who: 'Xamk' })).toEqual({
      has: true,
      who: 'Xamk',
      note: null,
    });
  });
});

describe('dates as Finns write them', () => {
  it('reads 6.12.2026 and ISO, and refuses a day that does not exist', () => {
    expect(parseDay('6.12.2026')).toBe('2026-12-06');
    expect(parseDay(' 2026-02-28 ')).toBe('2026-02-28');
    expect(parseDay('31.2.2026')).toBeNull();
    expect(parseDay('6/12/2026')).toBeNull();
    expect(writeDay('2026-05-06')).toBe('6.5.2026');
  });
});

describe('a questionnaire as the page shows it', () => {
  it('gets the defaults its schema gives, and stays as it is when it does not pass', () => {
    const raw = {
      sections: [
        { key: 's', title: { fi: 'O' }, questions: [{ key: 'a', type: 'actors', label: { fi: 'Ketkä?' } }] },
      ],
    };
    const [q] = withDefaults(raw as never).sections[0]!.questions;
    expect(q).toMatchObject({ type: 'actors', maxItems: 10, required: false });
    const broken = { sections: [] };
    expect(withDefaults(broken as never)).toBe(broken);
  });
});
