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

const ERROR_TEXT: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Sign in first (session cookie or Bearer API token)',
  403: 'Not allowed for this caller',
  404: 'Not found',
  409: 'Conflicts with an existing record',
  422: 'Breaks a rule of the data model',
};

export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: ERROR_TEXT[s] ?? 'Error', content: { 'application/json': { schema: errorSchema } } },
    ]),
  );
}

export function jsonContent(schema: z.ZodType, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true as const, content: { 'application/json': { schema } } };
}
