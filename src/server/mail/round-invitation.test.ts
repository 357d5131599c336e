import { describe, expect, it } from 'vitest';
import { invitationMail } from './round-invitation.js';

const facts = {
  to: 'liisa@example.fi',
  roundName: 'Forest bioeconomy',
  closesOn: '2026-05-31',
  url: 'https://solmu.example.fi/en/answer/abc',
};

describe('the invitation and reminder of a round', () => {
  it('is written in the respondent’s language, with the link and the last day', () => {
    const en = invitationMail({ ...facts, language: 'en', kind: 'reminder' });
    expect(en.subject).toBe('Reminder: Forest bioeconomy');
    expect(en.text).toContain('until 31 May 2026');
    expect(en.text.split('\n\n')).toContain(facts.url);
    const fi = invitationMail({ ...facts, language: 'fi', kind: 'invitation' });
    expect(fi.subject).toBe('Kutsu vastaamaan: Forest bioeconomy');
    expect(fi.text).toContain('31.5.2026 asti');
    expect(invitationMail({ ...facts, language: 'sv', kind: 'invitation' }).text).toContain(
      'till och med 31.5.2026',
    );
  });
});
