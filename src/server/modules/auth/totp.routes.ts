import { z } from 'zod';
import type { Limits } from '../../auth/rate-limit.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { attemptRequest } from './session-cookie.js';
import { setUpTotp, switchTotp } from './totp.service.js';

const code = jsonBody(z.strictObject({ code: z.string().regex(/^\d{6}$/) }));

/** The optional second factor: set up (secret + otpauth URI for an app), confirm with a code, turn off. */
export function registerTotpRoutes(app: Api, limits: Limits) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/totp/setup',
      operationId: 'setUpTotp',
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
    async (c) => c.json(await setUpTotp(c.var.db, c.var.caller), 200),
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
        operationId: `${action}Totp`,
        tags: ['auth'],
        summary: `Turn the TOTP second factor ${on ? 'on' : 'off'} (confirm with a current code)`,
        request: { body: code },
        responses: { 204: { description: 'Done' }, ...errorResponses(400, 401, 403, 429) },
      },
      async (c) => {
        await switchTotp(attemptRequest(c, limits), c.var.caller, on, c.req.valid('json').code);
        return c.body(null, 204);
      },
    );
  }
}
