import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GREEN_ELECTRIFICATION } from '../../data/demo/index.js';
import { loadDemoWorld } from '../../src/server/modules/demo/demo.service.js';
import { caller, grantToken, testApp } from '../db.js';
import { docxText } from '../support/docx-text.js';

const BASE = '/api/v1/consortia';
const { app, db } = await testApp();
await loadDemoWorld(db);
const coordinator = caller(
  app,
  (await grantToken(db, { email: 'k@inno.example', workspace: 'innokaupungit' })).token,
);
const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);

const orgId = async (nameFi: string) =>
  (await db.selectFrom('organisations').select('id').where('nameFi', '=', nameFi).executeTakeFirstOrThrow())
    .id;
const demoConsortium = async () => {
  const list = await coordinator('GET', BASE);
  expect(list.status).toBe(200);
  return list.body.data.find((c: { name: string }) => c.name === 'Vihreän sähköistämisen vetovastuuhanke');
};
const leadCall = async () => (await demoConsortium()).fundingCallId as string;

describe('the demo: the green electrification lead project', () => {
  it('counts six Innokaupungit among its eight partners: LUT and Lappeenranta are one, Raahe is none', async () => {
    const consortium = await demoConsortium();
    expect(consortium.partnerCount).toBe(8);
    const check = await coordinator('GET', `${BASE}/${consortium.id}/check`);
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    const network = check.body.data.find(
      (v: { rule: { kind: string } }) => v.rule.kind === 'minMembersOfNetwork',
    );
    expect(network).toMatchObject({ met: true, count: 6, network: { nameFi: 'Innokaupungit' } });
    expect(network.outside.map((o: { nameFi: string }) => o.nameFi)).toEqual(['Raahen kaupunki']);
    const lappeenranta = network.towns.find(
      (t: { member: { nameFi: string } }) => t.member.nameFi === 'Lappeenrannan kaupunki',
    );
    expect(lappeenranta.partnerIds).toHaveLength(2);
  });

  it('links the project to the call it applied to', async () => {
    const project = await coordinator('GET', `/api/v1/projects/${GREEN_ELECTRIFICATION}`);
    expect(project.body.fundingCallId).toBe(await leadCall());
  });
});

describe('a consortium', () => {
  it('is created, read, renamed, given and relieved of partners, and removed, each write audited', async () => {
    const fundingCallId = await leadCall();
    const made = await coordinator('POST', BASE, { name: 'Koe', fundingCallId });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ name: 'Koe', partners: [], visibility: 'private', canEdit: true });
    const id = made.body.id;
    const lut = await orgId('LUT-yliopisto');
    const added = await coordinator('POST', `${BASE}/${id}/partners`, {
      organisationId: lut,
      role: 'main_implementer',
      budgetEur: 1000,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.partners).toEqual([
      expect.objectContaining({
        nameFi: 'LUT-yliopisto',
        role: 'main_implementer',
        budgetEur: 1000,
        municipalityFi: 'Lappeenranta',
      }),
    ]);
    expect(
      (await coordinator('POST', `${BASE}/${id}/partners`, { organisationId: lut, role: 'partner' })).status,
    ).toBe(409);
    const renamed = await coordinator('PATCH', `${BASE}/${id}`, { name: 'Koe 2' });
    expect(renamed.body.name).toBe('Koe 2');
    const removed = await coordinator('DELETE', `${BASE}/${id}/partners/${lut}`);
    expect(removed.body.partners).toEqual([]);
    expect((await coordinator('DELETE', `${BASE}/${id}/partners/${lut}`)).status).toBe(404);
    expect((await stranger('GET', `${BASE}/${id}`)).status).toBe(404);
    expect((await coordinator('DELETE', `${BASE}/${id}`)).status).toBe(204);
    expect((await coordinator('GET', `${BASE}/${id}`)).status).toBe(404);
    const audit = await db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'consortia')
      .where('entityId', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['create', 'delete', 'read', 'update', 'update', 'update'].sort(),
    );
  });

  it('answers an organisation the caller cannot see as if it did not exist', async () => {
    const hidden = await stranger('POST', '/api/v1/organisations', {
      nameFi: 'Salainen Oy',
      kind: 'company',
      visibility: 'private',
    });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(201);
    const made = await coordinator('POST', BASE, { name: 'Koe', fundingCallId: await leadCall() });
    const invisible = await coordinator('POST', `${BASE}/${made.body.id}/partners`, {
      organisationId: hidden.body.id,
      role: 'partner',
    });
    const missing = await coordinator('POST', `${BASE}/${made.body.id}/partners`, {
      organisationId: '00000000-0000-4000-8000-000000000000',
      role: 'partner',
    });
    expect([invisible.status, invisible.body.error]).toEqual([missing.status, missing.body.error]);
    expect(invisible.status).toBe(404);
    expect(
      (
        await stranger('POST', `${BASE}/${made.body.id}/partners`, {
          organisationId: hidden.body.id,
          role: 'partner',
        })
      ).status,
    ).toBe(404);
  });

  it('suggests organisations in member towns not yet in it when the network rule fails', async () => {
    const made = await coordinator('POST', BASE, {
      name: 'Koe',
      fundingCallId: await leadCall(),
      partners: [{ organisationId: await orgId('Raahen kaupunki'), role: 'main_implementer' }],
    });
    const check = (await coordinator('GET', `${BASE}/${made.body.id}/check`)).body.data;
    const network = check.find((v: { rule: { kind: string } }) => v.rule.kind === 'minMembersOfNetwork');
    expect(network).toMatchObject({ met: false, count: 0 });
    expect(network.suggestions.length).toBeGreaterThan(0);
    const members = await db
      .selectFrom('networkMembers as nm')
      .innerJoin('networks as n', 'n.id', 'nm.networkId')
      .innerJoin('organisations as o', 'o.id', 'nm.organisationId')
      .select(['o.id', 'o.municipalityCode'])
      .where('n.slug', '=', 'innokaupungit')
      .execute();
    for (const s of network.suggestions)
      expect(members.some((m) => m.id === s.id || m.municipalityCode === s.municipalityCode)).toBe(true);
  });
});

