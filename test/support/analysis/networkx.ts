/** Runs the networkx reference script (python3 on PATH) for the analysis tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'networkx-reference.py');

/** True when `python3` can import networkx; tests that need it are skipped (with a reason) otherwise. */
export const networkxAvailable: boolean =
  spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

if (!networkxAvailable) {
  console.warn('python3 cannot import networkx: the comparisons with networkx are skipped');
}

export type RefEdge = [number, number, number];

export interface ReferenceRequest {
  readonly nodes?: number;
  readonly edges?: readonly RefEdge[];
  readonly named?: 'karate';
  readonly sources?: readonly number[];
  readonly partition?: readonly number[];
  readonly louvainSeed?: number;
}

export interface ReferenceAnswer {
  nodes: number;
  edges: RefEdge[];
  edgeCount: number;
  degree: number[];
  weightedDegree: number[];
  density: number;
  components: number[][];
  pagerank: number[];
  betweenness: number[];
  sampledBetweenness?: number[];
  modularity?: number;
  louvainModularity?: number;
}

export function networkxReference(request: ReferenceRequest): ReferenceAnswer {
  const run = spawnSync('python3', [script], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`networkx reference failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReferenceAnswer;
}
