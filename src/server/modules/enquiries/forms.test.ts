/**
 * The public forms' markup: every field a person fills has its own label, the browser checks what it can
 * before sending, the honeypot is out of everyone's way, and the last send's result is in a live region.
 */
import { describe, expect, it } from 'vitest';
import { grantToken, testDatabase } from '../../../../test/db.js';
import { enquiryForm } from './enquiry-form.js';
import { feedbackForm } from './feedback-form.js';
import { checkFormToken } from './form-token.js';

const { db } = await testDatabase();
const granted = await grantToken(db, { email: 'e@savonlinna.example', workspace: 'savonlinna' });
await db
  .updateTable('workspaces')
  .set({ nameFi: 'Savonlinnan kaupunki', nameEn: 'City of Savonlinna' })
  .execute();
const { id: page } = await db
  .insertInto('publicPages')
  .values({
    workspaceId: granted.workspaceId!,
    path: 'savonlinna',
    municipalityCode: '740',
    contacts: JSON.stringify([
      { role: { fi: 'Yritysneuvonta' }, email: 'yritysneuvonta@savonlinna.example' },
    ]),
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const NOW = new Date('2026-12-07T10:00:00Z');

type Tag = { name: string; attrs: Record<string, string> };
/** The form controls of a piece of markup, with their attributes. */
function controls(markup: string): Tag[] {
  return [...markup.matchAll(/<(input|textarea|select)\b([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!,
    attrs: Object.fromEntries(
      [...rest!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k!, v ?? '']),
    ),
  }));
}
const labelFor = (markup: string, id: string) =>
  new RegExp(`<label for="${id}">([\\s\\S]*?)</label>`)
    .exec(markup)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
const filled = (tags: Tag[]) => tags.filter((t) => t.attrs.type !== 'hidden' && t.attrs.name !== 'website');
const byName = (tags: Tag[], name: string) => tags.filter((t) => t.attrs.name === name);

describe('the enquiry form', () => {
  it('labels every field it asks for, in the page’s language', async () => {
    const markup = String(
      await enquiryForm(db, { lang: 'fi', publicPageId: page, pageUrl: '/fi/invest/savonlinna', now: NOW }),
    );
    const tags = filled(controls(markup));
    expect(new Set(tags.map((t) => t.attrs.name))).toEqual(
      new Set([
        'lookingFor',
        'investmentSize',
        'timeline',
        'organisationName',
        'contactName',
        'email',
        'phone',
        'consent',
      ]),
    );
    for (const t of tags) expect(labelFor(markup, t.attrs.id!), t.attrs.id).toBeTruthy();
    expect(labelFor(markup, 'enquiry-email')).toBe('Sähköposti (pakollinen)');
    expect(labelFor(markup, 'enquiry-investmentSize-1m_10m')).toBe('1–10 miljoonaa euroa');
    expect(markup).toContain('<legend>Aikataulu <span class="required">(pakollinen)</span></legend>');
  });

  it('lets the browser catch a missing or mistyped field before sending', async () => {
    const markup = String(
      await enquiryForm(db, { lang: 'en', publicPageId: page, pageUrl: '/en/invest/savonlinna', now: NOW }),
    );
    const tags = controls(markup);
    for (const name of [
      'lookingFor',
      'investmentSize',
      'timeline',
      'organisationName',
      'contactName',
      'email',
      'consent',
    ])
      for (const t of byName(tags, name)) expect(t.attrs, name).toHaveProperty('required');
    expect(byName(tags, 'phone')[0]!.attrs).not.toHaveProperty('required');
    expect(byName(tags, 'email')[0]!.attrs).toMatchObject({
      type: 'email',
      maxlength: '254',
      autocomplete: 'email',
    });
    expect(byName(tags, 'lookingFor')[0]!.attrs.maxlength).toBe('2000');
    expect(byName(tags, 'phone')[0]!.attrs.type).toBe('tel');
    expect(new RegExp(`^(?:${byName(tags, 'phone')[0]!.attrs.pattern})$`, 'v').test('+358 40 123 4567')).toBe(
      true,
    );
    expect(markup).toContain('method="post" action="/invest/enquiries"');
  });

  it('hides the honeypot from people, keyboards and screen readers', async () => {
    const markup = String(
      await enquiryForm(db, { lang: 'en', publicPageId: page, pageUrl: '/en/invest/savonlinna', now: NOW }),
    );
    const [trap] = byName(controls(markup), 'website');
    expect(trap!.attrs).toMatchObject({ tabindex: '-1', autocomplete: 'off', value: '' });
    expect(markup).toMatch(/<div hidden aria-hidden="true">\s*<label for="enquiry-website">/);
  });

  it('names who receives the data, why, for how long, and where to ask for erasure', async () => {
    const markup = String(
      await enquiryForm(db, { lang: 'en', publicPageId: page, pageUrl: '/en/invest/savonlinna', now: NOW }),
    );
    expect(markup).toContain('Your details are received by City of Savonlinna');
    expect(markup).toContain('We keep them for 24 months');
    expect(markup).toContain(
      '<a href="mailto:yritysneuvonta@savonlinna.example">Ask for your data to be erased</a>',
    );
  });

  it('carries a time signed for this page', async () => {
    const markup = String(
      await enquiryForm(db, { lang: 'sv', publicPageId: page, pageUrl: '/sv/invest/savonlinna', now: NOW }),
    );
    const token = /name="formToken" value="([^"]+)"/.exec(markup)![1]!;
    const later = new Date(NOW.getTime() + 10_000);
    expect(await checkFormToken(db, page, token, later)).toBe('ok');
    expect(await checkFormToken(db, 'feedback', token, later)).toBe('forged');
  });

  it('reads out the last send’s result in a live region, and nothing before a send', async () => {
    const render = async (status?: string) =>
      String(
        await enquiryForm(db, {
          lang: 'fi',
          publicPageId: page,
          pageUrl: '/fi/invest/savonlinna',
          now: NOW,
          status,
        }),
      );
    const region = (markup: string) => /<div id="enquiry-status"[^>]*>([\s\S]*?)<\/div>/.exec(markup);
    expect(region(await render())![0]).toContain('role="status"');
    expect(region(await render())![1]!.trim()).toBe('');
    expect(region(await render('received'))![1]).toContain('Yhteydenottosi on vastaanotettu');
    expect(region(await render('too_fast'))![1]).toContain('niin nopeasti');
    expect(region(await render('limited'))![1]).toContain('liian monta');
    expect(region(await render('<script>'))![1]!.trim()).toBe('');
  });
});

describe('the feedback form', () => {
  it('labels its fields, requires the message, and reads out its result', async () => {
    const markup = String(
      await feedbackForm(db, {
        lang: 'sv',
        pageUrl: '/sv/invest/accessibility',
        now: NOW,
        status: 'expired',
      }),
    );
    const tags = filled(controls(markup));
    expect(tags.map((t) => t.attrs.name)).toEqual(['message', 'email']);
    expect(labelFor(markup, 'feedback-message')).toBe('Vad märkte du? (obligatoriskt)');
    expect(byName(tags, 'message')[0]!.attrs).toHaveProperty('required');
    expect(byName(tags, 'email')[0]!.attrs).not.toHaveProperty('required');
    expect(markup).toContain('value="/sv/invest/accessibility"');
    expect(markup).toContain('öppet i över ett dygn');
  });
});
