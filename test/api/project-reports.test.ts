import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NETWORK_PROJECT } from '../../data/demo/index.js';
import { loadDemoWorld } from '../../src/server/modules/demo/demo.service.js';
import { caller, grantToken, testApp } from '../db.js';
import { docxText } from '../support/docx-text.js';

const { app, db } = await testApp();
await loadDemoWorld(db);
const project = await db
  .selectFrom('projects as p')
  .innerJoin('workspaces as w', 'w.id', 'p.workspaceId')
  .select(['p.id', 'w.slug', 'p.networkId', 'p.workspaceId'])
  .where('p.slug', '=', NETWORK_PROJECT)
  .executeTakeFirstOrThrow();
const token = async (email: string, workspace: string, role: 'editor' | 'viewer' = 'editor') =>
  (await grantToken(db, { email, workspace, role })).token;
const editorToken = await token('e@iisalmi.example', project.slug);
const editor = caller(app, editorToken);
const reader = caller(app, await token('r@iisalmi.example', project.slug, 'viewer'));
const stranger = caller(app, await token('s@muu.example', 'muu'));
const OF_PROJECT = `/api/v1/projects/${NETWORK_PROJECT}/reports`;
const YEAR_2022 = {
  template: 'erdf_progress',
  lang: 'fi',
  periodStart: '2022-01-01',
  periodEnd: '2022-12-31',
};

/** The demo's events of the network project held in 2022, by their Finnish titles. */
const events2022 = async () =>
  (
    await db
      .selectFrom('events')
      .select(['titleFi', 'startsAt'])
      .where('projectId', '=', project.id)
      .execute()
  )
    .filter((e) => new Date(e.startsAt).getUTCFullYear() === 2022)
    .map((e) => e.titleFi);