describe("a call's rules", () => {
  const call = (rules: unknown[]) =>
    coordinator('POST', '/api/v1/funding-calls', {
      titleFi: 'Haku',
      deadlineAt: '2027-01-01T12:00:00+02:00',
      rules,
    });

  it('are refused when they contradict, naming the field', async () => {
    const tooMany = await call([
      { kind: 'minOrganisations', count: 5 },
      { kind: 'maxOrganisations', count: 3 },
    ]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ path: 'rules.0.count' })]);
    const share = await call([
      { kind: 'budgetShare', role: 'main_implementer', minPercent: 60, maxPercent: 40 },
    ]);
    expect(share.body.error.details).toEqual([expect.objectContaining({ path: 'rules.0.minPercent' })]);
    const whole = await call([
      { kind: 'budgetShare', role: 'main_implementer', minPercent: 60 },
      { kind: 'budgetShare', role: 'partner', minPercent: 50 },
    ]);
    expect(whole.body.error.details).toEqual([expect.objectContaining({ path: 'rules.1.minPercent' })]);
  });

  it('that agree are kept', async () => {
    const ok = await call([
      { kind: 'minOrganisations', count: 3 },
      { kind: 'maxOrganisations', count: 8 },
      { kind: 'requiredOrganisationKinds', kinds: ['rdi', 'company'], count: 1 },
      { kind: 'budgetShare', role: 'main_implementer', minPercent: 20, maxPercent: 60 },
    ]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });
});

