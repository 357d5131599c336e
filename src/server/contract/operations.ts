import type { RouteConfig } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Policy } from '../auth/policies.js';
import { errorResponses } from '../openapi.js';
import { operationIdFor } from './operation-ids.js';
import { securityFor } from './security.js';

type Responses = RouteConfig['responses'];

/** The 200 answer is a page (`items`) or an array of records. */
function answersList(responses: Responses): boolean {
  const content = responses[200] && 'content' in responses[200] ? responses[200].content : undefined;
  const media = content?.['application/json'];
  const schema = media && 'schema' in media ? media.schema : undefined;
  if (schema instanceof z.ZodArray) return true;
  return schema instanceof z.ZodObject && 'items' in schema.shape;
}

/** The error answers every operation can give, by what it takes and who may call it. */
function possibleErrors(config: RouteConfig, policy: Policy): number[] {
  const { request = {} } = config;
  const takesInput = Boolean(request.params || request.query || request.body || request.headers);
  const write = config.method !== 'get';
  return [
    ...(takesInput ? [400] : []),
    ...(policy === 'user' || policy === 'admin' || (write && policy !== 'public') ? [401, 403] : []),
    ...(config.path.includes('{') ? [404] : []),
    429,
    500,
  ];
}

/**
 * A route as the API document shows it: a stable operation id from its method and path (unless it
 * names its own), who may call it (from its policy, unless it says), and every error it can answer
 * with the one error body.
 */
export function documented<R extends RouteConfig>(config: R, policy: Policy): R {
  const missing = possibleErrors(config, policy).filter((s) => !(s in config.responses));
  return {
    ...config,
    operationId:
      config.operationId ??
      operationIdFor({
        method: config.method,
        path: config.path,
        answersList: answersList(config.responses),
        creates: 201 in config.responses,
      }),
    security: config.security ?? securityFor(policy, config.method),
    responses: { ...config.responses, ...errorResponses(...missing) },
  } as R;
}
