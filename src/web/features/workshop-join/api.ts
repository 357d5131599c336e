/**
 * The participant's calls (issue 16): no account, no cookie. Joining gives a secret token that the page
 * keeps for the browser tab (sessionStorage) and sends in a header on every call, never in an address.
 */
import { ApiError, parse, type Schema } from '../../api/client';

export type JoinInfo = Schema<'JoinInfo'>;
export type JoinState = Schema<'ParticipantState'>;

const HEADER = 'x-workshop-participant';
/** Codes are read without regard to case; they are kept and shown in capitals. */
export const normalCode = (code: string) => code.trim().toUpperCase();
const storageKey = (code: string) => `solmu.workshop.${normalCode(code)}`;

export const tokenOf = (code: string) => sessionStorage.getItem(storageKey(code));
const forget = (code: string) => sessionStorage.removeItem(storageKey(code));
const address = (code: string, rest: string) => `/api/v1/join/${encodeURIComponent(normalCode(code))}${rest}`;

async function call<T>(
  method: string,
  code: string,
  rest: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = tokenOf(code);
  if (token) headers[HEADER] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(address(code, rest), {
    method,
    headers,
    credentials: 'omit',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  return (await parse(res)) as T;
}

export const readWorkshop = (code: string, signal?: AbortSignal) =>
  call<JoinInfo>('GET', code, '', undefined, signal);

export async function join(code: string, body: { displayName: string; organisationName?: string }) {
  const made = await call<{ participantId: string; token: string }>('POST', code, '', {
    ...body,
    consent: true,
  });
  sessionStorage.setItem(storageKey(code), made.token);
  return made;
}

export const readState = (code: string, signal?: AbortSignal) =>
  call<JoinState>('GET', code, '/state', undefined, signal);

export const readCurrentState = (code: string, lang: string, signal?: AbortSignal) =>
  call<Schema<'WorkshopCurrentState'>>('GET', code, `/current-state?lang=${lang}`, undefined, signal);

/** The participant's stream of phase and workshop changes, its secret in the header. */
export async function openStream(code: string, signal: AbortSignal) {
  const token = tokenOf(code);
  const res = await fetch(address(code, '/stream'), {
    headers: { accept: 'text/event-stream', ...(token ? { [HEADER]: token } : {}) },
    credentials: 'omit',
    signal,
  });
  if (!res.ok || !res.body || !res.headers.get('content-type')?.includes('text/event-stream'))
    throw new ApiError(res.status, 'stream_failed', res.statusText);
  return res.body.getReader();
}

export const postIdea = (code: string, text: string) => call<unknown>('POST', code, '/ideas', { text });

export const vote = (code: string, ideaId: string, dots: number) =>
  call<{ dotsLeft: number }>('PUT', code, `/votes/${encodeURIComponent(ideaId)}`, { dots });

export async function eraseMe(code: string) {
  await call<null>('DELETE', code, '/me');
  forget(code);
}

/** The token no longer opens anything (erased by the facilitator): the page starts from joining again. */
export const dropToken = forget;
