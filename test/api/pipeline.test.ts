import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** The contact pipeline (issue 15): cards by stage, moves with their log, due dates, privacy. */
const NOW = new Date('2026-12-07T10:00:00Z');
const { app, db, call } = await testApp({ now: () => NOW });
const f = new Factory(call);
const account = async (email: string, workspace: string) => {
  const granted = await grantToken(db, { email, workspace, role: 'editor' });
  await db
    .updateTable('users')
    .set({ displayName: email.split('@')[0] })
    .where('id', '=', granted.userId)
    .execute();
  return { id: granted.userId, call: caller(app, granted.token) };
};
const anna = await account('anna@iisalmi.example', 'iisalmi');
const olli = await account('olli@iisalmi.example', 'iisalmi');
const raahe = await account('rita@raahe.example', 'raahe');

const municipality = await db
  .selectFrom('municipalities')
  .select('code')
  .where('code', '=', '140')
  .executeTakeFirst();
const organisation = (nameFi: string, extra: Record<string, unknown> = {}) =>
  f.id('organisations', {
    nameFi,
    visibility: 'public',
    municipalityCode: municipality?.code ?? null,
    ...extra,
  });
const need = await f.post('competences', {
  slug: 'puunkuivaus',
  nameFi: 'Puunkuivaus',
  nameEn: 'Wood drying',
  visibility: 'public',
});

