/**
 * Solmu's side of the communities benchmark, in its own process: Louvain (the method before Leiden) and
 * Leiden on the edge list in <dir>, once per seed, the two alternating which goes first so that neither
 * always runs on a warmer or quieter machine. One untimed run of each first warms the JIT.
 * Usage: node --import tsx bench/picture/communities-solmu.ts <dir> <seeds, comma-separated>
 * Prints one JSON object on stdout.
 */
import { baseLevel, connectedParts } from '../../src/analysis/community-levels.js';
import { buildGraph, type CsrGraph } from '../../src/analysis/graph.js';
import { leiden } from '../../src/analysis/leiden.js';
import { louvain } from '../../src/analysis/louvain.js';
import { readEdgeList } from './edge-list.js';

const [dir, seedList] = process.argv.slice(2);
const seeds = seedList!.split(',').map(Number);
const { n, from, to, weight } = readEdgeList(dir!);
const graph = buildGraph(n, { from, to, weight });

const methods = { louvain, leiden } as const;
type Method = keyof typeof methods;

/** Communities that fall apart into several pieces when only their inner edges count. */
function disconnected(g: CsrGraph, communities: Int32Array, count: number): number {
  const parts = connectedParts(baseLevel(g), communities);
  const piecesOf = new Int32Array(count);
  for (let u = 0; u < g.nodeCount; u++) if (parts[u] === u) piecesOf[communities[u]!]!++;
  return piecesOf.filter((pieces) => pieces > 1).length;
}

function measure(method: Method, seed: number) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = methods[method](graph, { seed });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    modularity: result.modularity,
    communities: result.count,
    disconnected: disconnected(graph, result.communities, result.count),
  };
}

for (const method of Object.keys(methods) as Method[]) methods[method](graph, { seed: 0 });
const runs = seeds.map((seed, i) => {
  const order: Method[] = i % 2 === 0 ? ['louvain', 'leiden'] : ['leiden', 'louvain'];
  const [first, second] = order.map((method) => measure(method, seed));
  return { seed, [order[0]!]: first, [order[1]!]: second };
});
process.stdout.write(
  JSON.stringify({
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    runs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