const download = async (id: string, format: 'docx' | 'xlsx', bearer = editorToken) => {
  const res = await app.request(`/api/v1/project-reports/${id}/file?format=${format}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe('the network project’s report for 2022', () => {
  it('starts from the data: the project, its roles, the events of 2022 and Savonlinna’s mapping round', async () => {
    const made = await editor('POST', OF_PROJECT, YEAR_2022);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { data, texts, sections } = made.body;
    expect(sections.map((s: { key: string }) => s.key)).toEqual([
      'project',
      'actions',
      'results',
      'communication',
      'cooperation',
      'deviations',
      'nextPeriod',
    ]);
    expect(data.project).toMatchObject({
      name: 'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen',
    });
    expect(data.project.funders).toContain('Pohjois-Savon liitto');
    expect(data.roles.map((r: { role: string }) => r.role)).toContain('main_implementer');
    const expected = await events2022();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.events.map((e: { title: string }) => e.title).sort()).toEqual([...expected].sort());
    expect(data.events.every((e: { startsAt: string }) => e.startsAt.startsWith('2022'))).toBe(true);
    const webinar = data.events.find((e: { kind: string }) => e.kind === 'webinar');
    expect(webinar.participants).toBe(
      Object.values(webinar.byKind as Record<string, number>).reduce((a, b) => a + b, 0),
    );
    expect(data.mapping.map((m: { opensOn: string }) => m.opensOn)).toContain('2022-05-02');
    expect(texts.actions).toContain(`Tilaisuuksia järjestettiin ${expected.length}`);
  });

  it('downloads in Finnish as Word with the events in it, after a text is edited and a row left out', async () => {
    const list = await reader('GET', OF_PROJECT);
    expect(list.status).toBe(200);
    expect(list.body.canCreate).toBe(false);
    const id = list.body.data[0].id;
    const first = (await editor('GET', `/api/v1/project-reports/${id}`)).body;
    const [kept, left] = first.data.roles as { id: string; organisation: string }[];
    const saved = await editor('PATCH', `/api/v1/project-reports/${id}`, {
      texts: { deviations: 'Ei poikkeamia kaudella.' },
      omitted: ['communication', `roles:${left!.id}`],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.texts.actions).toBe(first.texts.actions);
    const { res, bytes } = await download(
      id,
      'docx',
      (
        await grantToken(db, {
          email: 'r2@iisalmi.example',
          workspace: project.slug,
          role: 'viewer',
        })
      ).token,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="hankeraportti-2022-01-01_2022-12-31-fi.docx"',
    );
    const text = (await docxText(bytes)).body.map((p) => p.text).join('\n');
    expect(text).toContain(
      'EAKR-hankkeen edistymisraportti: Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen',
    );
    expect(text).toContain('Raportointikausi: 1.1.2022–31.12.2022');
    for (const title of await events2022()) expect(text).toContain(title);
    expect(text).toContain('Poikkeamat ja riskit');
    expect(text).toContain('Ei poikkeamia kaudella.');
    expect(text).not.toContain('Viestintä');
    expect(text).toContain(kept!.organisation);
    if (kept!.organisation !== left!.organisation) expect(text).not.toContain(left!.organisation);
  });

  it('downloads as Excel: the texts, then a sheet for each block of data', async () => {
    const id = (await editor('GET', OF_PROJECT)).body.data[0].id;
    const { res, bytes } = await download(id, 'xlsx');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Tekstit',
      'Hankkeen tiedot',
      'Roolit ja kumppanit',
      'Järjestetyt tilaisuudet',
      'Pidetyt työpajat',
      'Kartoituskierrokset',
      'Tilannekuvat ja raportit',
      'Tavoitteet ja indikaattorit',
      'Kehittämistoimenpiteet',
      'Yhteydenpito ja uudet kumppanit',
    ]);
    const events = workbook.getWorksheet('Järjestetyt tilaisuudet')!.getSheetValues().slice(2) as unknown[][];
    expect(events.map((r) => r[1]).sort()).toEqual((await events2022()).sort());
    expect(events.every((r) => typeof r[5] === 'number')).toBe(true);
  });
});

describe('a steering group meeting', () => {
  it('has its agenda, progress review and matters for decision, in Swedish with the events’ Swedish titles', async () => {
    const made = await editor('POST', OF_PROJECT, { ...YEAR_2022, template: 'steering_group', lang: 'sv' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.sections.map((s: { key: string }) => s.key)).toEqual([
      'agenda',
      'status',
      'results',
      'cooperation',
      'decisions',
      'nextMeeting',
    ]);
    expect(made.body.texts.status).toMatch(/^Antal evenemang: \d+/);
    await editor('PATCH', `/api/v1/project-reports/${made.body.id}`, {
      texts: { agenda: '1. Mötets öppnande', decisions: 'Styrgruppen godkänner lägesrapporten.' },
    });
    const { bytes } = await download(made.body.id, 'docx');
    const text = (await docxText(bytes)).body.map((p) => p.text).join('\n');
    expect(text).toContain(
      'Styrgruppens möte: Utveckling av regionstädernas nätverk av innovationsekosystem',
    );
    for (const heading of ['Föredragningslista', 'Lägesöversikt', 'Beslutsärenden', 'Ordnade evenemang'])
      expect(text).toContain(heading);
    expect(text).toContain('Styrgruppen godkänner lägesrapporten.');
    const swedish = await db
      .selectFrom('events')
      .select('titleSv')
      .where('projectId', '=', project.id)
      .where('kind', '=', 'webinar')
      .executeTakeFirstOrThrow();
    expect(text).toContain(swedish.titleSv);
  });
});

describe('the contact pipeline in the report', () => {
  it('counts the calls, e-mails and meetings logged in the period and names the partners won, read afresh', async () => {
    const year = new Date().getFullYear();
    const made = await editor('POST', OF_PROJECT, {
      ...YEAR_2022,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    });
    const before = made.body.data.contacts as { logged: number; won: { id: string }[] };
    const organisation = await db
      .selectFrom('organisations')
      .select(['id', 'nameFi'])
      .where('nameFi', '=', 'Iisalmen kaupunki')
      .executeTakeFirstOrThrow();
    const contact = await editor('POST', '/api/v1/contacts', { organisationId: organisation.id });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const activity = (kind: string, occurredAt: string) =>
      editor('POST', `/api/v1/contacts/${contact.body.id}/activities`, { kind, body: 'Koe', occurredAt });
    expect((await activity('call', `${year}-01-10T10:00:00+02:00`)).status).toBe(201);
    expect((await activity('note', `${year}-01-11T10:00:00+02:00`)).status).toBe(201);
    expect((await activity('meeting', `${year - 1}-12-31T10:00:00+02:00`)).status).toBe(201);
    const moved = await editor('POST', `/api/v1/contacts/${contact.body.id}/stage`, { stage: 'partner' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const after = (await editor('GET', `/api/v1/project-reports/${made.body.id}`)).body.data.contacts;
    expect(after.logged).toBe(before.logged + 1);
    expect(after.won).toHaveLength(before.won.length + 1);
    expect(after.won).toContainEqual({
      id: contact.body.id,
      organisation: 'Iisalmen kaupunki',
      on: expect.stringMatching(new RegExp(`^${year}-`)),
    });
    const in2022 = await editor('POST', OF_PROJECT, YEAR_2022);
    expect(in2022.body.data.contacts).toEqual({ logged: 0, won: [] });
    expect(in2022.body.texts.cooperation).toBe(
      'Yhteydenottoja kirjattiin 0, ja uusia kumppaneita saatiin 0.',
    );
  });
});

describe('bad input and access', () => {
  it('refuses a period that ends before it starts, an unknown template and language, clearly', async () => {
    const backwards = await editor('POST', OF_PROJECT, { ...YEAR_2022, periodEnd: '2021-12-31' });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('The period cannot end before it starts');
    expect((await editor('POST', OF_PROJECT, { ...YEAR_2022, template: 'annual' })).status).toBe(400);
    expect((await editor('POST', OF_PROJECT, { ...YEAR_2022, lang: 'de' })).status).toBe(400);
    expect((await editor('POST', OF_PROJECT, { ...YEAR_2022, periodStart: '1.1.2022' })).status).toBe(400);
  });

  it('lets readers read and download but not write; others do not see the drafts', async () => {
    expect((await reader('POST', OF_PROJECT, YEAR_2022)).status).toBe(403);
    const id = (await reader('GET', OF_PROJECT)).body.data[0].id;
    expect((await reader('PATCH', `/api/v1/project-reports/${id}`, { texts: { agenda: 'x' } })).status).toBe(
      403,
    );
    expect((await stranger('GET', `/api/v1/project-reports/${id}`)).status).toBe(404);
    expect((await stranger('GET', OF_PROJECT)).body.data).toEqual([]);
    expect((await stranger('POST', OF_PROJECT, YEAR_2022)).status).toBe(403);
  });

  it('audits each write and download', async () => {
    const rows = await db
      .selectFrom('auditLog')
      .select(['action', 'outcome'])
      .where('entity', '=', 'project-reports')
      .execute();
    const ok = rows.filter((r) => r.outcome === 'ok').map((r) => r.action);
    expect(ok).toEqual(expect.arrayContaining(['create', 'update', 'export']));
    expect(rows.some((r) => r.outcome === 'denied')).toBe(true);
  });
});

describe('the workshops held in the period', () => {
  /** A workshop at the project's 2022 future workshop event, on the network's strategy. */
  async function workshopOf(status: string, titleFi: string, eventTitle: string) {
    const event = await db
      .selectFrom('events')
      .select(['id', 'workspaceId'])
      .where('projectId', '=', project.id)
      .where('titleFi', 'like', eventTitle)
      .executeTakeFirstOrThrow();
    const strategy = await db
      .selectFrom('strategies')
      .select('id')
      .where('scope', '=', 'network')
      .orderBy('createdAt')
      .executeTakeFirstOrThrow();
    return db
      .insertInto('workshops')
      .values({
        titleFi,
        titleSv: `${titleFi} (sv)`,
        eventId: event.id,
        strategyId: strategy.id,
        workspaceId: event.workspaceId,
        joinCode: status === 'draft' ? 'RAPRT2' : 'RAPRT3',
        status,
        visibility: 'network',
      })
      .returning(['id', 'strategyId', 'workspaceId'])
      .executeTakeFirstOrThrow();
  }

  it('lists each with its event, day, participants, organisations, ideas and the goals made, in Word and Excel', async () => {
    const held = await workshopOf('closed', 'Tulevaisuustyöpajan ryhmätyöt', '%tulevaisuustyöpaja%');
    await workshopOf('draft', 'Luonnokseksi jäänyt työpaja', '%tulevaisuustyöpaja%');
    const phase = await db
      .insertInto('workshopPhases')
      .values({ workshopId: held.id, kind: 'ideas', position: 1, titleFi: 'Ideointi' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = ['Iisalmen kaupunki', 'Iisalmen kaupunki', 'Savonia'].map((organisationName, i) => ({
      workshopId: held.id,
      displayName: `Osallistuja ${i}`,
      organisationName,
      tokenHash: `hash-${held.id}-${i}`,
      consentedAt: new Date(),
    }));
    await db.insertInto('workshopParticipants').values(people).execute();
    await db
      .insertInto('workshopIdeas')
      .values(
        ['Yhteinen messuosasto', 'Opiskelijat yrityksiin'].map((text) => ({
          workshopId: held.id,
          phaseId: phase.id,
          text,
        })),
      )
      .execute();
    await db
      .insertInto('strategyGoals')
      .values({
        strategyId: held.strategyId,
        workspaceId: held.workspaceId,
        titleFi: 'Työpajasta syntynyt tavoite',
        indicatorFi: 'Messukäynnit',
        workshopId: held.id,
      })
      .execute();

    const made = await editor('POST', OF_PROJECT, YEAR_2022);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.sections[1]).toMatchObject({
      key: 'actions',
      blocks: ['events', 'workshops', 'mapping', 'pictures'],
    });
    const workshops = made.body.data.workshops as { title: string }[];
    expect(workshops.map((w) => w.title)).toEqual(['Tulevaisuustyöpajan ryhmätyöt']);
    expect(workshops[0]).toMatchObject({
      event: 'Savonlinnan metsäbiotalouden innovaatioekosysteemin tulevaisuustyöpaja',
      participants: 3,
      organisations: 2,
      ideas: 2,
      goals: 1,
      actions: 0,
    });
    expect((workshops[0] as unknown as { on: string }).on).toMatch(/^2022-/);

    const { bytes } = await download(made.body.id, 'docx');
    const text = (await docxText(bytes)).body.map((p) => p.text).join('\n');
    expect(text).toContain('Pidetyt työpajat');
    expect(text).toContain('Tulevaisuustyöpajan ryhmätyöt');
    expect(text).not.toContain('Luonnokseksi jäänyt työpaja');

    const xlsx = await download(made.body.id, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Pidetyt työpajat')!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Työpaja', 'Osallistujia', 'Organisaatioita', 'Ideoita']),
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Tulevaisuustyöpajan ryhmätyöt',
      'Savonlinnan metsäbiotalouden innovaatioekosysteemin tulevaisuustyöpaja',
      expect.stringMatching(/\.2022$/),
      3,
      2,
      2,
      1,
      0,
    ]);

    const swedish = await editor('POST', OF_PROJECT, { ...YEAR_2022, lang: 'sv' });
    const { bytes: sv } = await download(swedish.body.id, 'docx');
    const svText = (await docxText(sv)).body.map((p) => p.text).join('\n');
    expect(svText).toContain('Hållna workshoppar');
    expect(svText).toContain('Tulevaisuustyöpajan ryhmätyöt (sv)');
  });
});

describe('the towns the report reads', () => {
  it('counts a member’s own town when its membership names no towns, as the network’s coverage does', async () => {
    const round = await db
      .selectFrom('mappingRounds')
      .selectAll()
      .where('opensOn', '=', '2022-05-02')
      .executeTakeFirstOrThrow();
    const known = new Set(
      (
        await db
          .selectFrom('networkMembers as nm')
          .innerJoin('organisations as o', 'o.id', 'nm.organisationId')
          .select(['nm.municipalityCodes', 'o.municipalityCode'])
          .execute()
      ).flatMap((m) => [...m.municipalityCodes, m.municipalityCode]),
    );
    const organisations = await db.selectFrom('organisations').select(['id', 'municipalityCode']).execute();
    const member = organisations.find((o) => o.municipalityCode && !known.has(o.municipalityCode))!;
    expect(member).toBeDefined();
    await db
      .insertInto('networkMembers')
      .values({
        networkId: project.networkId!,
        organisationId: member.id,
        role: 'member',
        workspaceId: project.workspaceId,
        visibility: 'public',
      })
      .execute();
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = round;
    await db
      .insertInto('mappingRounds')
      .values({
        ...copy,
        scope: 'municipality',
        ecosystemId: null,
        networkId: null,
        municipalityCode: member.municipalityCode,
        nameFi: 'Jäsenen kotikunnan kierros',
      })
      .execute();

    const made = await editor('POST', OF_PROJECT, YEAR_2022);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.data.mapping.map((m: { name: string }) => m.name)).toContain(
      'Jäsenen kotikunnan kierros',
    );
  });
});
