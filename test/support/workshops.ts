import { expect } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

export const BASE = '/api/v1/workshops';

export type Board = {
  workshop: { id: string; joinCode: string; status: string };
  phases: { id: string; kind: string; status: string }[];
  ideas: { id: string; text: string; participantId: string | null; dots: number; groupId: string | null }[];
  participants: { id: string; displayName: string }[];
  groups: { id: string; title: string; dots: number }[];
  lastEventId: number;
};

export const phaseOf = (board: Board, kind: string) => board.phases.find((p) => p.kind === kind)!.id;

/** A workshop world: Savonlinna's strategy in workspace 'test', its editor and reader, a stranger elsewhere. */
export async function workshopWorld(workshopJoinsPerIp = 1000) {
  const { app, db, url, call } = await testApp({ security: { workshopJoinsPerIp } });

  const token = async (email: string, workspace: string, role: 'editor' | 'viewer') =>
    caller(app, (await grantToken(db, { email, workspace, role })).token);
  const editor = await token('e@test.example', 'test', 'editor');
  const viewer = await token('v@test.example', 'test', 'viewer');
  const stranger = await token('s@muu.example', 'muu', 'editor');

  const strategy = await call('POST', '/api/v1/strategies', {
    scope: 'municipality',
    municipalityCode: '740',
    titleFi: 'Savonlinnan elinvoimaohjelma',
    startYear: 2025,
    endYear: 2027,
  });
  const strategyId = strategy.body.id as string;

  async function newWorkshop(voteBudget = 5) {
    const made = await editor('POST', BASE, {
      strategyId,
      titleFi: 'Savonlinnan strategiatyöpaja',
      voteBudget,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body as Board;
  }
  const openPhase = async (board: Board, kind: string) => {
    const res = await editor('POST', `${BASE}/${board.workshop.id}/phases/${phaseOf(board, kind)}/open`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Board;
  };
  const participant = (code: string, secret: string) => {
    const anyone = caller(app, null);
    return (method: string, path: string, body?: unknown) =>
      anyone(method, `/api/v1/join/${code}${path}`, body, { 'x-workshop-participant': secret });
  };
  async function join(code: string, displayName: string, organisationName = 'Savonlinnan kaupunki') {
    const res = await caller(app, null)('POST', `/api/v1/join/${code}`, {
      displayName,
      organisationName,
      consent: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.participantId as string, as: participant(code, res.body.token as string) };
  }

  /** Reads server-sent events from the stream until `count` have come (or the time is up), then hangs up. */
  async function readEvents(path: string, count: number, headers: Record<string, string> = {}, ms = 5000) {
    const res = await app.request(path, {
      headers: { authorization: headers.authorization ?? '', ...headers },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const events: { id: number; event: string; data: Record<string, unknown> }[] = [];
    const deadline = Date.now() + ms;
    while (events.length < count && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, deadline - Date.now()))),
      ]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
      let end;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        if (field('event'))
          events.push({ id: Number(field('id')), event: field('event')!, data: JSON.parse(field('data')!) });
      }
    }
    await reader.cancel();
    return events;
  }

  const editorToken = (await grantToken(db, { email: 'e2@test.example', workspace: 'test', role: 'editor' }))
    .token;
  const bearer = { authorization: `Bearer ${editorToken}` };

  return {
    app,
    db,
    url,
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
  };
}
