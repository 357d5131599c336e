import fs from 'node:fs';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaTypes } from '../../src/server/db/schema-types.js';
import { testDatabase } from '../db.js';

const { url } = await testDatabase();

describe('the database types', () => {
  it('match the migrated database (run `npm run db:types` after changing a migration)', async () => {
    const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
    const fresh = await prettier.format(await schemaTypes(url), { ...options, filepath: SCHEMA_FILE });
    expect(fresh).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
