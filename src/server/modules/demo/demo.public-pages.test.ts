import { describe, expect, it } from 'vitest';
import { DEMO_WORLD, SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from '../../../../data/demo/index.js';
import { pathWord } from '../../../domain/public-page-path.js';
import { testApp } from '../../../../test/db.js';
import { countExamples } from './demo.repository.js';
import { loadDemoWorld, removeExamples } from './demo.service.js';

const { db, call } = await testApp();
await loadDemoWorld(db);

type Page = { path: string; kind: string; municipalityCode: string | null; publishedAt: string | null } & {
  intro: Record<'fi' | 'sv' | 'en', string | null>;
  contacts: { email: string; personName?: string }[];
  ecosystemId: string | null;
  networkId: string | null;
};
const pages = async () => (await call('GET', '/api/v1/public-pages')).body.data as Page[];

/** The towns of the network project: each member's own town, or the towns it stands for. */
async function networkTowns() {
  const rows = await db
    .selectFrom('networkMembers as m')
    .innerJoin('networks as n', 'n.id', 'm.networkId')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .select(['m.municipalityCodes', 'o.municipalityCode'])
    .where('n.slug', '=', TOWN_NETWORK)
    .execute();
  return rows.flatMap((r) => (r.municipalityCodes?.length ? r.municipalityCodes : [r.municipalityCode!]));
}

describe('the demo’s public pages', () => {
  it('publish a page for each of the network project’s ten towns, in three languages', async () => {
    const towns = await networkTowns();
    expect(new Set(towns).size).toBe(10);
    const byTown = new Map((await pages()).map((p) => [p.municipalityCode, p]));
    for (const code of towns) {
      const page = byTown.get(code);
      expect(page, `town ${code}`).toBeDefined();
      expect(page!.publishedAt, page!.path).not.toBeNull();
      for (const lang of ['fi', 'sv', 'en'] as const) expect(page!.intro[lang]?.length).toBeGreaterThan(50);
      const name = await db
        .selectFrom('municipalities')
        .select('nameFi')
        .where('code', '=', code)
        .executeTakeFirst();
      expect(page!.path).toBe(pathWord(name!.nameFi));
    }
  });

  it('publish the forest bioeconomy ecosystem’s page under Savonlinna and the network’s page', async () => {
    const all = await pages();
    const ecosystem = await db
      .selectFrom('ecosystems')
      .select('id')
      .where('slug', '=', SAVONLINNA_ECOSYSTEM)
      .executeTakeFirstOrThrow();
    expect(all.find((p) => p.ecosystemId === ecosystem.id)).toMatchObject({
      path: 'savonlinna/metsabiotalous',
    });
    expect(all.find((p) => p.kind === 'network')).toMatchObject({ path: TOWN_NETWORK });
    expect(all.every((p) => p.publishedAt !== null)).toBe(true);
  });

  it('name nobody: contacts are role addresses only', async () => {
    for (const page of await pages()) {
      for (const contact of page.contacts) {
        expect(contact.personName, page.path).toBeUndefined();
        expect(contact.email).toMatch(/^kirjaamo@/);
      }
    }
  });

  it('show Savonlinna’s upcoming example events and the strengths of its published example report', async () => {
    for (const e of DEMO_WORLD.examples.events) {
      expect(e.titleFi).toMatch(/^Esimerkki: /);
      expect(e.titleSv).toMatch(/^Exempel: /);
      expect(e.titleEn).toMatch(/^Example: /);
    }
    const fi = await call('GET', '/fi/invest/savonlinna');
    expect(fi.status).toBe(200);
    const page = fi.body as string;
    expect(page).toContain('Esimerkki: Invest in Savonlinna -webinaari');
    expect(page).toContain('Esimerkki: Sijoittajavierailu Savonlinnan puurakentamiskohteisiin');
    expect(page).not.toContain('Ei tulevia tapahtumia');
    expect(page).toMatch(/>Vahvuudet<\/h2>\s*(<h3>[^<]*<\/h3>\s*)?<p>[^<]+<\/p>/);
    expect(page).toContain('Esimerkki: Puurakentaminen ja puun uudet tuotteet');
    const en = await call('GET', '/en/invest/savonlinna');
    expect(en.body as string).toContain('Example: Invest in Savonlinna webinar');
  });

  it('mark the stories, consents, events and reports as example data, and removing the examples leaves the pages', async () => {
    const { publicStories, publicConsents, events, pictureReports } = DEMO_WORLD.examples;
    expect(await countExamples(db)).toMatchObject({
      publicStories: publicStories.length,
      publicConsents: publicConsents.length,
      events: events.length,
      pictureReports: pictureReports.length * 3,
    });
    for (const story of publicStories) expect(story.titleFi).toMatch(/^Esimerkki: /);
    const consenting = await db
      .selectFrom('organisations')
      .select('id')
      .where('publicConsentOn', 'is not', null)
      .execute();
    expect(consenting).toHaveLength(publicConsents.length);
    const before = (await pages()).length;
    await removeExamples(db);
    expect(await db.selectFrom('publicStories').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('pictureReports').select('id').execute()).toEqual([]);
    const upcoming = await db.selectFrom('events').select('id').where('startsAt', '>', new Date()).execute();
    expect(upcoming).toEqual([]);
    expect(
      await db.selectFrom('organisations').select('id').where('publicConsentOn', 'is not', null).execute(),
    ).toEqual([]);
    expect((await pages()).length).toBe(before);
  });
});
