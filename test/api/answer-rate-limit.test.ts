import { describe, expect, it } from 'vitest';
import { testApp } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, anonymous } = await testApp({ now: () => NOW, security: { apiRequestsPerMinute: 5 } });

describe('the public answer endpoint is rate-limited per client address', () => {
  it('answers 429 with Retry-After once the address has used its requests, a valid link too', async () => {
    const { roundId } = await roundWith(db, 'raja', MAPPING_TEMPLATE.content);
    const r = await respondentOf(db, roundId);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await anonymous('GET', `/api/v1/answers/${'x'.repeat(43)}`)).status);
    statuses.push(
      (await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { strengths: 'Puu' } })).status,
    );
    const limited = await anonymous('GET', `/api/v1/answers/${r.token}`);
    expect(statuses).toEqual([404, 404, 404, 404, 200]);
    expect([limited.status, limited.body.error.code]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
