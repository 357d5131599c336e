/**
 * Writes src/server/db/schema.ts from a fresh database migrated to the latest migration:
 * `npm run db:types` after adding or changing a migration.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../src/server/db/database.js';
import { startEmbeddedPostgres } from '../src/server/db/embedded.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { SCHEMA_FILE, schemaTypes } from '../src/server/db/schema-types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-db-types-'));
fs.chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres' });
try {
  const db = createDatabase(server.url, 2);
  await migrateToLatest(db);
  await db.destroy();
  fs.writeFileSync(SCHEMA_FILE, await schemaTypes(server.url));
  console.log(`Wrote ${SCHEMA_FILE}`);
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
