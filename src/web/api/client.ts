/** The API as the web app uses it: same origin, session cookie, CSRF token on writes. */

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }
}

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };

export type Params = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;

/** Set from the sign-in answer or GET /auth/me; sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function query(params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function parse(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    if (res.ok) return null;
    throw new ApiError(res.status, 'http_error', res.statusText);
  }
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: FieldError[] } }).error;
    throw new ApiError(
      res.status,
      error?.code ?? 'http_error',
      error?.message ?? res.statusText,
      error?.details ?? [],
    );
  }
  return body;
}

export async function get<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/v1${path}${query(params)}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  });
  return (await parse(res)) as T;
}

async function write(method: string, path: string, body: unknown, params: Params | undefined) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return fetch(`/api/v1${path}${query(params)}`, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function send<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  params?: Params,
): Promise<T> {
  try {
    return (await parse(await write(method, path, body, params))) as T;
  } catch (error) {
    // The session changed under the page (a sign-in in another tab, a password change): fetch the
    // current session's token once and try again.
    if (!(error instanceof ApiError && error.code === 'csrf_failed')) throw error;
    const me = await get<{ csrfToken: string | null }>('/auth/me');
    setCsrfToken(me.csrfToken);
    return (await parse(await write(method, path, body, params))) as T;
  }
}

/** A multipart form (a file upload) with the CSRF token; the browser writes the content type. */
export async function sendForm<T>(path: string, form: FormData, params?: Params): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}${query(params)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: form,
  });
  return (await parse(res)) as T;
}

/** Every page of a list, for the small sets a page shows whole (a network's members and relations). */
export async function getAll<T>(path: string, params: Params = {}, max = 5000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await get<Page<T>>(path, { ...params, limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}
