import { describe, expect, it } from 'vitest';
import { checkRoundForm, isoDay, type RoundForm } from './roundForm';

const ECOSYSTEM = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';
const FORM: RoundForm = {
  nameFi: ' Kevään kartoitus ',
  nameSv: '',
  nameEn: ' Spring mapping ',
  questionnaireId: 'q1',
  scope: 'ecosystem',
  target: ECOSYSTEM,
  opensOn: '2026-05-04',
  closesOn: '2026-05-31',
  answersKeptUntil: '',
};

describe('the new round form', () => {
  it('sends the name, the scope’s target in its own field and the dates as ISO days', () => {
    expect(checkRoundForm(FORM)).toEqual({
      body: {
        nameFi: 'Kevään kartoitus',
        nameSv: null,
        nameEn: 'Spring mapping',
        answersKeptUntil: null,
        questionnaireId: 'q1',
        scope: 'ecosystem',
        ecosystemId: ECOSYSTEM,
        opensOn: '2026-05-04',
        closesOn: '2026-05-31',
      },
    });
    expect(checkRoundForm({ ...FORM, scope: 'municipality', target: '740' })).toEqual({
      body: {
        nameFi: 'Kevään kartoitus',
        nameSv: null,
        nameEn: 'Spring mapping',
        answersKeptUntil: null,
        questionnaireId: 'q1',
        scope: 'municipality',
        municipalityCode: '740',
        opensOn: '2026-05-04',
        closesOn: '2026-05-31',
      },
    });
  });

  it('names each field that is missing or wrong', () => {
    expect(
      checkRoundForm({ ...FORM, nameFi: ' ', questionnaireId: '', target: '', opensOn: '', closesOn: '' }),
    ).toEqual({
      errors: {
        nameFi: 'required',
        questionnaireId: 'required',
        target: 'required',
        opensOn: 'required',
        closesOn: 'required',
      },
    });
    expect(checkRoundForm({ ...FORM, scope: 'network', target: 'Savonlinna', opensOn: '31.2.2026' })).toEqual(
      {
        errors: { target: 'unknownTarget', opensOn: 'invalidDate' },
      },
    );
    expect(checkRoundForm({ ...FORM, opensOn: '2026-06-01' })).toEqual({
      errors: { closesOn: 'closesBeforeOpens' },
    });
    expect(checkRoundForm({ ...FORM, answersKeptUntil: '2026-05-30' })).toEqual({
      errors: { answersKeptUntil: 'keptBeforeClose' },
    });
    expect(checkRoundForm({ ...FORM, answersKeptUntil: 'ensi vuonna' })).toEqual({
      errors: { answersKeptUntil: 'invalidDate' },
    });
  });

  it('sends the day the answers are kept until', () => {
    expect(checkRoundForm({ ...FORM, answersKeptUntil: '2027-05-31' })).toMatchObject({
      body: { answersKeptUntil: '2027-05-31' },
    });
  });

  it('reads the picker’s day as YYYY-MM-DD, and nothing of an invalid date', () => {
    expect(isoDay(new Date(2026, 4, 4))).toBe('2026-05-04');
    expect(isoDay(new Date(Number.NaN))).toBeNull();
    expect(isoDay(undefined)).toBeNull();
  });
});
