import { describe, expect, it } from 'vitest';
import { FINDING_SECTION_KEYS } from '../../src/reports/findings.schema.js';
import {
  createReport,
  recomputeReport,
  type Writer,
} from '../../src/server/modules/picture-reports/reports.service.js';
import { BASE, fixed, NOW, reportWorld, sector, written } from '../support/picture-reports.js';

const { db, anonymous, editor, viewer, stranger, editorCaller, editorId, newReport, save } =
  await reportWorld();

describe('a report document', () => {
  it('starts from the written picture, every section shown, as version 1', async () => {
    const report = await newReport();
    expect(report).toMatchObject({ scopeKind: 'municipality', scopeId: '740', language: 'fi', version: 1 });
    expect(report.content.sections.map((s: { key: string }) => s.key)).toEqual([...FINDING_SECTION_KEYS]);
    expect(report.canEdit).toBe(true);
    const history = await editor('GET', `${BASE}/${report.id}/versions`);
    expect(history.body.data).toEqual([
      expect.objectContaining({ version: 1, change: { action: 'create' } }),
    ]);
    expect(
      (await editor('POST', BASE, { scope: 'municipality', scopeId: '740', language: 'fi' })).status,
    ).toBe(409);
  });

  it('keeps each save as a version: who, when and which section', async () => {
    const report = await newReport('sv');
    const edited = await save(report.id, 1, {
      action: 'editSection',
      section: 'strengths',
      text: 'Våra ord.',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await save(report.id, 1, { action: 'hideSection', section: 'glance', hidden: true });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'version_conflict']);
    const history = (await viewer('GET', `${BASE}/${report.id}/versions`)).body.data;
    expect(history.map((v: { version: number; change: unknown }) => [v.version, v.change])).toEqual([
      [2, { action: 'editSection', section: 'strengths' }],
      [1, { action: 'create' }],
    ]);
    expect(history[0].createdAt).toBe(NOW.toISOString());
    const first = await viewer('GET', `${BASE}/${report.id}/versions/1`);
    const strengths = (v: { content: { sections: { key: string; edit: unknown }[] } }) =>
      v.content.sections.find((s) => s.key === 'strengths')?.edit;
    expect(strengths(first.body)).toBeNull();
    expect(strengths((await viewer('GET', `${BASE}/${report.id}/versions/2`)).body)).toMatchObject({
      text: 'Våra ord.',
    });
    const audit = await db
      .selectFrom('auditLog')
      .select(['action', 'outcome'])
      .where('entity', '=', 'picture-reports')
      .where('entityId', '=', report.id)
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'create', outcome: 'ok' },
        { action: 'update', outcome: 'ok' },
      ]),
    );
  });

  it('lets its viewers read, only its editors write, and hides a private one from other workspaces', async () => {
    const report = await newReport('en');
    expect((await viewer('GET', `${BASE}/${report.id}`)).body.canEdit).toBe(false);
    const refused = await save(
      report.id,
      1,
      { action: 'hideSection', section: 'glance', hidden: true },
      viewer,
    );
    expect(refused.status).toBe(403);
    expect((await viewer('POST', `${BASE}/${report.id}/recompute`)).status).toBe(403);
    expect(
      (await viewer('POST', `${BASE}/${report.id}/publication`, { version: 1, published: true })).status,
    ).toBe(403);
    for (const path of ['', '/versions', '/versions/1', '/written'])
      expect((await stranger('GET', `${BASE}/${report.id}${path}`)).status).toBe(404);
    expect((await anonymous('GET', `${BASE}/${report.id}`)).status).toBe(404);
    expect((await stranger('GET', `${BASE}?scope=municipality&scopeId=740`)).body.data).toEqual([]);
    expect(
      (await save(report.id, 1, { action: 'hideSection', section: 'glance', hidden: true }, stranger)).status,
    ).toBe(404);
    expect((await editor('GET', `${BASE}/${report.id}`)).body.version).toBe(1);
    expect((await viewer('DELETE', `${BASE}/${report.id}`)).status).toBe(403);
    expect((await stranger('DELETE', `${BASE}/${report.id}`)).status).toBe(404);
  });

  it('is published with who and when, and taken back', async () => {
    const report = await newReport('fi', '090');
    const published = await editor('POST', `${BASE}/${report.id}/publication`, {
      version: 1,
      published: true,
    });
    expect(published.body.published).toEqual({ at: NOW.toISOString(), by: `user:${editorId}` });
    const back = await editor('POST', `${BASE}/${report.id}/publication`, { version: 2, published: false });
    expect([back.body.published, back.body.version]).toEqual([null, 3]);
  });

  it('exports the visible sections in the editors’ order and words, with the proposals they kept', async () => {
    const made = await createReport(
      db,
      editorCaller,
      { scope: 'municipality', id: '091', language: 'fi', visibility: 'private' },
      NOW,
      fixed(written({}, [sector('16'), sector('02')])),
    );
    const id = made.id;
    let v = 1;
    for (const change of [
      { action: 'hideSection', section: 'glance', hidden: true },
      { action: 'moveSection', section: 'growthSectors', to: 0 },
      { action: 'editSection', section: 'growthSectors', title: 'Kasvualat', text: 'Eka.\n\nToka.' },
      { action: 'addSection', title: 'Oma osio', text: 'Toimittajan teksti.' },
      { action: 'decideProposal', proposal: 'growthSector:02', decision: 'rejected', reason: 'Ei sovi.' },
      { action: 'decideProposal', proposal: 'growthSector:16', decision: 'changed', title: 'Puutuotteet' },
    ]) {
      const res = await save(id, v++, change);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const out = (await editor('GET', `${BASE}/${id}/written`)).body;
    expect(out.sections.map((s: { key: string }) => s.key)).toEqual([
      'growthSectors',
      ...FINDING_SECTION_KEYS.filter((k) => k !== 'glance' && k !== 'growthSectors'),
      'editor-1',
    ]);
    const growth = out.sections[0];
    expect(growth.title).toBe('Kasvualat');
    expect(growth.sentences.map((s: { text: string }) => s.text)).toEqual(['Eka.', 'Toka.']);
    expect(growth.sentences[1].evidence).toEqual([{ kind: 'figure', label: 'Toimijoita', value: '12' }]);
    expect(growth.proposals.map((p: { key: string; title: string }) => [p.key, p.title])).toEqual([
      ['growthSector:16', 'Puutuotteet'],
    ]);
    // The file renders that text: the editors' words and sections, the rejected proposal left out.
    const html = await viewer('GET', `${BASE}/${id}/file?format=html`);
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const page = String(html.body);
    for (const words of ['Kasvualat', 'Eka.', 'Toka.', 'Oma osio', 'Toimittajan teksti.', 'Puutuotteet'])
      expect(page).toContain(words);
    expect(page).not.toContain('Ei sovi.');
    const docx = await editor('GET', `${BASE}/${id}/file?format=docx`);
    expect([docx.status, docx.headers.get('content-disposition')]).toEqual([
      200,
      'attachment; filename="raportti-municipality-091-fi.docx"',
    ]);
    expect((await stranger('GET', `${BASE}/${id}/file?format=html`)).status).toBe(404);
    const rejected = await save(id, v, {
      action: 'decideProposal',
      proposal: 'growthSector:16',
      decision: 'rejected',
    });
    expect([rejected.status, rejected.body.error.code]).toEqual([422, 'reason_required']);
  });
});

