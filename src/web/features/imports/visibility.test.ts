import { describe, expect, it } from 'vitest';
import { defaultVisibility, IMPORT_KINDS, importQuery, importVisibilities } from './api';

describe('the visibility an import form says', () => {
  it('goes with every upload, the check and the import alike', () => {
    for (const kind of IMPORT_KINDS) {
      for (const visibility of importVisibilities(kind)) {
        for (const dryRun of [true, false])
          expect(importQuery({ kind, visibility }, dryRun)).toMatchObject({ visibility });
      }
    }
  });

  it('never offers public for people, and starts from a choice it offers', () => {
    expect(importVisibilities('people')).toEqual(['private', 'network']);
    for (const kind of IMPORT_KINDS) expect(importVisibilities(kind)).toContain(defaultVisibility(kind));
  });
});
