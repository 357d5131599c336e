import { describe, expectTypeOf, it } from 'vitest';
import type { GraphColumns } from '../../../formats/graph-binary';
import type { Schema } from '../../api/types';

/*
 * The map reads the binary answer as GraphColumns and the JSON answer as the generated Schema<'Graph'>;
 * both come from the domain's graph schema. The typecheck of this file (tsconfig.test.json) fails if the
 * generated API types drift from the binary form's columns.
 */
describe('the map answer types', () => {
  it('are the same for the JSON answer and the binary columns', () => {
    expectTypeOf<Schema<'Graph'>>().toEqualTypeOf<GraphColumns>();
  });
});
