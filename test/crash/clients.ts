import { sleep, type Started } from './solmu-process.js';

/** A write the server acknowledged with 201: it must survive any crash after that. */
export type Acknowledged = { id: string; nameFi: string };

type Json = Record<string, unknown>;

/**
 * An API token for the admin, made once through the API: the admin's one-time link (printed at the
 * first start) gives a session, and the session creates the token; and a workspace to write into.
 */
export async function adminToken(solmu: Started): Promise<{ token: string; workspace: string }> {
  const link = /Sign in as the admin[^\n]*\n\s*http:\/\/localhost:\d+(\/auth\/link\?token=\S+)/.exec(
    solmu.output(),
  );
  if (!link) throw new Error(`No admin sign-in link in the output:\n${solmu.output()}`);
  const signedIn = await fetch(`${solmu.base}${link[1]}`, { redirect: 'manual' });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (signedIn.status !== 302 || !cookie) throw new Error(`Sign-in link answered ${signedIn.status}`);
  const me = (await (await fetch(`${solmu.base}/api/v1/auth/me`, { headers: { cookie } })).json()) as Json;
  const created = await fetch(`${solmu.base}/api/v1/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': String(me.csrfToken), 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'crash test', scopes: ['read', 'write'] }),
  });
  if (created.status !== 201) throw new Error(`Creating a token answered ${created.status}`);
  const token = String(((await created.json()) as Json).token);
  const workspace = await fetch(`${solmu.base}/api/v1/admin/workspaces`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slug: 'kaatumiskoe', nameFi: 'Kaatumiskoe' }),
  });
  if (workspace.status !== 201) throw new Error(`Creating a workspace answered ${workspace.status}`);
  return { token, workspace: 'kaatumiskoe' };
}

export type Writers = {
  /** Stops the clients and resolves when every request in flight has settled. */
  stop: () => Promise<void>;
  acknowledged: Acknowledged[];
  /** Answers other than 201. */
  refused: string[];
  /** Requests that got no answer (connection refused or cut, or no answer in 15 s); that client stopped. */
  cutOff: string[];
};

/**
 * `clients` concurrent clients, each creating organisations one after another until stopped or until
 * a request gets no answer (the server is gone). Only a 201 counts as acknowledged; a request cut off
 * by a crash may or may not have been committed, and either is fine.
 */
export function startWriters(
  base: string,
  { token, workspace }: { token: string; workspace: string },
  label: string,
  clients = 4,
): Writers {
  const writers: Writers = { acknowledged: [], refused: [], cutOff: [], stop: async () => {} };
  let stopped = false;
  const client = async (c: number) => {
    for (let n = 0; !stopped; n++) {
      const nameFi = `Kaatumiskoe ${label} asiakas ${c} nro ${n}`;
      let res: Response;
      try {
        res = await fetch(`${base}/api/v1/organisations?workspace=${workspace}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'company', nameFi, municipalityCode: '740' }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        writers.cutOff.push(`${nameFi}: ${(error as Error).message}`);
        return;
      }
      const body = (await res.json().catch(() => ({}))) as Json;
      if (res.status === 201) writers.acknowledged.push({ id: String(body.id), nameFi });
      else if (writers.refused.push(`${res.status} ${JSON.stringify(body)}`) > 500) return;
      else await sleep(50);
    }
  };
  const running = Promise.all([...Array(clients).keys()].map(client));
  writers.stop = async () => {
    stopped = true;
    await running;
  };
  return writers;
}

/** The acknowledged writes the server cannot find (GET by id, a few at a time). */
export async function missing(base: string, token: string, writes: Acknowledged[]): Promise<string[]> {
  const lost: string[] = [];
  const queue = [...writes];
  const worker = async () => {
    for (let w = queue.shift(); w; w = queue.shift()) {
      const res = await fetch(`${base}/api/v1/organisations/${w.id}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await res.json().catch(() => ({}))) as Json;
      if (res.status !== 200 || body.nameFi !== w.nameFi) lost.push(`${w.id} (${w.nameFi}): ${res.status}`);
    }
  };
  await Promise.all([...Array(8).keys()].map(worker));
  return lost;
}
