/**
 * An API token made as a person makes one: the one-time sign-in link gives a session cookie, the
 * session's CSRF token comes from /auth/me, and the session creates the token under /tokens.
 */
export async function makeApiToken(
  base: string,
  signInLink: string,
  name: string,
  scopes: ('read' | 'write')[] = ['read', 'write'],
): Promise<string> {
  const signIn = await fetch(signInLink, { redirect: 'manual' });
  const cookie = /__Host-solmu=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`No session from the sign-in link (${signIn.status})`);
  const me = (await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const res = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name, scopes }),
  });
  if (res.status !== 201) throw new Error(`Token not made: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
