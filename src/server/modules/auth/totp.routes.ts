import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import { route } from '../../routing.js';
import { type Limits, tooMany } from '../../auth/rate-limit.js';
import { acceptTotp, newTotpSecret } from '../../auth/totp.js';
import type { AppEnv } from '../../env.js';
import { AppError } from '../../errors.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';

const code = jsonBody(z.strictObject({ code: z.string().regex(/^\d{6}$/) }));

/** The optional second factor: set up (secret + otpauth URI for an app), confirm with a code, turn off. */
export function registerTotpRoutes(app: OpenAPIHono<AppEnv>, limits: Limits) {
  const user = async (c: { var: AppEnv['Variables'] }) => {
    if (c.var.caller.kind !== 'user') throw new AppError(403, 'forbidden', 'Sign in as a user');
    return c.var.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', c.var.caller.userId!)
      .executeTakeFirstOrThrow();
  };
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/totp/setup',
      tags: ['auth'],
      summary: 'Start setting up a TOTP second factor',
      responses: {
        200: jsonContent(
          z.object({ secret: z.string(), uri: z.string() }),
          'Scan the URI into an authenticator app',
        ),
        ...errorResponses(401, 403, 409),
      },
    },
    async (c) => {
      const u = await user(c);
      if (u.totpEnabledAt) throw new AppError(409, 'conflict', 'The second factor is already on');
      const { secret, uri } = newTotpSecret(u.email);
      // A new secret makes the old codes worthless, so the first code of the new one may be of any step.
      await c.var.db
        .updateTable('users')
        .set({ totpSecret: secret, totpLastStep: null })
        .where('id', '=', u.id)
        .execute();
      return c.json({ secret, uri }, 200);
    },
  );

  for (const [action, on] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    route(
      app,
      'user',
      {
        method: 'post',
        path: `/api/v1/auth/totp/${action}`,
        tags: ['auth'],
        summary: `Turn the TOTP second factor ${on ? 'on' : 'off'} (confirm with a current code)`,
        request: { body: code },
        responses: { 204: { description: 'Done' }, ...errorResponses(400, 401, 403, 429) },
      },
      async (c) => {
        const u = await user(c);
        const change = on ? { totpEnabledAt: c.var.now() } : { totpEnabledAt: null, totpSecret: null };
        // A wrong code fails the address (whose count the session's check has already looked at) and
        // the account, like a wrong code at sign-in: a stolen session cannot guess its way to turning it off.
        const account = String(u.email).toLowerCase();
        const wait = await limits.loginAccount.take(account);
        if (wait > 0) throw tooMany(c, wait, 'Too many wrong codes; try again later');
        if (!(await acceptTotp(c.var.db, u, c.req.valid('json').code, c.var.now(), change))) {
          await limits.failedAuth.take(c.var.clientIp);
          throw new AppError(400, 'invalid_code', 'The code is not valid', [
            { path: 'code', message: 'Wrong, expired or already used code' },
          ]);
        }
        await limits.loginAccount.giveBack(account);
        await audit(
          c.var.db,
          c.var.caller,
          { action: `totp_${action}`, entity: 'users', entityId: u.id, outcome: 'ok' },
          c.var.now(),
        );
        return c.body(null, 204);
      },
    );
  }
}
