import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const { app, db, call, anonymous, admin } = await testApp();
await loadDemoWorld(db);

const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];

describe('situational pictures of the demo world', () => {
  it.each(TOWNS)('municipality %s has a picture with its network measures', async (code) => {
    const res = await call('GET', `/api/v1/pictures?scope=municipality&id=${code}`);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'municipality', id: code });
    expect(res.body.network.actors.length).toBeGreaterThan(0);
    for (const a of res.body.network.actors) {
      expect(a).toEqual(
        expect.objectContaining({
          organisationId: expect.any(String),
          name: expect.any(String),
          degree: expect.any(Number),
          weightedDegree: expect.any(Number),
          pagerank: expect.any(Number),
          betweenness: expect.any(Number),
        }),
      );
    }
    expect(typeof res.body.network.modularity).toBe('number');
  });

  it.each(TOWNS)(
    'municipality %s lists a strength with its evidence, marked as read from example data',
    async (code) => {
      const picture = (await call('GET', `/api/v1/pictures?scope=municipality&id=${code}`)).body;
      expect(picture.strengths.length).toBeGreaterThan(0);
      for (const strength of picture.strengths) {
        const kinds = strength.evidence.map((e: { kind: string }) => e.kind);
        expect(kinds).toContain('specialisation');
        expect(kinds).toContain('size');
        expect(strength.score).toBeGreaterThan(0);
      }
      expect(picture.network.brokers.length).toBeGreaterThan(0);
      expect(picture.network.communities.length).toBeGreaterThan(1);
      expect(picture.includesExamples).toBe(true);
    },
  );

  it('the town network has a picture with its towns side by side', async () => {
    const res = await call(
      'GET',
      '/api/v1/pictures?scope=network&id=seutukaupunkien-innovaatioekosysteemiverkosto',
    );
    expect(res.status).toBe(200);
    expect(res.body.network.actors.length).toBeGreaterThanOrEqual(9); // Naturpolis stands for two towns
    expect(res.body.peers.map((p: { scope: { id: string } }) => p.scope.id).sort()).toEqual(
      [...TOWNS].sort(),
    );
  });

  it('each town beside the network has the figures of its own picture', async () => {
    // The towns are read together and split by town: each must come out as its own picture counts it.
    const network = await call(
      'GET',
      '/api/v1/pictures?scope=network&id=seutukaupunkien-innovaatioekosysteemiverkosto',
    );
    for (const peer of network.body.peers as { scope: { id: string } }[]) {
      const own = await call('GET', `/api/v1/pictures?scope=municipality&id=${peer.scope.id}`);
      expect(peer, peer.scope.id).toEqual(own.body.headline);
    }
  });

  it("Savonlinna's forest bioeconomy ecosystem and the Pohjois-Savo region have pictures", async () => {
    expect((await call('GET', '/api/v1/pictures?scope=ecosystem&id=savonlinnan-metsabiotalous')).status).toBe(
      200,
    );
    expect((await call('GET', '/api/v1/pictures?scope=region&id=11')).status).toBe(200);
  });

  it('computes from what the caller may see, and answers 404 for unknown scopes', async () => {
    const open = await anonymous('GET', '/api/v1/pictures?scope=municipality&id=740');
    const full = await call('GET', '/api/v1/pictures?scope=municipality&id=740');
    expect(open.body.network.actors.length).toBeLessThanOrEqual(full.body.network.actors.length);
    expect((await call('GET', '/api/v1/pictures?scope=municipality&id=999')).status).toBe(404);
    expect((await call('GET', '/api/v1/pictures?scope=network&id=no-such-network')).status).toBe(404);
    expect((await call('GET', '/api/v1/pictures?scope=planet&id=1')).status).toBe(400);
  });
});

describe('snapshots and change', () => {
  it('saves a dated snapshot and shows what changed since', async () => {
    // Private: the snapshot's readers are the workspace's members, who see its new private organisation.
    const saved = await call(
      'POST',
      '/api/v1/pictures/snapshots?scope=municipality&id=740&visibility=private',
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const list = await call('GET', '/api/v1/pictures/snapshots?scope=municipality&scopeId=740');
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(saved.body.id);
    const org = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'Uusi Saha Oy',
      municipalityCode: '740',
      tolCode: '16100',
    });
    const changes = await call(
      'GET',
      `/api/v1/pictures/changes?scope=municipality&id=740&since=${saved.body.id}`,
    );
    expect(changes.status, JSON.stringify(changes.body).slice(0, 300)).toBe(200);
    expect(changes.body.actors.added.map((a: { organisationId: string }) => a.organisationId)).toContain(
      org.body.id,
    );
    // the written picture says it at a glance, in the report
    const report = await call('GET', '/api/v1/pictures/report?scope=municipality&id=740&format=html&lang=en');
    expect(String(report.body)).toMatch(/Since the previous picture \([^)]*\), \d+ actors? joined/);
    expect((await anonymous('POST', '/api/v1/pictures/snapshots?scope=municipality&id=740')).status).toBe(
      401,
    );
  });
});

describe('reports a town can edit further', () => {
  const unzipNames = async (bytes: Uint8Array) => {
    const yauzl = await import('yauzl');
    return new Promise<string[]>((resolve, reject) =>
      yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
        if (err || !zip) return reject(err);
        const names: string[] = [];
        zip.on('entry', (e: { fileName: string }) => {
          names.push(e.fileName);
          zip.readEntry();
        });
        zip.on('end', () => resolve(names));
        zip.readEntry();
      }),
    );
  };
  const fetchReport = async (q: string) => {
    const res = await app.request(`/api/v1/pictures/report?${q}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };

  it('gives every seed town a Word report with the proposals the town wrote', async () => {
    const proposal = await call('POST', '/api/v1/picture-proposals', {
      scopeKind: 'municipality',
      scopeId: '740',
      titleFi: 'ECCP-profiili',
      bodyFi: 'Viedään metsäbiotalouden ekosysteemi ECCP-alustalle',
    });
    expect(proposal.status).toBe(201);
    for (const code of TOWNS) {
      const docx = await fetchReport(`scope=municipality&id=${code}&format=docx`);
      expect(docx.status).toBe(200);
      expect(docx.type).toContain('wordprocessingml');
      expect(await unzipNames(docx.bytes)).toContain('word/document.xml');
    }
    const html = await fetchReport('scope=municipality&id=740&format=html&lang=sv');
    const text = new TextDecoder().decode(html.bytes);
    expect(text).toContain('<html lang="sv">');
    expect(text).toContain('ECCP-profiili');
    expect(text).toContain('<svg');
    // computed partly from the demo's example data, and the report says so
    expect(text).toContain('Exempeldata: lägesbilden är delvis beräknad på fiktiva exempeluppgifter');
  });

  it('gives the tables as Excel with formulas escaped', async () => {
    await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: '=HYPERLINK("http://evil")',
      municipalityCode: '740',
    });
    const xlsx = await fetchReport('scope=municipality&id=740&format=xlsx');
    expect(xlsx.type).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as never);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value))));
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(values.some((v) => typeof v === 'string' && v.includes('HYPERLINK') && !v.startsWith('='))).toBe(
      true,
    );
  });
});
