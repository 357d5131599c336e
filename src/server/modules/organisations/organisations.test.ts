import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';

const { call } = await testApp();

describe('organisations API', () => {
  it('creates, reads, updates, lists, searches and deletes an organisation', async () => {
    const created = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'Savonlinnan Puutuote Oy',
      businessId: '2532004-3',
      tolCode: '16100',
      municipalityCode: '740',
      descriptionFi: 'Sahatavaraa ja puutuotteita kaupungeissa',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'company',
      businessId: '2532004-3',
      regionCode: '10',
      industry: { code: '16100', divisionCode: '16', sectionCode: 'C' },
      sizeClass: 'unknown',
      isPublic: false,
    });
    const id = created.body.id as string;

    expect((await call('GET', `/api/v1/organisations/${id}`)).body.nameFi).toBe('Savonlinnan Puutuote Oy');

    const updated = await call('PATCH', `/api/v1/organisations/${id}`, { nameSv: 'Nyslotts Träprodukt Ab' });
    expect(updated.status).toBe(200);
    expect(updated.body.nameSv).toBe('Nyslotts Träprodukt Ab');
    expect(updated.body.nameFi).toBe('Savonlinnan Puutuote Oy');

    // Finnish stemming: "kaupungit" matches "kaupungeissa", "sahatavara" "sahatavaraa"; prefixes as you type
    expect((await call('GET', '/api/v1/organisations?q=kaupungit')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/organisations?q=sahatavara')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/organisations?q=puutuo')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/organisations?q=träprodukter')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/organisations?q=metalli')).body.total).toBe(0);
    expect((await call('GET', '/api/v1/organisations?regionCode=10&tolSection=C')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/organisations?regionCode=11')).body.total).toBe(0);

    expect((await call('DELETE', `/api/v1/organisations/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/organisations/${id}`)).status).toBe(404);
  });

  it('rejects a wrong business ID, unknown fields and unknown references with field errors', async () => {
    const bad = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'X',
      businessId: '1234567-8',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.details[0].path).toBe('businessId');

    const extra = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'X',
      id: 'mine',
      createdBy: 'me',
    });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body)).not.toContain('stack');

    const unknownMunicipality = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'X',
      municipalityCode: '999',
    });
    expect(unknownMunicipality.status).toBe(422);
    expect(unknownMunicipality.body.error.details[0].path).toBe('municipalityCode');

    const unknownIndustry = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'X',
      tolCode: '04100',
    });
    expect(unknownIndustry.status).toBe(422);
  });

  it('refuses a duplicate business ID with 409', async () => {
    const first = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'A',
      businessId: '0201256-6',
    });
    expect(first.status).toBe(201);
    const second = await call('POST', '/api/v1/organisations', {
      kind: 'company',
      nameFi: 'B',
      businessId: '0201256-6',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details[0].path).toBe('businessId');
  });

  it('pages with a cursor without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++)
      await call('POST', '/api/v1/organisations', { kind: 'rdi', nameFi: `Sivu ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { nameFi: string }[]; nextCursor: string | null } } = await call(
        'GET',
        `/api/v1/organisations?kind=rdi&limit=3&sort=-nameFi${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((o) => o.nameFi));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Sivu 6', 'Sivu 5', 'Sivu 4', 'Sivu 3', 'Sivu 2', 'Sivu 1', 'Sivu 0']);
    expect((await call('GET', '/api/v1/organisations?cursor=garbage')).status).toBe(400);
    expect((await call('GET', '/api/v1/organisations?nonsense=1')).status).toBe(400);
  });

  it('sorts names in Finnish alphabetical order (å, ä, ö after z; case-insensitive)', async () => {
    for (const nameFi of ['Öljy Oy', 'Åbo Ab', 'Ähtärin Paja', 'Zeta Oy', 'alfa oy']) {
      await call('POST', '/api/v1/organisations', { kind: 'association', nameFi });
    }
    const names = (await call('GET', '/api/v1/organisations?kind=association&limit=2')).body;
    const next = (
      await call('GET', `/api/v1/organisations?kind=association&limit=10&cursor=${names.nextCursor}`)
    ).body;
    expect([...names.items, ...next.items].map((o: { nameFi: string }) => o.nameFi)).toEqual([
      'alfa oy',
      'Zeta Oy',
      'Åbo Ab',
      'Ähtärin Paja',
      'Öljy Oy',
    ]);
  });
});
