import { describe, expect, it } from 'vitest';
import { seriesBody, type SeriesForm } from './series';

const form: SeriesForm = {
  titleFi: 'Yritysvierailut',
  titleSv: '',
  titleEn: '',
  startsAt: '3.3.2031 10.00',
  minutes: '90',
  frequency: 'monthly',
  count: '3',
  kind: 'visit',
};

describe('a series form as the API’s body', () => {
  it('makes sessions of the kind chosen, online only when they are webinars', () => {
    expect(seriesBody(form)?.session).toMatchObject({ kind: 'visit', isOnline: false });
    expect(seriesBody({ ...form, kind: 'webinar' })?.session).toMatchObject({
      kind: 'webinar',
      isOnline: true,
    });
  });

  it('is nothing while the name or the first session’s time is missing', () => {
    expect(seriesBody({ ...form, titleFi: ' ' })).toBeNull();
    expect(seriesBody({ ...form, startsAt: 'huomenna' })).toBeNull();
  });
});
