import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** Open calls that fit an ecosystem's themes, the caller's own ecosystems, or a consortium's mix. */
const NOW = new Date('2026-12-07T10:00:00Z');
const { app, db, call } = await testApp({ now: () => NOW });
const f = new Factory(call);

const theme = (slug: string, nameFi: string, nameSv: string, nameEn: string) =>
  f.id('competences', { slug, nameFi, nameSv, nameEn, isTheme: true, visibility: 'public' });
const forest = await theme('metsabiotalous', 'metsäbiotalous', 'skogsbioekonomi', 'forest bioeconomy');
await theme('puunjalostus', 'puunjalostus', 'träförädling', 'wood processing');
const battery = await theme('akkukemikaalit', 'akkukemikaalit', 'batterikemikalier', 'battery chemicals');

const callOf = (titleFi: string, themes: string[], deadlineAt: string, extra = {}) =>
  f.id('funding-calls', { titleFi, themes, deadlineAt, opensOn: null, visibility: 'public', ...extra });

const both = await callOf('Kaksi teemaa', ['forest bioeconomy', 'Puunjalostus '], '2027-05-01T12:00:00Z');
const soon = await callOf('Yksi teema, pian', ['skogsbioekonomi'], '2027-01-15T12:00:00Z');
const later = await callOf('Yksi teema, myöhemmin', ['metsäbiotalous', 'matkailu'], '2027-03-01T12:00:00Z');
await callOf('Mennyt haku', ['metsäbiotalous'], '2026-12-01T12:00:00Z');
await callOf('Muu teema', ['akkukemikaalit'], '2027-02-01T12:00:00Z', {
  rules: [{ kind: 'requiredOrganisationKinds', kinds: ['rdi', 'company'] }],
});

const ecosystem = await f.id('ecosystems', {
  themes: ['metsäbiotalous', 'puunjalostus'],
  visibility: 'public',
});
type Item = {
  id: string;
  titleFi: string;
  overlap: number;
  themes: { fi: string; en: string }[];
  [k: string]: unknown;
};

describe('open calls that fit an ecosystem', () => {
  it('ranks by shared themes, then the nearest deadline, and leaves out closed and unrelated calls', async () => {
    const res = await call('GET', `${API}/funding-calls/fitting?ecosystemId=${ecosystem}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items as Item[];
    expect(items.map((i) => i.id)).toEqual([both, soon, later]);
    expect(items.map((i) => i.overlap)).toEqual([2, 1, 1]);
  });

  it('says why: the shared themes in every language, whichever language each side used', async () => {
    const [first] = (await call('GET', `${API}/funding-calls/fitting?ecosystemId=${ecosystem}`)).body
      .items as Item[];
    expect(first!.themes.map((t) => t.en)).toEqual(['forest bioeconomy', 'wood processing']);
    expect(first!.ecosystems).toEqual([
      expect.objectContaining({
        id: ecosystem,
        themes: [
          expect.objectContaining({ fi: 'metsäbiotalous' }),
          expect.objectContaining({ fi: 'puunjalostus' }),
        ],
      }),
    ]);
    expect(first!.example).toBe(false);
  });

  it("without an ecosystem, fits the caller's own ecosystems only", async () => {
    const own = await call('GET', `${API}/funding-calls/fitting`);
    expect((own.body.items as Item[]).map((i) => i.id)).toEqual([both, soon, later]);
    const stranger = caller(
      app,
      (await grantToken(db, { email: 's@elsewhere.example', workspace: 'elsewhere' })).token,
    );
    expect((await stranger('GET', `${API}/funding-calls/fitting`)).body.items).toEqual([]);
  });

  it('answers an invisible ecosystem as one that does not exist', async () => {
    const hidden = await f.id('ecosystems', { visibility: 'private' });
    const stranger = caller(
      app,
      (await grantToken(db, { email: 'h@hidden.example', workspace: 'hidden' })).token,
    );
    expect((await stranger('GET', `${API}/funding-calls/fitting?ecosystemId=${hidden}`)).status).toBe(404);
  });
});

describe("the seam for a consortium's mix", () => {
  const offering = async (kind: string, competenceId: string) => {
    const id = await f.id('organisations', { kind, visibility: 'public' });
    await f.post('organisation-competences', {
      organisationId: id,
      competenceId,
      direction: 'offer',
      visibility: 'public',
    });
    return id;
  };

  it("checks the call's required kinds against the organisations and their offered themes", async () => {
    const company = await offering('company', battery);
    const withCompany = await call('GET', `${API}/funding-calls/fitting?organisationIds=${company}`);
    const [only] = withCompany.body.items as Item[];
    expect(only!.titleFi).toBe('Muu teema');
    expect(only!.mix).toEqual({
      themes: [{ theme: expect.objectContaining({ fi: 'akkukemikaalit' }), organisationIds: [company] }],
      kinds: [
        { kind: 'rdi', met: false, organisationIds: [] },
        { kind: 'company', met: true, organisationIds: [company] },
      ],
      fits: false,
    });
    const rdi = await offering('rdi', forest);
    const mixed = await call('GET', `${API}/funding-calls/fitting?organisationIds=${company},${rdi}`);
    const items = mixed.body.items as Item[];
    expect(items.find((i) => i.titleFi === 'Muu teema')!.mix).toMatchObject({ fits: true });
    expect(items.map((i) => i.titleFi)).toContain('Kaksi teemaa');
  });

  it('answers an invisible organisation as one that does not exist, and refuses bad ids', async () => {
    const hidden = await f.id('organisations', { visibility: 'private' });
    const stranger = caller(app, (await grantToken(db, { email: 'm@mix.example', workspace: 'mix' })).token);
    expect((await stranger('GET', `${API}/funding-calls/fitting?organisationIds=${hidden}`)).status).toBe(
      404,
    );
    expect((await call('GET', `${API}/funding-calls/fitting?organisationIds=nope`)).status).toBe(400);
  });
});
