import { z } from 'zod';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

type ErrorExample = { name: string; text: string; code: string; message: string };

/** What each status means here, with a typical error body as its example. */
const ERRORS: Record<number, ErrorExample> = {
  400: {
    name: 'BadRequest',
    text: 'The request is not valid',
    code: 'validation_failed',
    message: 'The request body is not valid',
  },
  401: {
    name: 'Unauthenticated',
    text: 'Sign in first (session cookie or Bearer API token)',
    code: 'unauthenticated',
    message: 'Sign in first',
  },
  403: {
    name: 'Forbidden',
    text: 'Not allowed for this caller',
    code: 'forbidden',
    message: 'You cannot change this record',
  },
  404: { name: 'NotFound', text: 'Not found', code: 'not_found', message: 'Record not found' },
  409: {
    name: 'Conflict',
    text: 'Conflicts with an existing record',
    code: 'conflict',
    message: 'A record with the same value already exists',
  },
  413: {
    name: 'TooLarge',
    text: 'The body is too large',
    code: 'too_large',
    message: 'The request body is too large',
  },
  422: {
    name: 'RuleViolated',
    text: 'Breaks a rule of the data model',
    code: 'rule_violated',
    message: 'The record breaks a rule of the data model',
  },
  429: {
    name: 'TooManyRequests',
    text: 'Too many requests: wait the seconds Retry-After gives',
    code: 'rate_limited',
    message: 'Too many requests, try again in a minute',
  },
  500: {
    name: 'ServerError',
    text: 'Something went wrong on the server',
    code: 'internal',
    message: 'Something went wrong on the server',
  },
};

/**
 * The shared error answers (`#/components/responses/...`), each with the one error body and an
 * example; registered once with the document.
 */
export const ERROR_RESPONSES = Object.fromEntries(
  Object.values(ERRORS).map(({ name, text, code, message }) => [
    name,
    {
      description: text,
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/Error' },
          example: { error: { code, message, details: [] } },
        },
      },
    },
  ]),
);

function errorResponse(status: number) {
  const known = ERRORS[status];
  if (known) return { $ref: `#/components/responses/${known.name}` };
  return { description: 'Error', content: { 'application/json': { schema: errorSchema } } };
}

/** The error answers of an operation, each with the one error body. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(s)]));
}

export function jsonContent(schema: z.ZodType, description: string, example?: unknown) {
  return {
    description,
    content: { 'application/json': { schema, ...(example !== undefined && { example }) } },
  };
}

export function jsonBody<T extends z.ZodType>(schema: T, example?: unknown) {
  return {
    required: true as const,
    content: { 'application/json': { schema, ...(example !== undefined && { example }) } },
  };
}
