import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/openapi.js';

describe("the web app's API types", () => {
  it('match the OpenAPI document the server serves (run `npm run api:types` after changing a route)', async () => {
    expect(await apiTypes()).toBe(fs.readFileSync(API_TYPES_FILE, 'utf8'));
  });
});
