import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { expectError } from './fixtures.js';

const BASE = '/api/v1/public-pages';
const { app, db, anonymous } = await testApp();

const token = async (email: string, workspace: string, role: 'editor' | 'viewer' = 'editor') =>
  (await grantToken(db, { email, workspace, role })).token;
const editorToken = await token('e@savonlinna.example', 'savonlinna');
const editor = caller(app, editorToken);
const reader = caller(app, await token('r@savonlinna.example', 'savonlinna', 'viewer'));
const stranger = caller(app, await token('s@raahe.example', 'raahe'));

const PNG = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#2a6ebb"/></svg>',
)
  .render()
  .asPng();

let town = 0;
// Towns no other test's page stands for: each test takes its own.
const TOWNS = (
  await db
    .selectFrom('municipalities')
    .select('code')
    .where('code', 'not in', ['740'])
    .orderBy('code')
    .execute()
).map((m) => m.code);
TOWNS.unshift('740');
/** A draft page of a town no other test has used. */
async function newPage(extra: Record<string, unknown> = {}) {
  const res = await editor('POST', BASE, { municipalityCode: TOWNS[town++], ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

function upload(path: string, form: FormData, who = editorToken) {
  return app.request(path, { method: 'POST', body: form, headers: { authorization: `Bearer ${who}` } });
}
const imageForm = (bytes: Uint8Array, name: string, alt?: string) => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
  if (alt !== undefined) form.set('altFi', alt);
  return form;
};

const auditActions = async (id: string) =>
  (
    await db
      .selectFrom('auditLog')
      .select(['action', 'outcome'])
      .where('entity', '=', 'public-pages')
      .where('entityId', '=', id)
      .execute()
  ).map((a) => `${a.action}:${a.outcome}`);

describe('a public page', () => {
  it('is created as a draft at an address suggested from the town’s name', async () => {
    const page = await newPage();
    expect(page).toMatchObject({
      kind: 'municipality',
      municipalityCode: '740',
      path: 'savonlinna',
      name: { fi: 'Savonlinna' },
      publishedAt: null,
      canEdit: true,
    });
    expect(await auditActions(page.id)).toEqual(['create:ok']);
  });

  it('refuses a second page for the same town and an address in use, each with a clear 409', async () => {
    const page = await newPage();
    const again = await editor('POST', BASE, { municipalityCode: page.municipalityCode });
    expect(expectError(again, 409, 'page_exists')[0]!.message).toContain(page.path);
    const taken = await editor('POST', BASE, { municipalityCode: TOWNS[town++], path: page.path });
    expectError(taken, 409, 'path_taken');
    const other = await newPage();
    expectError(await editor('PATCH', `${BASE}/${other.id}`, { path: page.path }), 409, 'path_taken');
  });

  it('refuses an address that is not lower-case words and dashes, and an unknown town', async () => {
    const bad = await editor('POST', BASE, { municipalityCode: TOWNS[town++], path: 'Savon Linna' });
    expect(expectError(bad, 400).map((d) => d.path)).toContain('path');
    expectError(await editor('POST', BASE, { municipalityCode: '999' }), 422);
    expectError(await editor('POST', BASE, {}), 400);
  });

  it('puts an ecosystem of the workspace under its town, and refuses another workspace’s ecosystem', async () => {
    const eco = await editor('POST', '/api/v1/ecosystems', {
      slug: 'savonlinnan-metsabiotalous',
      nameFi: 'Savonlinnan metsäbiotalous',
      themes: ['metsäbiotalous'],
      municipalityCodes: ['740'],
      visibility: 'public',
    });
    expect(eco.status, JSON.stringify(eco.body)).toBe(201);
    const byStranger = await stranger('POST', BASE, { ecosystemId: eco.body.id });
    // Public, so they see it; still not theirs to keep a page of.
    expect(expectError(byStranger, 422)[0]!.message).toContain('another workspace');
    const made = await editor('POST', BASE, { ecosystemId: eco.body.id });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ kind: 'ecosystem', path: 'savonlinna/metsabiotalous' });
    const network = await editor('POST', '/api/v1/networks', {
      slug: 'innokaupungit-verkosto',
      kind: 'town_network',
      nameFi: 'Verkosto',
    });
    const networkPage = await editor('POST', BASE, { networkId: network.body.id });
    expect(networkPage.body).toMatchObject({ kind: 'network', path: 'innokaupungit-verkosto' });
  });

  it('keeps its intro in three languages and its contacts by role, a person only with consent', async () => {
    const page = await newPage();
    const contacts = [
      { role: { fi: 'Yritysneuvonta', en: 'Business advice' }, email: 'yritysneuvonta@example.fi' },
      {
        role: { fi: 'Sijoittajapalvelut' },
        email: 'invest@example.fi',
        personName: 'Esimerkki Henkilö',
        personConsentOn: '2026-11-01',
      },
    ];
    const saved = await editor('PATCH', `${BASE}/${page.id}`, {
      introFi: 'Tervetuloa',
      introSv: 'Välkommen',
      introEn: 'Welcome',
      contacts,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      intro: { fi: 'Tervetuloa', sv: 'Välkommen', en: 'Welcome' },
      contacts,
    });
    const named = await editor('PATCH', `${BASE}/${page.id}`, {
      contacts: [{ role: { fi: 'Johtaja' }, email: 'x@example.fi', personName: 'Nimi Ilman Lupaa' }],
    });
    expect(expectError(named, 400).map((d) => d.path)).toContain('contacts.0.personConsentOn');
    const badMail = await editor('PATCH', `${BASE}/${page.id}`, {
      contacts: [{ role: { fi: 'Neuvonta' }, email: 'ei-osoite' }],
    });
    expectError(badMail, 400);
    expect(await auditActions(page.id)).toEqual(['create:ok', 'update:ok']);
  });

  it('is published and unpublished, with who and when', async () => {
    const page = await newPage();
    const published = await editor('POST', `${BASE}/${page.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).toEqual(expect.any(String));
    expect(published.body.publishedBy).toMatch(/^user:/);
    const draft = await editor('POST', `${BASE}/${page.id}/unpublish`);
    expect(draft.body).toMatchObject({ publishedAt: null, publishedBy: null });
    expect(await auditActions(page.id)).toEqual(['create:ok', 'publish:ok', 'unpublish:ok']);
  });
});

describe('who may keep a page', () => {
  it('lets the workspace’s reader read a draft but not change it', async () => {
    const page = await newPage();
    expect((await reader('GET', `${BASE}/${page.id}`)).body.canEdit).toBe(false);
    expect((await reader('GET', BASE)).body.data.map((p: { id: string }) => p.id)).toContain(page.id);
    expectError(await reader('PATCH', `${BASE}/${page.id}`, { introFi: 'x' }), 403, 'forbidden');
    expectError(await reader('POST', `${BASE}/${page.id}/publish`), 403);
    expectError(await reader('POST', `${BASE}/${page.id}/stories`, { titleFi: 'a', bodyFi: 'b' }), 403);
  });

  it('hides another workspace’s draft from its editors, and shows them a published page read-only', async () => {
    const page = await newPage();
    expectError(await stranger('GET', `${BASE}/${page.id}`), 404);
    expectError(await stranger('PATCH', `${BASE}/${page.id}`, { introFi: 'x' }), 404);
    expect((await stranger('GET', BASE)).body.data.map((p: { id: string }) => p.id)).not.toContain(page.id);
    await editor('POST', `${BASE}/${page.id}/publish`);
    expect((await stranger('GET', `${BASE}/${page.id}`)).body.canEdit).toBe(false);
    expectError(await stranger('POST', `${BASE}/${page.id}/unpublish`), 403);
    expectError(await stranger('DELETE', `${BASE}/${page.id}/stories/${page.id}`), 403);
  });

  it('refuses anonymous callers every route', async () => {
    const page = await newPage();
    const story = await editor('POST', `${BASE}/${page.id}/stories`, { titleFi: 'a', bodyFi: 'b' });
    const one = `${BASE}/${page.id}`;
    const storyPath = `${one}/stories/${story.body.id}`;
    const calls: [string, string, unknown?][] = [
      ['GET', BASE],
      ['POST', BASE, { municipalityCode: '091' }],
      ['GET', one],
      ['PATCH', one, { introFi: 'x' }],
      ['POST', `${one}/publish`],
      ['POST', `${one}/unpublish`],
      ['GET', `${one}/stories`],
      ['POST', `${one}/stories`, { titleFi: 'a', bodyFi: 'b' }],
      ['PATCH', storyPath, { titleFi: 'c' }],
      ['DELETE', storyPath],
      ['GET', `${storyPath}/image`],
      ['DELETE', `${storyPath}/image`],
    ];
    for (const [method, path, body] of calls) expectError(await anonymous(method, path, body), 401);
    const form = imageForm(PNG, 'kuva.png', 'Kuva');
    expect((await app.request(`${storyPath}/image`, { method: 'POST', body: form })).status).toBe(401);
  });
});

describe('a page’s stories', () => {
  it('are written, changed, listed newest first and removed, each write audited on the page', async () => {
    const page = await newPage();
    const stories = `${BASE}/${page.id}/stories`;
    const old = await editor('POST', stories, {
      titleFi: 'Vanha',
      bodyFi: 'Teksti',
      publishedOn: '2025-01-01',
    });
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    const made = await editor('POST', stories, {
      titleFi: 'Uusi tehdas',
      titleEn: 'A new mill',
      bodyFi: 'Sahalle uusi linja',
      publishedOn: '2026-11-01',
    });
    expect(made.body).toMatchObject({ title: { fi: 'Uusi tehdas', en: 'A new mill' }, image: null });
    const changed = await editor('PATCH', `${stories}/${made.body.id}`, { titleSv: 'Ett nytt sågverk' });
    expect(changed.body.title).toEqual({ fi: 'Uusi tehdas', sv: 'Ett nytt sågverk', en: 'A new mill' });
    const list = await reader('GET', stories);
    expect(list.body.data.map((s: { title: { fi: string } }) => s.title.fi)).toEqual([
      'Uusi tehdas',
      'Vanha',
    ]);
    expect((await editor('DELETE', `${stories}/${old.body.id}`)).status).toBe(204);
    expectError(await editor('DELETE', `${stories}/${old.body.id}`), 404);
    expect((await editor('GET', `${BASE}/${page.id}`)).body.storyCount).toBe(1);
    expect(await auditActions(page.id)).toEqual([
      'create:ok',
      'update:ok',
      'update:ok',
      'update:ok',
      'update:ok',
    ]);
  });

  it('refuses a story without its Finnish title or text', async () => {
    const page = await newPage();
    const res = await editor('POST', `${BASE}/${page.id}/stories`, { titleSv: 'Bara svenska', bodyFi: 'x' });
    expect(expectError(res, 400).map((d) => d.path)).toContain('titleFi');
  });

  it('takes a JPEG, PNG or WebP image by its bytes with its alt text, and gives it back', async () => {
    const page = await newPage();
    const story = await editor('POST', `${BASE}/${page.id}/stories`, { titleFi: 'Kuva', bodyFi: 'Teksti' });
    const path = `${BASE}/${page.id}/stories/${story.body.id}/image`;
    // The file's name says text: its bytes say PNG, and the bytes decide.
    const res = await upload(path, imageForm(PNG, 'muistio.txt', 'Sininen neliö'));
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body.image).toMatchObject({ type: 'image/png', alt: { fi: 'Sininen neliö' } });
    const image = await app.request(path, { headers: { authorization: `Bearer ${editorToken}` } });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(new Uint8Array(PNG));
    expect((await stranger('GET', path)).status).toBe(404);
    const removed = await editor('DELETE', path);
    expect(removed.body.image).toBeNull();
    expectError(await editor('GET', path), 404);
  });

  it('refuses a file that only calls itself an image, an image over 2 MB and an image without alt text', async () => {
    const page = await newPage();
    const story = await editor('POST', `${BASE}/${page.id}/stories`, { titleFi: 'Kuva', bodyFi: 'Teksti' });
    const path = `${BASE}/${page.id}/stories/${story.body.id}/image`;
    const script = new TextEncoder().encode('<svg onload="alert(1)"></svg>');
    const notImage = await upload(path, imageForm(script, 'kuva.png', 'Kuva'));
    expect(notImage.status).toBe(400);
    expect((await notImage.json()).error.code).toBe('invalid_image');
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    expect((await upload(path, imageForm(big, 'iso.png', 'Iso'))).status).toBe(413);
    const noAlt = await upload(path, imageForm(PNG, 'kuva.png'));
    expect(noAlt.status).toBe(400);
    expect(JSON.stringify(await noAlt.json())).toContain('altFi');
    const readerUpload = await upload(
      path,
      imageForm(PNG, 'kuva.png', 'Kuva'),
      await token('r2@s.example', 'savonlinna', 'viewer'),
    );
    expect(readerUpload.status).toBe(403);
    expect((await editor('GET', `${BASE}/${page.id}/stories`)).body.data[0].image).toBeNull();
  });
});