const addContact = async (who = anna, extra: Record<string, unknown> = {}) => {
  const res = await who.call('POST', `${API}/contacts`, {
    organisationId: await organisation(`Oy ${Math.random().toString(36).slice(2, 8)}`),
    ownerId: who.id,
    competenceId: need.id,
    nextStep: 'Soitto toimitusjohtajalle',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; organisationId: string; visibility: string };
};

type Card = { id: string; stage: string; organisation: { nameFi: string; town: { nameFi: string } | null } };
type Board = { stages: { stage: string; cards: Card[] }[] };
type Entry = { kind: string; fromStage: string | null; toStage: string | null; body: string };
const log = async (id: string) =>
  ((await anna.call('GET', `${API}/contacts/${id}/activities`)).body as { items: Entry[] }).items;
const stageOf = async (id: string) =>
  ((await anna.call('GET', `${API}/contacts/${id}`)).body as { stage: string }).stage;

describe('the board', () => {
  it('groups the workspace’s cards by stage, in the stages’ order, with names rather than ids', async () => {
    const made = await addContact(anna, { nextStepOn: '2026-12-09' });
    const board = (await anna.call('GET', `${API}/pipeline?ownerId=${anna.id}&competenceId=${need.id}`))
      .body as Board;
    expect(board.stages.map((s) => s.stage)).toEqual([
      'to_contact',
      'contacted',
      'meeting',
      'partner',
      'not_now',
    ]);
    const card = board.stages[0]!.cards.find((c) => c.id === made.id);
    expect(card).toMatchObject({
      stage: 'to_contact',
      nextStep: 'Soitto toimitusjohtajalle',
      nextStepOn: '2026-12-09',
      owner: { id: anna.id, name: 'anna' },
      need: { id: need.id, nameFi: 'Puunkuivaus', nameEn: 'Wood drying' },
      lastActivity: null,
    });
    if (municipality) expect(card!.organisation.town?.nameFi).toBe('Iisalmi');
    const others = (await anna.call('GET', `${API}/pipeline?ownerId=${olli.id}`)).body as Board;
    expect(others.stages.flatMap((s) => s.cards).map((c) => c.id)).not.toContain(made.id);
  });

  it('refuses an owner who is not a user of the workspace, naming the field', async () => {
    const res = await anna.call('POST', `${API}/contacts`, {
      organisationId: await organisation('Vieras Oy'),
      ownerId: raahe.id,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('ownerId');
  });
});

describe('moving a card', () => {
  it('logs from → to with the note in the same step, and audits it', async () => {
    const made = await addContact();
    const moved = await anna.call('POST', `${API}/contacts/${made.id}/stage`, {
      stage: 'meeting',
      note: 'Tapaaminen sovittu tammikuulle',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await stageOf(made.id)).toBe('meeting');
    expect(await log(made.id)).toMatchObject([
      {
        kind: 'stage_change',
        fromStage: 'to_contact',
        toStage: 'meeting',
        body: 'Tapaaminen sovittu tammikuulle',
      },
    ]);
    const audited = await db
      .selectFrom('auditLog')
      .select('detail')
      .where('action', '=', 'stage')
      .where('entityId', '=', made.id)
      .execute();
    expect(audited.map((a) => a.detail)).toMatchObject([{ from: 'to_contact', to: 'meeting' }]);
  });

  it('refuses a stage that does not exist, naming the field', async () => {
    const made = await addContact();
    const res = await anna.call('POST', `${API}/contacts/${made.id}/stage`, { stage: 'declined' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['stage']);
    expect(await log(made.id)).toEqual([]);
  });

  it('keeps both of two simultaneous moves in the log, and the later one as the stage', async () => {
    for (let round = 0; round < 5; round++) {
      const made = await addContact();
      const [a, b] = await Promise.all([
        anna.call('POST', `${API}/contacts/${made.id}/stage`, { stage: 'contacted', note: 'Anna soitti' }),
        olli.call('POST', `${API}/contacts/${made.id}/stage`, {
          stage: 'not_now',
          note: 'Olli sai kieltävän',
        }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const entries = (await log(made.id)).reverse();
      expect(entries.map((e) => e.body).sort()).toEqual(['Anna soitti', 'Olli sai kieltävän']);
      // The moves took turns: the second started from where the first left the card, and is its stage.
      const [first, second] = entries as [Entry, Entry];
      expect(first.fromStage).toBe('to_contact');
      expect(second.fromStage).toBe(first.toStage);
      expect(await stageOf(made.id)).toBe(second.toStage);
    }
  });
});

describe('the activity log', () => {
  it('takes calls, e-mails, meetings and notes, but a stage change only from a move', async () => {
    const made = await addContact();
    const call = await anna.call('POST', `${API}/contacts/${made.id}/activities`, {
      kind: 'call',
      body: 'Soitettu, lähettävät esittelyn',
      occurredAt: '2026-12-04T09:30:00+02:00',
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    expect(call.body).toMatchObject({ kind: 'call', occurredAt: '2026-12-04T07:30:00.000Z' });
    const fake = await anna.call('POST', `${API}/contacts/${made.id}/activities`, {
      kind: 'stage_change',
      body: 'x',
    });
    expect(fake.status).toBe(400);
    expect(fake.body.error.details[0].path).toBe('kind');
    const generic = await anna.call('POST', `${API}/notes`, {
      contactId: made.id,
      body: 'x',
      kind: 'stage_change',
    });
    expect(generic.status).toBe(400);
    const board = (await anna.call('GET', `${API}/pipeline`)).body as Board;
    const card = board.stages.flatMap((s) => s.cards).find((c) => c.id === made.id);
    expect(card).toMatchObject({ lastActivity: { kind: 'call' } });
  });
});

describe('due this week', () => {
  it('lists the caller’s own open contacts due within the days asked, overdue first', async () => {
    const overdue = await addContact(anna, { nextStepOn: '2026-12-01' });
    const soon = await addContact(anna, { nextStepOn: '2026-12-14' });
    const later = await addContact(anna, { nextStepOn: '2026-12-15' });
    const closed = await addContact(anna, { nextStepOn: '2026-12-08', stage: 'partner' });
    const olliS = await addContact(olli, { nextStepOn: '2026-12-08' });
    const due = await anna.call('GET', `${API}/pipeline/due?days=7`);
    expect(due.status).toBe(200);
    expect(due.body).toMatchObject({ today: '2026-12-07', until: '2026-12-14' });
    const ids = (due.body.items as Card[]).map((c) => c.id);
    expect(ids.indexOf(overdue.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(soon.id));
    for (const hidden of [later, closed, olliS]) expect(ids).not.toContain(hidden.id);
  });
});

describe('a card added from partner search', () => {
  it('belongs to whoever adds it and falls due within a week, so it reaches their due list', async () => {
    const added = await anna.call('POST', `${API}/contacts`, {
      organisationId: await organisation('Hakutulos Oy'),
      stage: 'to_contact',
      reason: 'Osaamistarve: puunkuivaus',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ ownerId: anna.id, nextStepOn: '2026-12-14', visibility: 'private' });
    const due = await anna.call('GET', `${API}/pipeline/due?days=7`);
    expect((due.body.items as Card[]).map((c) => c.id)).toContain(added.body.id);
  });

  it('keeps an owner and a date given, and gives none to a card past its first contact', async () => {
    const given = await addContact(olli, { nextStepOn: '2027-01-20' });
    expect(given).toMatchObject({ ownerId: olli.id, nextStepOn: '2027-01-20' });
    const partner = await anna.call('POST', `${API}/contacts`, {
      organisationId: await organisation('Kumppani Oy'),
      stage: 'partner',
    });
    expect(partner.body).toMatchObject({ ownerId: anna.id, nextStepOn: null });
    // The installation's admin is no user of Iisalmi's workspace: nobody is made the owner.
    const byAdmin = await call('POST', `${API}/contacts?workspace=iisalmi`, {
      organisationId: await organisation('Ylläpidon Oy'),
    });
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(201);
    expect(byAdmin.body.ownerId).toBeNull();
  });
});

describe('privacy', () => {
  it('keeps pipeline records private to the workspace by default', async () => {
    const made = await addContact();
    expect(made.visibility).toBe('private');
    await anna.call('POST', `${API}/contacts/${made.id}/stage`, {
      stage: 'contacted',
      note: 'Luottamuksellinen',
    });
    const iisalmi = (
      await db.selectFrom('workspaces').select('id').where('slug', '=', 'iisalmi').executeTakeFirstOrThrow()
    ).id;
    expect((await raahe.call('GET', `${API}/contacts/${made.id}`)).status).toBe(404);
    expect((await raahe.call('GET', `${API}/contacts/${made.id}/activities`)).status).toBe(404);
    expect((await raahe.call('POST', `${API}/contacts/${made.id}/stage`, { stage: 'partner' })).status).toBe(
      404,
    );
    expect(
      (await raahe.call('POST', `${API}/contacts/${made.id}/activities`, { kind: 'note', body: 'x' })).status,
    ).toBe(404);
    const theirs = (await raahe.call('GET', `${API}/pipeline?workspaceId=${iisalmi}`)).body as Board;
    expect(theirs.stages.flatMap((s) => s.cards)).toEqual([]);
    const notes = await raahe.call('GET', `${API}/notes?contactId=${made.id}`);
    expect(notes.body.items).toEqual([]);
    expect(await stageOf(made.id)).toBe('contacted');
  });

  it('shows a shared contact to the network only when the workspace shares it', async () => {
    const made = await addContact(anna, { visibility: 'public' });
    expect((await raahe.call('GET', `${API}/contacts/${made.id}`)).status).toBe(200);
    expect((await raahe.call('POST', `${API}/contacts/${made.id}/stage`, { stage: 'partner' })).status).toBe(
      403,
    );
    const refused = await db
      .selectFrom('auditLog')
      .select(['action', 'outcome'])
      .where('entityId', '=', made.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(refused).toEqual([{ action: 'stage', outcome: 'denied' }]);
    expect(await stageOf(made.id)).toBe('to_contact');
  });

  it('answers an organisation the caller cannot read as one that does not exist', async () => {
    const hidden = await raahe.call('POST', `${API}/organisations`, {
      nameFi: 'Raahen salainen Oy',
      kind: 'company',
    });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(201);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [hidden.body.id, missing]) {
      expect((await anna.call('GET', `${API}/pipeline?organisationId=${id}`)).status).toBe(404);
      const add = await anna.call('POST', `${API}/contacts`, { organisationId: id });
      expect(add.status).toBe(422);
      expect(add.body.error.code).toBe('unknown_reference');
    }
  });
});

describe('the person in their role', () => {
  const person = async (fullName: string, visibility: string) => {
    const res = await anna.call('POST', `${API}/people`, {
      fullName,
      lawfulBasis: 'legitimate_interests',
      purpose: 'Yhteydenpito ekosysteemityössä',
      source: 'Yrityksen verkkosivut',
      collectedOn: '2026-01-15',
      visibility,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const role = async (personId: string, organisationId: string, extra: Record<string, unknown>) => {
    const res = await anna.call('POST', `${API}/person-roles`, { personId, organisationId, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };
  type PersonCard = Card & { person: { name: string; role: string | null } | null };
  const cardOf = async (who: typeof anna, id: string) => who.call('GET', `${API}/contacts/${id}/card`);

  it('shows the person by name with their current role in the organisation, on the board and alone', async () => {
    const organisationId = await organisation('Henkilö Oy');
    const maija = await person('Maija Virtanen', 'network');
    await role(maija, organisationId, {
      title: 'Myyntipäällikkö',
      startOn: '2020-01-01',
      endOn: '2024-12-31',
    });
    await role(maija, organisationId, { title: 'Toimitusjohtaja', startOn: '2025-01-01' });
    const made = await addContact(anna, { organisationId, personId: maija });
    const board = (await anna.call('GET', `${API}/pipeline`)).body as { stages: { cards: PersonCard[] }[] };
    const onBoard = board.stages.flatMap((s) => s.cards).find((c) => c.id === made.id);
    expect(onBoard?.person).toEqual({ id: maija, name: 'Maija Virtanen', role: 'Toimitusjohtaja' });
    const alone = await cardOf(anna, made.id);
    expect(alone.status).toBe(200);
    expect(alone.body).toMatchObject({
      id: made.id,
      organisation: { nameFi: 'Henkilö Oy' },
      person: { name: 'Maija Virtanen', role: 'Toimitusjohtaja' },
    });
  });

  it('shows a person without a role in the organisation by name only', async () => {
    const pekka = await person('Pekka Puustinen', 'private');
    const made = await addContact(anna, { personId: pekka });
    expect((await cardOf(anna, made.id)).body.person).toMatchObject({ name: 'Pekka Puustinen', role: null });
  });

  it('leaves out a person the caller may not see, and answers an unreadable card as not found', async () => {
    const organisationId = await organisation('Jaettu Oy');
    const secret = await person('Salainen Henkilö', 'private');
    await role(secret, organisationId, { title: 'Hallituksen jäsen', visibility: 'private' });
    const shared = await addContact(anna, { organisationId, personId: secret, visibility: 'public' });
    const seen = await cardOf(raahe, shared.id);
    expect(seen.status).toBe(200);
    expect(seen.body.person).toBeNull();
    expect(JSON.stringify(seen.body)).not.toContain(secret);
    expect(JSON.stringify(seen.body)).not.toContain('Hallituksen jäsen');
    const closed = await addContact(anna, { personId: secret });
    expect((await cardOf(raahe, closed.id)).status).toBe(404);
    expect((await cardOf(anna, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('the owners a card may have', () => {
  type Owner = { id: string; name: string | null };
  it('lists the workspace’s users by name, never their e-mail addresses', async () => {
    const res = await anna.call('GET', `${API}/pipeline/owners?workspace=iisalmi`);
    expect(res.status).toBe(200);
    const items = res.body.items as Owner[];
    expect(items).toEqual(
      expect.arrayContaining([
        { id: anna.id, name: 'anna' },
        { id: olli.id, name: 'olli' },
      ]),
    );
    expect(items.map((u) => u.id)).not.toContain(raahe.id);
    expect(JSON.stringify(items)).not.toContain('@');
  });

  it('answers a workspace the caller is no user of, or none, as not found', async () => {
    const iisalmi = (
      await db.selectFrom('workspaces').select('id').where('slug', '=', 'iisalmi').executeTakeFirstOrThrow()
    ).id;
    expect((await raahe.call('GET', `${API}/pipeline/owners?workspace=${iisalmi}`)).status).toBe(404);
    expect((await raahe.call('GET', `${API}/pipeline/owners?workspace=iisalmi`)).status).toBe(404);
    expect((await anna.call('GET', `${API}/pipeline/owners?workspace=nowhere`)).status).toBe(404);
    const byId = await anna.call('GET', `${API}/pipeline/owners?workspace=${iisalmi}`);
    expect((byId.body.items as Owner[]).map((u) => u.id)).toContain(olli.id);
  });
});
