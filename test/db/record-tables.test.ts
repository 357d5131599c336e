import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RecordTable } from '../../src/server/db/records.js';
import { ENTITIES } from '../../src/domain/catalogue.js';
import { REFERENCE_TABLES } from '../../src/domain/references.js';
import { RESOURCES } from '../../src/server/modules/index.js';

// The generic layer's queries are typed over RecordTable; the compiler checks these lines (npm run
// typecheck), the run-time part checks that every resource's table is one the catalogue names.
describe('record tables', () => {
  it('are the tables with the shared record columns, and only those', () => {
    expectTypeOf<'organisations'>().toExtend<RecordTable>();
    expectTypeOf<'actionProjects'>().toExtend<RecordTable>();
    expectTypeOf<'importKeys'>().not.toExtend<RecordTable>();
    expectTypeOf<'users'>().not.toExtend<RecordTable>();
    expectTypeOf<'auditLog'>().not.toExtend<RecordTable>();
  });

  it('hold every catalogue entity and every reference target', () => {
    expectTypeOf<(typeof ENTITIES)[keyof typeof ENTITIES]['table']>().toExtend<RecordTable>();
    expectTypeOf<(typeof REFERENCE_TABLES)[keyof typeof REFERENCE_TABLES]>().toExtend<RecordTable>();
    const catalogueTables = new Set(Object.values(ENTITIES).map((e) => e.table));
    for (const resource of RESOURCES) expect(catalogueTables).toContain(resource.table);
  });
});
