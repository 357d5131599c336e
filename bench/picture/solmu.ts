/**
 * Solmu's side of the picture benchmark, run in its own process so its memory is its own.
 * Usage: node --import tsx bench/picture/solmu.ts <organisations> <relations> <seed> <mode> <out-dir> <repeat>
 * mode `measures`: times each measure on one graph and writes PageRank for the cross-check;
 * mode `picture`: only generates the input and builds the whole picture (peak memory of that).
 * Every step runs <repeat> times and keeps the best time (the machine is shared and noisy; later runs
 * are also warm, as in a long-running server). Prints one JSON object on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { betweenness } from '../../src/analysis/betweenness.js';
import { buildGraph } from '../../src/analysis/graph.js';
import { leiden } from '../../src/analysis/leiden.js';
import { louvain } from '../../src/analysis/louvain.js';
import { connectedComponents, degrees, weightedDegrees } from '../../src/analysis/measures.js';
import { pagerank } from '../../src/analysis/pagerank.js';
import { buildPicture } from '../../src/analysis/picture.js';
import { generateEcosystem } from './generate.js';
import { benchInput } from './input.js';

const [organisations, relations, seed, mode, outDir, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 1);
const options = { organisations: Number(organisations), relations: Number(relations), seed: Number(seed) };

function time<T>(fn: () => T, times = repeat): [T, number] {
  let best = Infinity;
  let value: T;
  do {
    const start = performance.now();
    value = fn();
    best = Math.min(best, (performance.now() - start) / 1000);
  } while (--times > 0);
  return [value, best];
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;
const result: Record<string, unknown> = { mode };
const [eco, generate] = time(() => generateEcosystem(options), 1);
result.generateSeconds = generate;

if (mode === 'measures') {
  const [graph, build] = time(() => buildGraph(eco.organisations.length, eco.relations));
  const [, basic] = time(() => [degrees(graph), weightedDegrees(graph), connectedComponents(graph)]);
  const [rank, pr] = time(() => pagerank(graph));
  // networkx's criterion (L1 < n·1e-6) stops early on big graphs; igraph's PRPACK solves exactly, so
  // the like-for-like figure against igraph is a tight tolerance
  const [tight, prTight] = time(() => pagerank(graph, { tolerance: 1e-12, maxIterations: 1000 }));
  const [lv, lvTime] = time(() => louvain(graph, { seed: options.seed }));
  const [ld, ldTime] = time(() => leiden(graph, { seed: options.seed }));
  const [bc, bcTime] = time(() => betweenness(graph, { seed: options.seed }));
  fs.writeFileSync(path.join(outDir!, 'pr-solmu.f64'), Buffer.from(tight.scores.buffer));
  fs.writeFileSync(path.join(outDir!, 'pr-solmu-default.f64'), Buffer.from(rank.scores.buffer));
  fs.writeFileSync(path.join(outDir!, 'sources.json'), JSON.stringify(Array.from(bc.sampledSources)));
  Object.assign(result, {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    stats: graph.stats,
    seconds: {
      build,
      basic,
      pagerank: pr,
      pagerankTight: prTight,
      louvain: lvTime,
      leiden: ldTime,
      betweenness: bcTime,
    },
    pagerank: { iterations: rank.iterations, tightIterations: tight.iterations },
    louvain: { modularity: lv.modularity, communities: lv.count, levels: lv.levels },
    leiden: { modularity: ld.modularity, communities: ld.count, levels: ld.levels },
    betweenness: { mode: bc.mode, sources: bc.sources, seed: bc.seed },
  });
} else {
  const input = benchInput(eco);
  const [picture, seconds] = time(() => buildPicture(input, { seed: options.seed }));
  const [json, serialise] = time(() => JSON.stringify(picture));
  const memory = process.memoryUsage();
  Object.assign(result, {
    seconds: { picture: seconds, serialise },
    jsonMegabytes: json.length / 1e6,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    arrayBuffersMb: memory.arrayBuffers / 2 ** 20,
    parameters: picture.parameters,
    modularity: picture.network.modularity,
    strengths: picture.strengths.length,
    growthCandidates: picture.growthCandidates.length,
  });
}
result.peakRssMb = peakMb();
process.stdout.write(JSON.stringify(result));