describe('what a report is written from', () => {
  it('is the picture as every reader of the report sees it, not as its editor does', async () => {
    const org = async (nameFi: string, visibility: string) =>
      (
        await editor('POST', '/api/v1/organisations', {
          nameFi,
          kind: 'company',
          municipalityCode: '092',
          visibility,
        })
      ).body.id as string;
    await org('Julkinen Oy', 'public');
    await org('Oma Oy', 'private');
    const seen: string[][] = [];
    const recording: Writer = (picture, language) => {
      seen.push(picture.network.actors.map((a) => a.name).sort());
      return { ...written({}, []), language };
    };
    const request = { scope: 'municipality' as const, id: '092', visibility: 'network' as const };
    await createReport(db, editorCaller, { ...request, language: 'fi' }, NOW, recording);
    await createReport(
      db,
      editorCaller,
      { ...request, language: 'sv', visibility: 'private' },
      NOW,
      recording,
    );
    expect(seen).toEqual([['Julkinen Oy'], ['Julkinen Oy', 'Oma Oy']]);
  });
});

describe('the proposals written before report documents', () => {
  it('come along once as the editors’ own, in the report’s language', async () => {
    const written = await editor('POST', '/api/v1/picture-proposals', {
      scopeKind: 'municipality',
      scopeId: '106',
      titleFi: 'Matkailun kehittäminen',
      titleSv: 'Utveckling av turismen',
      bodyFi: 'Järvimatkailu',
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const sv = (await editor('POST', BASE, { scope: 'municipality', scopeId: '106', language: 'sv' })).body;
    expect(sv.content.proposals).toEqual([
      expect.objectContaining({
        key: 'editor-1',
        origin: 'editor',
        kind: 'developmentTarget',
        title: 'Utveckling av turismen',
        text: 'Järvimatkailu',
      }),
    ]);
  });
});

describe('recomputation', () => {
  it("never overwrites an editor's words, marks the sections whose evidence changed, adds and marks proposals", async () => {
    const before = written({}, [sector('16'), sector('02')]);
    const made = await createReport(
      db,
      editorCaller,
      { scope: 'municipality', id: '046', language: 'fi', visibility: 'private' },
      NOW,
      fixed(before),
    );
    await save(made.id, 1, { action: 'editSection', section: 'strengths', text: 'Toimittajan vahvuudet.' });
    await save(made.id, 2, { action: 'editSection', section: 'challenges', text: 'Toimittajan haasteet.' });
    const after = written(
      { strengths: 'strengths-2', glance: 'glance-2' },
      [sector('16'), sector('31')],
      'v2',
    );
    const next = await recomputeReport(db, editorCaller, made.id, NOW, fixed(after));
    const section = (key: string) => next.content.sections.find((s) => s.key === key)!;
    expect(section('strengths')).toMatchObject({
      edit: { text: 'Toimittajan vahvuudet.' },
      evidenceChanged: true,
    });
    expect(section('strengths').generated?.sentences[0]?.text).toBe('strengths v2.');
    expect(section('challenges')).toMatchObject({
      edit: { text: 'Toimittajan haasteet.' },
      evidenceChanged: false,
    });
    expect(section('glance')).toMatchObject({ edit: null, evidenceChanged: false });
    expect(section('glance').generated?.sentences[0]?.text).toBe('glance v2.');
    expect(next.content.proposals.map((p) => [p.key, p.vanished])).toEqual([
      ['growthSector:16', false],
      ['growthSector:02', true],
      ['growthSector:31', false],
    ]);
    const history = (await editor('GET', `${BASE}/${made.id}/versions`)).body.data;
    expect(history[0].change).toMatchObject({
      action: 'recompute',
      staleSections: ['strengths'],
      addedProposals: ['growthSector:31'],
      vanishedProposals: ['growthSector:02'],
    });
    const acknowledged = await save(made.id, next.version, {
      action: 'acknowledgeEvidence',
      section: 'strengths',
    });
    const strengths = acknowledged.body.content.sections.find((s: { key: string }) => s.key === 'strengths');
    expect(strengths).toMatchObject({ evidenceChanged: false, edit: { text: 'Toimittajan vahvuudet.' } });
  });

  it('through the API keeps the edit and counts a version', async () => {
    const report = await newReport('fi', '005');
    await save(report.id, 1, { action: 'editSection', section: 'glance', text: 'Oma yleiskuva.' });
    const res = await editor('POST', `${BASE}/${report.id}/recompute`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(3);
    expect(res.body.content.sections[0]).toMatchObject({ key: 'glance', edit: { text: 'Oma yleiskuva.' } });
  });
});
