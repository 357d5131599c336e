import { describe, expect, it } from 'vitest';
import { DEMO_WORLD, SAVONLINNA_ECOSYSTEM } from '../../data/demo/index.js';
import { ECCP_THEME_MAPPING } from '../../src/domain/eccp-themes.js';
import { loadDemoWorld } from '../../src/server/modules/demo/demo.service.js';
import { caller, grantToken, testApp } from '../db.js';
import { docxText, sectionText } from '../support/docx-text.js';

const { app, db } = await testApp();
await loadDemoWorld(db);
const token = async (email: string, workspace: string, role: 'editor' | 'viewer' = 'viewer') =>
  (await grantToken(db, { email, workspace, role })).token;
const savonlinnaToken = await token('r@savonlinna.example', 'savonlinna');
const reader = caller(app, savonlinnaToken);
const strangerToken = await token('s@muu.example', 'muu', 'editor');
const stranger = caller(app, strangerToken);
const anonymous = caller(app, null);
const PROFILE = `/api/v1/ecosystems/${SAVONLINNA_ECOSYSTEM}/eccp-profile`;

const workspaceId = async (slug: string) =>
  (await db.selectFrom('workspaces').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
const savonlinna = await db
  .selectFrom('ecosystems')
  .select(['id', 'workspaceId'])
  .where('slug', '=', SAVONLINNA_ECOSYSTEM)
  .executeTakeFirstOrThrow();
// The tests below write the ecosystem's public page (its contacts) themselves: any demo page is set aside.
await db.deleteFrom('publicPages').where('ecosystemId', '=', savonlinna.id).execute();

describe('the theme mapping', () => {
  it('covers every theme of the demo vocabulary', () => {
    const themes = DEMO_WORLD.competences.filter((c) => c.isTheme).map((c) => c.slug);
    expect(themes.length).toBeGreaterThan(40);
    expect(themes.filter((slug) => !ECCP_THEME_MAPPING[slug])).toEqual([]);
  });
});

describe('Savonlinna’s forest bioeconomy ecosystem as an ECCP profile', () => {
  it('maps the ecosystem into the profile’s fields in English', async () => {
    const res = await reader('GET', PROFILE);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { profile } = res.body;
    expect(profile).toMatchObject({
      organisationName: 'Savonlinna forest bioeconomy innovation ecosystem',
      country: 'Finland',
      towns: ['Savonlinna'],
      regions: [{ name: 'South Savo' }],
      members: { total: 4, committed: 4 },
    });
    expect(profile.members.byType).toMatchObject({ public_body: 2, university: 1, other: 1, sme: 0 });
    expect(profile.description).toMatch(/^Savonlinna’s wood-processing/);
    expect(profile.sectors).toEqual(expect.arrayContaining(['Forestry', 'Wood products']));
    expect(profile.industrialEcosystems).toContain('Energy-intensive industries');
    expect(profile.technologyFields).toEqual(['forest bioeconomy', 'wood processing', 'technology industry']);
    expect(profile.clusterManagement).toEqual({
      name: 'Savonlinnan Hankekehitys Oy',
      source: 'orchestrator',
    });
    expect(profile.cooperationInterests.length).toBeGreaterThan(0);
  });

  it('lists what it still lacks', async () => {
    const { check } = (await reader('GET', PROFILE)).body;
    expect(check.ready).toBe(false);
    // The orchestrator that manages it (the first by name) has no website in the demo either.
    expect(check.missing).toEqual(['committed_members', 'companies', 'website', 'contact']);
    const byKey = Object.fromEntries(check.criteria.map((c: { criterion: string }) => [c.criterion, c]));
    expect(byKey.committed_members).toMatchObject({ status: 'not_met', figures: { count: 4, required: 15 } });
    expect(byKey.member_types.status).toBe('met');
    expect(byKey.english_description.status).toBe('met');
    expect(byKey.management_capacity.status).toBe('check_by_hand');
  });

  it('counts a member only for those who may see it', async () => {
    const before = (await stranger('GET', PROFILE)).body.profile;
    const muu = await workspaceId('muu');
    const org = await db
      .insertInto('organisations')
      .values({
        nameFi: 'Salainen Saha Oy',
        kind: 'company',
        sizeClass: 'small',
        tolCode: '16100',
        workspaceId: muu,
        visibility: 'private',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('ecosystemMembers')
      .values({
        ecosystemId: savonlinna.id,
        organisationId: org.id,
        role: 'core',
        workspaceId: muu,
        visibility: 'private',
      })
      .execute();
    const seen = (await stranger('GET', PROFILE)).body.profile;
    expect(before.members.byType.sme).toBe(0);
    expect(seen.members).toMatchObject({ committed: before.members.committed + 1, byType: { sme: 1 } });
    expect(seen.naceCodes).toEqual([expect.objectContaining({ code: '16.10', section: 'C', members: 1 })]);
    const notSeen = (await reader('GET', PROFILE)).body.profile;
    expect(notSeen.members).toMatchObject({ committed: 4, byType: { sme: 0 } });
    expect(notSeen.naceCodes).toEqual([]);
    await db.deleteFrom('ecosystemMembers').where('organisationId', '=', org.id).execute();
    await db.deleteFrom('organisations').where('id', '=', org.id).execute();
  });

  it('takes the contact from the published page as a role address, never a named person', async () => {
    const page = await db
      .insertInto('publicPages')
      .values({
        ecosystemId: savonlinna.id,
        workspaceId: savonlinna.workspaceId,
        path: 'savonlinna/metsabiotalous',
        contacts: JSON.stringify([
          {
            role: { fi: 'Elinkeinopalvelut', en: 'Business services' },
            email: 'business@savonlinna.example',
          },
        ]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await stranger('GET', PROFILE)).body.profile.contact).toBeNull();
    expect((await reader('GET', PROFILE)).body.profile.contact).toEqual({
      role: 'Business services',
      email: 'business@savonlinna.example',
      phone: null,
    });
    await db.updateTable('publicPages').set({ publishedAt: new Date() }).where('id', '=', page.id).execute();
    const { profile, check } = (await stranger('GET', PROFILE)).body;
    expect(profile.contact.email).toBe('business@savonlinna.example');
    expect(check.missing).not.toContain('contact');
    await db.deleteFrom('publicPages').where('id', '=', page.id).execute();
  });
});

describe('who may read a profile', () => {
  it('asks to sign in first', async () => {
    expect((await anonymous('GET', PROFILE)).status).toBe(401);
  });

  it('answers 404 for a private ecosystem to others and the profile to its workspace', async () => {
    const ws = await workspaceId('savonlinna');
    await db
      .insertInto('ecosystems')
      .values({ slug: 'salainen', nameFi: 'Salainen ekosysteemi', workspaceId: ws, visibility: 'private' })
      .execute();
    const path = '/api/v1/ecosystems/salainen/eccp-profile';
    expect((await stranger('GET', path)).status).toBe(404);
    expect((await stranger('GET', '/api/v1/exports/ecosystems/salainen/eccp-profile.docx')).status).toBe(404);
    const own = await reader('GET', path);
    expect(own.status).toBe(200);
    expect(own.body.profile.gaps).toContainEqual({ field: 'name', reason: 'needs_translation' });
    expect(own.body.check.missing).toContain('committed_members');
  });
});

describe('the Word document', () => {
  it('opens with the check and its missing criteria, then the fields to paste', async () => {
    const res = await app.request(`/api/v1/exports/ecosystems/${SAVONLINNA_ECOSYSTEM}/eccp-profile.docx`, {
      headers: { authorization: `Bearer ${savonlinnaToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const { body } = await docxText(new Uint8Array(await res.arrayBuffer()));
    expect(body[0]!.text).toBe('ECCP cluster profile: Savonlinna forest bioeconomy innovation ecosystem');
    const check = sectionText(body, 'Readiness check');
    expect(check).toContain('Not ready yet: 4 of ECCP’s criteria are not met.');
    expect(check).toContain('At least 15 clearly committed members');
    expect(check).toContain('A contact address');
    const texts = body.map((p) => p.text);
    expect(texts.indexOf('Readiness check')).toBeLessThan(texts.indexOf('Profile fields'));
    const fields = sectionText(body, 'Profile fields');
    expect(fields).toContain('Organisation name');
    expect(fields).toContain('Savonlinna forest bioeconomy innovation ecosystem');
    expect(fields).toContain('Finland');
  });
});
