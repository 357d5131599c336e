import type { GraphScope } from '../../../domain/graph.js';
import type { EdgeColumns, GraphNodeRow } from './graph.repository.js';
import type { graphMeasures } from './graph.measures.js';

/** The answer's schema lives in the domain, where the binary format takes its type from it too. */
export { graphSchema } from '../../../domain/graph.js';

export type GraphMap = {
  scope: { kind: GraphScope; id: string; name: string };
  rows: GraphNodeRow[];
  measured: ReturnType<typeof graphMeasures>;
  edges: EdgeColumns;
};

/** The map's data in one compact answer: nodes and measures as parallel columns, edges as index pairs. */
export function presentGraph({ scope, rows, measured, edges }: GraphMap) {
  const column = <K extends keyof GraphNodeRow>(key: K) => rows.map((r) => r[key]);
  return {
    scope,
    nodes: {
      id: column('id'),
      nameFi: column('nameFi'),
      nameSv: column('nameSv'),
      nameEn: column('nameEn'),
      kind: column('kind'),
      municipalityCode: column('municipalityCode'),
      role: column('role'),
    },
    ...measured,
    edges,
  };
}