describe("a partner's role and budget", () => {
  it('change, and the budget share rule follows them', async () => {
    const created = await coordinator('POST', '/api/v1/funding-calls', {
      titleFi: 'Budjettihaku',
      deadlineAt: '2027-01-01T12:00:00+02:00',
      rules: [{ kind: 'budgetShare', role: 'main_implementer', minPercent: 30, maxPercent: 60 }],
    });
    const lut = await orgId('LUT-yliopisto');
    const oulu = await orgId('Oulun kaupunki');
    const made = await coordinator('POST', BASE, {
      name: 'Budjetti',
      fundingCallId: created.body.id,
      partners: [
        { organisationId: lut, role: 'main_implementer', budgetEur: 70_000 },
        { organisationId: oulu, role: 'partner', budgetEur: 30_000 },
      ],
    });
    const share = async () => (await coordinator('GET', `${BASE}/${made.body.id}/check`)).body.data[0];
    expect(await share()).toMatchObject({ met: false, count: 70 });
    const changed = await coordinator('PATCH', `${BASE}/${made.body.id}/partners/${oulu}`, {
      budgetEur: 70_000,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await share()).toMatchObject({ met: true, count: 50 });
    await coordinator('PATCH', `${BASE}/${made.body.id}/partners/${oulu}`, { role: 'main_implementer' });
    expect(await share()).toMatchObject({ met: false, count: 100 });
    const hidden = await stranger('POST', '/api/v1/organisations', {
      nameFi: 'Piilo Oy',
      kind: 'company',
      visibility: 'private',
    });
    expect(
      (await coordinator('PATCH', `${BASE}/${made.body.id}/partners/${hidden.body.id}`, { role: 'partner' }))
        .status,
    ).toBe(404);
  });
});

describe('from consortium to project', () => {
  it("creates the project linked to the call with the partners' roles, in one step, once", async () => {
    const fundingCallId = await leadCall();
    const partners = [
      { organisationId: await orgId('LUT-yliopisto'), role: 'main_implementer' },
      { organisationId: await orgId('Oulun kaupunki'), role: 'partner' },
      { organisationId: await orgId('Vaasan kaupunki'), role: 'partner' },
    ];
    const made = await coordinator('POST', BASE, { name: 'Uusi hanke', fundingCallId, partners });
    const first = await coordinator('POST', `${BASE}/${made.body.id}/to-project`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.rolesAdded).toBe(3);
    const project = await coordinator('GET', `/api/v1/projects/${first.body.projectId}`);
    expect(project.body).toMatchObject({ nameFi: 'Uusi hanke', fundingCallId });
    const roles = await coordinator('GET', `/api/v1/project-roles?projectId=${first.body.projectId}`);
    expect(roles.status, JSON.stringify(roles.body)).toBe(200);
    expect(roles.body.items).toHaveLength(3);
    const again = await coordinator('POST', `${BASE}/${made.body.id}/to-project`);
    expect([again.body.projectId, again.body.rolesAdded]).toEqual([first.body.projectId, 0]);
  });
});

describe('the files', () => {
  const file = async (format: string, lang: string) => {
    const { id } = await demoConsortium();
    const token = (
      await grantToken(db, { email: `f${format}${lang}@inno.example`, workspace: 'innokaupungit' })
    ).token;
    const res = await app.request(`${BASE}/${id}/file?format=${format}&lang=${lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  it('Excel: partners with roles, towns and business IDs, and the contacts by role', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file('xlsx', 'fi')).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Kumppanit', 'Yhteyshenkilöt rooleittain']);
    const rows = workbook.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]!.slice(1, 5)).toEqual(['Toimija', 'Rooli', 'Kunta', 'Y-tunnus']);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r[1] === 'LUT-yliopisto')!.slice(2, 4)).toEqual([
      'päätoteuttaja',
      'Lappeenranta',
    ]);
    const businessIds = await db
      .selectFrom('organisations')
      .select(['nameFi', 'businessId'])
      .where('nameFi', '=', 'Oulun kaupunki')
      .executeTakeFirstOrThrow();
    expect(rows.find((r) => r[1] === 'Oulun kaupunki')![4] ?? null).toBe(businessIds.businessId);
  });

  it("Word: the partner list in the reader's language", async () => {
    const { body } = await docxText(await file('docx', 'sv'));
    const text = body.map((p) => p.text).join('\n');
    expect(text).toContain('Konsortium: Vihreän sähköistämisen vetovastuuhanke');
    expect(text).toContain('Villmanstrands stad');
    expect(text).toContain('huvudgenomförare');
    expect(text).toContain('Brahestads stad');
  });
});

describe("the call's free-text rules", () => {
  it('are ticked and unticked per consortium, kept, audited, and only free-text rules are', async () => {
    const created = await coordinator('POST', '/api/v1/funding-calls', {
      titleFi: 'Tekstiehtohaku',
      deadlineAt: '2027-01-01T12:00:00+02:00',
      rules: [
        { kind: 'minOrganisations', count: 2 },
        { kind: 'note', textFi: 'Hakijoilla on yhteinen aiesopimus' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const made = await coordinator('POST', BASE, { name: 'Rastit', fundingCallId: created.body.id });
    const other = await coordinator('POST', BASE, { name: 'Toinen', fundingCallId: created.body.id });
    const id = made.body.id;
    expect(made.body.ruleTicks).toEqual([]);
    const tick = (index: number | string, body: unknown, as = coordinator) =>
      as('PUT', `${BASE}/${id}/rules/${index}/tick`, body);

    const ticked = await tick(1, { ticked: true });
    expect(ticked.status, JSON.stringify(ticked.body)).toBe(200);
    expect(ticked.body.ruleTicks).toEqual([{ index: 1, tickedAt: expect.any(String), tickedByName: null }]);
    expect(
      (await coordinator('GET', `${BASE}/${id}`)).body.ruleTicks.map((t: { index: number }) => t.index),
    ).toEqual([1]);
    expect((await coordinator('GET', `${BASE}/${other.body.id}`)).body.ruleTicks).toEqual([]);

    expect((await tick(0, { ticked: true })).status).toBe(404);
    expect((await tick(2, { ticked: true })).status).toBe(404);
    expect((await tick(1, { ticked: 'yes' })).status).toBe(400);
    expect((await tick(1, { ticked: true, by: 'x' })).status).toBe(400);
    expect((await tick('x', { ticked: true })).status).toBe(400);
    expect((await tick(1, { ticked: false }, stranger)).status).toBe(404);

    const unticked = await tick(1, { ticked: false });
    expect(unticked.body.ruleTicks).toEqual([]);
    const audit = await db
      .selectFrom('auditLog')
      .select(['action', 'detail'])
      .where('entity', '=', 'consortia')
      .where('entityId', '=', id)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { rule: 1, ticked: true },
        { rule: 1, ticked: false },
      ]),
    );
  });
});

describe("a partner's contact person", () => {
  it("is one of the organisation's people, and the Excel's contacts by role name them", async () => {
    const lut = await orgId('LUT-yliopisto');
    const person = await coordinator('POST', '/api/v1/people', {
      fullName: 'Kaisa Kokeilu',
      title: 'tutkimusjohtaja',
      email: 'kaisa@lut.example',
      lawfulBasis: 'legitimate_interests',
      purpose: 'Hankehaku',
      source: 'Tapaaminen',
      collectedOn: '2026-12-01',
      visibility: 'private',
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const role = await coordinator('POST', '/api/v1/person-roles', {
      personId: person.body.id,
      organisationId: lut,
      title: 'tutkimusjohtaja',
      isContact: true,
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const people = await coordinator('GET', `/api/v1/people?organisationId=${lut}`);
    expect(people.body.items.map((p: { id: string }) => p.id)).toContain(person.body.id);

    const made = await coordinator('POST', BASE, {
      name: 'Yhteyshenkilöt',
      fundingCallId: await leadCall(),
      partners: [{ organisationId: lut, role: 'main_implementer' }],
    });
    const changed = await coordinator('PATCH', `${BASE}/${made.body.id}/partners/${lut}`, {
      contactPersonId: person.body.id,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.partners[0]).toMatchObject({
      contactPersonId: person.body.id,
      contactName: 'Kaisa Kokeilu',
      contactTitle: 'tutkimusjohtaja',
    });

    const token = (await grantToken(db, { email: 'contacts@inno.example', workspace: 'innokaupungit' }))
      .token;
    const res = await app.request(`${BASE}/${made.body.id}/file?format=xlsx&lang=fi`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const contacts = workbook
      .getWorksheet('Yhteyshenkilöt rooleittain')!
      .getSheetValues()
      .slice(1) as unknown[][];
    expect(contacts[0]!.slice(1, 5)).toEqual(['Rooli', 'Toimija', 'Yhteyshenkilö', 'Tehtävänimike']);
    expect(contacts[1]!.slice(1, 6)).toEqual([
      'päätoteuttaja',
      'LUT-yliopisto',
      'Kaisa Kokeilu',
      'tutkimusjohtaja',
      'kaisa@lut.example',
    ]);

    const cleared = await coordinator('PATCH', `${BASE}/${made.body.id}/partners/${lut}`, {
      contactPersonId: null,
    });
    expect(cleared.body.partners[0]).toMatchObject({ contactPersonId: null, contactName: null });
  });
});
