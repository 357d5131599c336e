import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/server/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/server/auth/settings.js';
import { caller, grantToken } from '../db.js';
import { BASE, workshopWorld, type Board } from '../support/workshops.js';

/** A signed-in participant's workshop input in their own data export, and gone when the person is erased. */
const { app, db, editor, newWorkshop, openPhase, join } = await workshopWorld();
const EMAIL = 'maija.osallistuja@kunta.example';
const user = await grantToken(db, { email: EMAIL });
const session = await createSession(db, user.userId, { idleMinutes: 60, absoluteHours: 12 }, new Date());
/** A signed-in browser: its session cookie, and on writes the session's CSRF token, as the web app sends it. */
const cookie = {
  cookie: `${SESSION_COOKIE}=${session.token}`,
  origin: 'http://localhost',
  'x-csrf-token': session.csrfToken,
};
const signedIn = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  caller(app, null)(method, path, body, { ...cookie, ...headers });

/** Maija joins signed in, posts an idea and gives it 3 dots; Pekka takes part without an account. */
async function workshopWithMaija() {
  const board = await newWorkshop();
  const code = board.workshop.joinCode;
  await openPhase(board, 'ideas');
  const joined = await signedIn('POST', `/api/v1/join/${code}`, {
    displayName: 'Maija M.',
    organisationName: 'Kehitysyhtiö',
    consent: true,
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  const asMaija = (method: string, path: string, body?: unknown) =>
    signedIn(method, `/api/v1/join/${code}${path}`, body, { 'x-workshop-participant': joined.body.token });
  const idea = await asMaija('POST', '/ideas', { text: 'Yhteinen koekäyttöympäristö' });
  expect(idea.status).toBe(201);
  const pekka = await join(code, 'Pekka');
  expect((await pekka.as('POST', '/ideas', { text: 'Pekan oma idea' })).status).toBe(201);
  await openPhase(board, 'voting');
  expect((await asMaija('PUT', `/votes/${idea.body.id}`, { dots: 3 })).status).toBe(200);
  return { board, participantId: joined.body.participantId as string, pekka };
}

describe('a signed-in participant and their data rights', () => {
  it("puts the workshops they took part in into the user's own export, with only their own input", async () => {
    const { board } = await workshopWithMaija();
    const res = await signedIn('GET', '/api/v1/auth/me/export');
    expect(res.status).toBe(200);
    expect(res.body.workshops).toEqual([
      {
        workshopId: board.workshop.id,
        titleFi: 'Savonlinnan strategiatyöpaja',
        titleSv: null,
        titleEn: null,
        displayName: 'Maija M.',
        organisationName: 'Kehitysyhtiö',
        consentedAt: expect.any(String),
        ideas: [{ text: 'Yhteinen koekäyttöympäristö', createdAt: expect.any(String) }],
        votes: [{ text: 'Yhteinen koekäyttöympäristö', dots: 3 }],
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Pekan oma idea');
  });

  it("erases the workshop input of the account with the erased person's e-mail, and no one else's", async () => {
    const { board, participantId } = await workshopWithMaija();
    const person = await editor('POST', '/api/v1/people', {
      fullName: 'Maija Osallistuja',
      email: EMAIL.toUpperCase(),
      lawfulBasis: 'legitimate_interests',
      purpose: 'Kumppanihaku',
      source: 'Työpaja',
      collectedOn: '2026-12-01',
      retainUntil: '2027-12-31',
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    expect((await editor('POST', `/api/v1/people/${person.body.id}/erase`)).status).toBe(204);
    const after = (await editor('GET', `${BASE}/${board.workshop.id}`)).body as Board;
    expect(after.participants.map((p) => p.displayName)).toEqual(['Pekka']);
    expect(after.ideas.map((i) => i.text)).toEqual(['Pekan oma idea']);
    const left = await db
      .selectFrom('workshopStream')
      .select('type')
      .where('workshopId', '=', board.workshop.id)
      .where('participantId', '=', participantId)
      .execute();
    expect(left).toEqual([]);
    const erasedEvent = await db
      .selectFrom('workshopStream')
      .select('payload')
      .where('workshopId', '=', board.workshop.id)
      .where('type', '=', 'participant-erased')
      .executeTakeFirst();
    expect(erasedEvent?.payload).toMatchObject({ erasedParticipantId: participantId });
    expect((await signedIn('GET', '/api/v1/auth/me/export')).body.workshops).toEqual([]);
  });

  it('refuses a signed-in join without the session CSRF token: the cookie ties the participation to the account', async () => {
    const board = await newWorkshop();
    await openPhase(board, 'ideas');
    const { 'x-csrf-token': _token, ...withoutToken } = cookie;
    const res = await caller(app, null)(
      'POST',
      `/api/v1/join/${board.workshop.joinCode}`,
      { displayName: 'Maija M.', consent: true },
      withoutToken,
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});
