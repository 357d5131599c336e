import { errorResponses } from '../../openapi.js';

/** The answer of an admin write that returns nothing. */
export const done = { 204: { description: 'Done' }, ...errorResponses(400, 401, 403, 404, 409) };
