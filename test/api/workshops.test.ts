import { describe, expect, it } from 'vitest';
import { caller, testApp } from '../db.js';
import { BASE, phaseOf, workshopWorld, type Board } from '../support/workshops.js';

const {
  app,
  db,
  editor,
  viewer,
  stranger,
  strategyId,
  bearer,
  newWorkshop,
  openPhase,
  join,
  participant,
  readEvents,
} = await workshopWorld();

describe('a workshop', () => {
  it('is prepared from the template with its phases in three languages, as a draft with a join code', async () => {
    const board = await newWorkshop();
    expect(board.workshop).toMatchObject({ status: 'draft', voteBudget: 5, canEdit: true });
    expect(board.workshop.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(board.phases.map((p) => p.kind)).toEqual([
      'current_state',
      'vision',
      'ideas',
      'grouping',
      'voting',
      'commitments',
    ]);
    expect(board.phases[0]).toMatchObject({
      titleFi: 'Nykytila',
      titleSv: 'Nuläge',
      titleEn: 'Current state',
      status: 'pending',
    });
    const audited = await db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', board.workshop.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain('create');
  });

  it('is run by editors only: a reader watches, another workspace does not find it', async () => {
    const board = await newWorkshop();
    const id = board.workshop.id;
    const read = await viewer('GET', `${BASE}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.workshop.canEdit).toBe(false);
    expect((await viewer('PATCH', `${BASE}/${id}`, { voteBudget: 3 })).status).toBe(403);
    expect((await viewer('POST', `${BASE}/${id}/phases/${phaseOf(board, 'ideas')}/open`)).status).toBe(403);
    expect((await viewer('POST', `${BASE}/${id}/groups`, { title: 'Osaaminen' })).status).toBe(403);
    expect((await stranger('GET', `${BASE}/${id}`)).status).toBe(404);
    expect((await stranger('GET', `${BASE}/${id}/stream`)).status).toBe(404);
    expect((await stranger('GET', `${BASE}?strategyId=${strategyId}`)).body.data).toEqual([]);
    expect((await caller(app, null)('GET', `${BASE}/${id}`)).status).toBe(404);
    expect((await viewer('POST', BASE, { strategyId, titleFi: 'Ei' })).status).toBe(403);
  });
});

describe('joining by code', () => {
  it('answers a wrong, a not yet open and a closed code clearly', async () => {
    const anyone = caller(app, null);
    expect((await anyone('GET', '/api/v1/join/ZZZZZZ')).body.error.code).toBe('workshop_not_found');
    expect((await anyone('GET', '/api/v1/join/0')).status).toBe(404);
    const board = await newWorkshop();
    const code = board.workshop.joinCode;
    const draft = await anyone('GET', `/api/v1/join/${code}`);
    expect([draft.status, draft.body.error.code]).toEqual([409, 'workshop_not_open']);
    await openPhase(board, 'current_state');
    const open = await anyone('GET', `/api/v1/join/${code.toLowerCase()}`);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ workshop: { status: 'open' }, phase: { kind: 'current_state' } });
    expect(open.body.workshop.joinCode).toBeUndefined();
    await editor('PATCH', `${BASE}/${board.workshop.id}`, { status: 'closed' });
    const closed = await anyone('POST', `/api/v1/join/${code}`, { displayName: 'Anna', consent: true });
    expect([closed.status, closed.body.error.code]).toEqual([410, 'workshop_closed']);
  });

  it('needs consent, keeps only a hash of the secret, and takes the secret only as a header', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const code = board.workshop.joinCode;
    expect((await caller(app, null)('POST', `/api/v1/join/${code}`, { displayName: 'Anna' })).status).toBe(
      400,
    );
    const res = await caller(app, null)('POST', `/api/v1/join/${code}`, {
      displayName: 'Anna',
      consent: true,
    });
    const stored = await db
      .selectFrom('workshopParticipants')
      .select('tokenHash')
      .where('id', '=', res.body.participantId)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(res.body.token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const noHeader = await caller(app, null)('GET', `/api/v1/join/${code}/state`);
    expect([noHeader.status, noHeader.body.error.code]).toEqual([401, 'participant_unknown']);
    expect((await participant(code, 'wsp_wrong')('GET', '/state')).status).toBe(401);
  });

  it('is rate-limited per address', async () => {
    const limited = await testApp({ security: { workshopJoinsPerIp: 3 } });
    const anyone = caller(limited.app, null);
    for (let i = 0; i < 3; i++) expect((await anyone('GET', '/api/v1/join/ABCDEF')).status).toBe(404);
    const refused = await anyone('GET', '/api/v1/join/ABCDEF');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });

  it('counts made-up participant secrets against the address, not each as a participant of its own', async () => {
    const small = await workshopWorld(4);
    const board = await small.newWorkshop();
    await small.openPhase(board, 'ideas');
    const code = board.workshop.joinCode;
    const anna = await small.join(code, 'Anna');
    expect((await anna.as('GET', '/state')).status).toBe(200);
    for (const secret of [
      'wsp_made_up_1',
      'wsp_made_up_2',
      'wsp_made_up_2',
      'wsp_made_up_3',
      'wsp_made_up_4',
    ])
      expect((await small.participant(code, secret)('GET', '/state')).status).toBe(401);
    // Four different wrong secrets (the repeated one counted once) use up the address, joins apart.
    const refused = await anna.as('GET', '/state');
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
  });
});

describe('the current-state phase', () => {
  it("shows participants the picture of the strategy's town at a glance, from public data, in their language", async () => {
    for (const [nameFi, visibility] of [
      ['Savonlinnan Sahat Oy', 'public'],
      ['Julkinen Teknologia Oy', 'public'],
      ['Salainen Puu Oy', 'private'],
    ]) {
      const made = await editor('POST', '/api/v1/organisations', {
        nameFi,
        kind: 'company',
        visibility,
        municipalityCode: '740',
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
    const board = await newWorkshop();
    await openPhase(board, 'current_state');
    const maija = await join(board.workshop.joinCode, 'Maija');
    const fi = await maija.as('GET', '/current-state?lang=fi');
    expect(fi.status, JSON.stringify(fi.body)).toBe(200);
    expect(fi.body.scope).toBe('municipality');
    // Two public companies; the private one is not counted for someone without an account.
    expect(fi.body.findings[0]).toMatch(/\b2 toimijaa\b/);
    expect(fi.body.findings.join(' ')).not.toContain('Salainen');
    const sv = await maija.as('GET', '/current-state?lang=sv');
    expect(sv.body.findings[0]).toMatch(/\b2 aktörer\b/);
    const none = await participant(board.workshop.joinCode, 'wsp_wrong')('GET', '/current-state');
    expect(none.status).toBe(401);
  });
});

describe('ideas and the live stream', () => {
  it('arrive on the stream, and a reconnect with Last-Event-ID replays only what was missed', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const id = board.workshop.id;
    const anna = await join(board.workshop.joinCode, 'Anna');
    const first = await anna.as('POST', '/ideas', { text: 'Yhteinen osaamiskeskus' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const seen = await readEvents(`${BASE}/${id}/stream`, 4, bearer);
    expect(seen.map((e) => e.event)).toEqual([
      'phase-changed',
      'workshop-changed',
      'participant-joined',
      'idea-added',
    ]);
    const lastSeen = seen.at(-1)!.id;
    await anna.as('POST', '/ideas', { text: 'Kesäyrittäjien verkosto' });
    await editor('POST', `${BASE}/${id}/ideas`, {
      text: 'Matkailun datahanke',
      phaseId: phaseOf(board, 'ideas'),
    });
    const replay = await readEvents(`${BASE}/${id}/stream`, 2, {
      ...bearer,
      'last-event-id': String(lastSeen),
    });
    expect(replay.map((e) => (e.data.idea as { text: string }).text)).toEqual([
      'Kesäyrittäjien verkosto',
      'Matkailun datahanke',
    ]);
    const byQuery = await readEvents(`${BASE}/${id}/stream?lastEventId=${replay[0]!.id}`, 1, bearer);
    expect(byQuery.map((e) => e.id)).toEqual([replay[1]!.id]);
  });

  it('wakes a waiting stream when a change commits', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'vision');
    const anna = await join(board.workshop.joinCode, 'Anna');
    const from = (await editor('GET', `${BASE}/${board.workshop.id}`)).body.lastEventId;
    const waiting = readEvents(`${BASE}/${board.workshop.id}/stream?lastEventId=${from}`, 1, bearer, 3000);
    await new Promise((r) => setTimeout(r, 200));
    const posted = Date.now();
    await anna.as('POST', '/ideas', { text: 'Saimaa tunnetaan kiertotalouden kokeilualustana' });
    const [event] = await waiting;
    expect(event?.event).toBe('idea-added');
    expect(Date.now() - posted).toBeLessThan(2500);
  });

  it('is refused when no idea phase is open; the participant stream tells phases only', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'current_state');
    const anna = await join(board.workshop.joinCode, 'Anna');
    const refused = await anna.as('POST', '/ideas', { text: 'Liian aikaisin' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'ideas_closed']);
    const secret = (
      await caller(app, null)('POST', `/api/v1/join/${board.workshop.joinCode}`, {
        displayName: 'Eero',
        consent: true,
      })
    ).body.token;
    const events = await readEvents(
      `/api/v1/join/${board.workshop.joinCode}/stream`,
      3,
      { 'x-workshop-participant': secret },
      1500,
    );
    expect(events.map((e) => e.event)).toEqual(['phase-changed', 'workshop-changed']);
  });
});

describe('the dot vote', () => {
  async function votingWorkshop(budget: number, ideas: number) {
    const board = await newWorkshop(budget);
    await openPhase(board, 'ideas');
    const anna = await join(board.workshop.joinCode, 'Anna');
    for (let i = 0; i < ideas; i++) await anna.as('POST', '/ideas', { text: `Idea ${i + 1}` });
    const voting = await openPhase(board, 'voting');
    return { board: voting, anna };
  }

  it('counts dots against the budget, shows no authors, and answers a closed vote clearly', async () => {
    const { board, anna } = await votingWorkshop(5, 3);
    const [a, b] = board.ideas;
    const state = await anna.as('GET', '/state');
    expect(state.body.ideas).toHaveLength(3);
    expect(JSON.stringify(state.body.ideas)).not.toContain('Anna');
    expect(state.body.ideas[0].participantId).toBeUndefined();
    expect((await anna.as('PUT', `/votes/${a!.id}`, { dots: 3 })).body).toEqual({ dotsLeft: 2 });
    const over = await anna.as('PUT', `/votes/${b!.id}`, { dots: 3 });
    expect([over.status, over.body.error.code]).toEqual([409, 'vote_budget_exceeded']);
    expect((await anna.as('PUT', `/votes/${a!.id}`, { dots: 1 })).body).toEqual({ dotsLeft: 4 });
    expect((await anna.as('PUT', `/votes/${b!.id}`, { dots: 4 })).body).toEqual({ dotsLeft: 0 });
    const totals = (await editor('GET', `${BASE}/${board.workshop.id}`)).body as Board;
    expect(totals.ideas.map((i) => i.dots)).toEqual([1, 4, 0]);
    await editor('POST', `${BASE}/${board.workshop.id}/phases/${phaseOf(board, 'voting')}/close`);
    const closed = await anna.as('PUT', `/votes/${a!.id}`, { dots: 0 });
    expect([closed.status, closed.body.error.code]).toEqual([409, 'voting_closed']);
  });

  it('never passes the budget when one participant votes many times at once', async () => {
    const { board, anna } = await votingWorkshop(5, 12);
    const answers = await Promise.all(board.ideas.map((i) => anna.as('PUT', `/votes/${i.id}`, { dots: 2 })));
    const ok = answers.filter((r) => r.status === 200).length;
    expect(ok).toBe(2);
    expect(
      answers.filter((r) => r.status === 409).every((r) => r.body.error.code === 'vote_budget_exceeded'),
    ).toBe(true);
    const used = await db
      .selectFrom('workshopVotes')
      .select((eb) => eb.fn.sum<string>('dots').as('d'))
      .where('workshopId', '=', board.workshop.id)
      .executeTakeFirstOrThrow();
    expect(Number(used.d)).toBe(4);
  });

  it('refuses a budget below the dots a participant has already given, naming the most given', async () => {
    const { board, anna } = await votingWorkshop(8, 2);
    const [a, b] = board.ideas;
    await anna.as('PUT', `/votes/${a!.id}`, { dots: 4 });
    await anna.as('PUT', `/votes/${b!.id}`, { dots: 2 });
    const id = board.workshop.id;
    const lower = await editor('PATCH', `${BASE}/${id}`, { voteBudget: 5 });
    expect([lower.status, lower.body.error.code]).toEqual([409, 'vote_budget_below_votes']);
    expect(lower.body.error.details).toEqual([{ path: 'voteBudget', message: '6' }]);
    expect((await anna.as('GET', '/state')).body.dotsLeft).toBe(2);
    const enough = await editor('PATCH', `${BASE}/${id}`, { voteBudget: 6 });
    expect([enough.status, enough.body.workshop.voteBudget]).toEqual([200, 6]);
    expect((await anna.as('GET', '/state')).body.dotsLeft).toBe(0);
  });
});

describe('erasure', () => {
  it('by the facilitator removes the participant, their ideas, votes and stream rows, audited without the name', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const id = board.workshop.id;
    const anna = await join(board.workshop.joinCode, 'Anna Esimerkki');
    await anna.as('POST', '/ideas', { text: 'Annan idea' });
    expect((await viewer('DELETE', `${BASE}/${id}/participants/${anna.id}`)).status).toBe(403);
    expect((await editor('DELETE', `${BASE}/${id}/participants/${anna.id}`)).status).toBe(204);
    const after = (await editor('GET', `${BASE}/${id}`)).body as Board;
    expect(after.participants).toEqual([]);
    expect(after.ideas).toEqual([]);
    const log = await db
      .selectFrom('workshopStream')
      .select('payload')
      .where('workshopId', '=', id)
      .execute();
    expect(JSON.stringify(log)).not.toContain('Anna');
    const audit = await db.selectFrom('auditLog').select('detail').where('entityId', '=', id).execute();
    expect(JSON.stringify(audit)).not.toContain('Anna');
    expect((await anna.as('GET', '/state')).status).toBe(401);
  });

  it('tells the screens the dots left on the ideas the erased participant had voted for', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const anna = await join(board.workshop.joinCode, 'Anna Esimerkki');
    const ben = await join(board.workshop.joinCode, 'Ben Esimerkki');
    const shared = (await ben.as('POST', '/ideas', { text: 'Yhteinen tila' })).body.id as string;
    const hers = (await ben.as('POST', '/ideas', { text: 'Vain Annan ääni' })).body.id as string;
    await openPhase(board, 'voting');
    expect((await anna.as('PUT', `/votes/${shared}`, { dots: 2 })).status).toBe(200);
    expect((await anna.as('PUT', `/votes/${hers}`, { dots: 1 })).status).toBe(200);
    expect((await ben.as('PUT', `/votes/${shared}`, { dots: 1 })).status).toBe(200);
    expect((await anna.as('DELETE', '/me')).status).toBe(204);
    const erased = await db
      .selectFrom('workshopStream')
      .select('payload')
      .where('workshopId', '=', board.workshop.id)
      .where('type', '=', 'participant-erased')
      .executeTakeFirstOrThrow();
    const { dots } = erased.payload as { dots: { ideaId: string; dots: number }[] };
    expect([...dots].sort((a, b) => b.dots - a.dots)).toEqual([
      { ideaId: shared, dots: 1 },
      { ideaId: hers, dots: 0 },
    ]);
  });

  it("ends the erased participant's own stream, so that their phone learns it at once", async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const code = board.workshop.joinCode;
    const joined = await caller(app, null)('POST', `/api/v1/join/${code}`, {
      displayName: 'Eero',
      consent: true,
    });
    const res = await app.request(`/api/v1/join/${code}/stream`, {
      headers: { 'x-workshop-participant': joined.body.token },
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();
    const erase = await editor(
      'DELETE',
      `${BASE}/${board.workshop.id}/participants/${joined.body.participantId}`,
    );
    expect(erase.status).toBe(204);
    const ended = async () => {
      while (!(await reader.read()).done);
      return true;
    };
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 4000));
    const result = await Promise.race([ended(), late]);
    await reader.cancel();
    expect(result).toBe(true);
  });

  it('by the participant themself, also after the workshop has closed', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const eero = await join(board.workshop.joinCode, 'Eero');
    await eero.as('POST', '/ideas', { text: 'Eeron idea' });
    await editor('PATCH', `${BASE}/${board.workshop.id}`, { status: 'closed' });
    expect((await eero.as('DELETE', '/me')).status).toBe(204);
    expect(((await editor('GET', `${BASE}/${board.workshop.id}`)).body as Board).ideas).toEqual([]);
  });
});

describe('groups', () => {
  it('gather ideas with their dots; removing a group leaves its ideas ungrouped', async () => {
    const board = await newWorkshop();
    const id = board.workshop.id;
    const idea = await editor('POST', `${BASE}/${id}/ideas`, {
      text: 'Satama',
      phaseId: phaseOf(board, 'ideas'),
    });
    const group = await editor('POST', `${BASE}/${id}/groups`, { title: 'Saavutettavuus' });
    expect(group.status).toBe(201);
    const moved = await editor('PUT', `${BASE}/${id}/ideas/${idea.body.id}/group`, {
      groupId: group.body.id,
    });
    expect(moved.body.groupId).toBe(group.body.id);
    expect(
      (await editor('PATCH', `${BASE}/${id}/groups/${group.body.id}`, { title: 'Liikenne' })).body.title,
    ).toBe('Liikenne');
    expect((await editor('DELETE', `${BASE}/${id}/groups/${group.body.id}`)).status).toBe(204);
    const after = (await editor('GET', `${BASE}/${id}`)).body as Board;
    expect(after.groups).toEqual([]);
    expect(after.ideas[0]!.groupId).toBeNull();
  });
});
