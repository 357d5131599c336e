/** Formats the picture benchmark's results as Markdown, with the machine it ran on and the ratios. */
import os from 'node:os';

interface Seconds {
  build: number;
  basic: number;
  pagerank: number;
  louvain: number;
  pagerankTight?: number;
  betweenness?: number;
}

interface SolmuMeasures {
  nodes: number;
  edges: number;
  stats: { parallelMerged: number };
  seconds: Required<Seconds> & { leiden: number };
  pagerank: { iterations: number; tightIterations: number };
  louvain: { modularity: number; communities: number };
  leiden: { modularity: number; communities: number };
  betweenness: { mode: string; sources: number; seed: number | null };
  peakRssMb: number;
}

interface SolmuPicture {
  seconds: { picture: number; serialise: number };
  jsonMegabytes: number;
  heapUsedMb: number;
  arrayBuffersMb: number;
  peakRssMb: number;
}

interface Other {
  version: string;
  seconds: Seconds;
  betweenness: { sourcesRun: number; seconds: number; perSource: number } | null;
  louvain: { modularity: number; communities: number };
  peakRssMb: number;
}

export interface Results {
  options: {
    organisations: number;
    relations: number;
    seed: number;
    networkxSources: number;
    repeat: number;
  };
  solmu: Record<string, unknown>;
  picture: Record<string, unknown>;
  networkx: Record<string, unknown> | null;
  igraph: Record<string, unknown> | null;
  agreement: Record<string, number | null>;
}

const s = (x: number | null | undefined) =>
  x === null || x === undefined
    ? '—'
    : x < 0.1
      ? `${(x * 1000).toFixed(1)} ms`
      : `${x.toFixed(x < 10 ? 2 : 1)} s`;
const ratio = (other: number | null | undefined, solmu: number) =>
  other === null || other === undefined ? '—' : `${(other / solmu).toFixed(1)}×`;
const mb = (x: number) => `${Math.round(x)} MB`;
const tick = (ok: boolean) => (ok ? 'met' : '**not met**');

function machine(): string[] {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- machine: ${cpu}, ${os.availableParallelism()} cores (nproc), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`,
    `- ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  ];
}

const count = (x: number) => x.toLocaleString('en');

interface Parsed {
  solmu: SolmuMeasures;
  picture: SolmuPicture;
  nx: Other | null;
  ig: Other | null;
  k: number;
  nxBetweenness: number | null;
  igBetweenness: number | null;
}

function parse(results: Results): Parsed {
  const solmu = results.solmu as unknown as SolmuMeasures;
  const nx = results.networkx as unknown as Other | null;
  const ig = results.igraph as unknown as Other | null;
  const k = solmu.betweenness.sources;
  return {
    solmu,
    picture: results.picture as unknown as SolmuPicture,
    nx,
    ig,
    k,
    // networkx ran a few of the sources, igraph (0.10.2) all of them or none: both scaled per source to k
    nxBetweenness: nx?.betweenness ? nx.betweenness.perSource * k : null,
    igBetweenness: ig?.betweenness ? ig.betweenness.perSource * k : null,
  };
}

function stepTable(results: Results, p: Parsed): string[] {
  const { solmu, nx, ig, k } = p;
  const t = solmu.seconds;
  const total = (o: Other | null, bc: number | null) =>
    o && bc !== null ? o.seconds.build + o.seconds.basic + o.seconds.pagerank + o.seconds.louvain + bc : null;
  const row = (name: string, mine: number, a: number | null | undefined, b: number | null | undefined) =>
    `| ${name} | ${s(mine)} | ${s(a)} | ${s(b)} | ${ratio(a, mine)} | ${ratio(b, mine)} |`;
  return [
    '| step | Solmu | networkx | igraph | networkx ÷ Solmu | igraph ÷ Solmu |',
    '|---|---|---|---|---|---|',
    row('build graph (merge parallel relations)', t.build, nx?.seconds.build, ig?.seconds.build),
    row('degree, weighted degree, components', t.basic, nx?.seconds.basic, ig?.seconds.basic),
    row(
      `PageRank, networkx criterion (${solmu.pagerank.iterations} it.)`,
      t.pagerank,
      nx?.seconds.pagerank,
      null,
    ),
    row(
      `PageRank to L1 < n·1e-12 (${solmu.pagerank.tightIterations} it.) vs igraph PRPACK`,
      t.pagerankTight,
      null,
      ig?.seconds.pagerank,
    ),
    row('Louvain', t.louvain, nx?.seconds.louvain, ig?.seconds.louvain),
    row(
      'Leiden, the picture’s communities (vs their Louvain)',
      t.leiden,
      nx?.seconds.louvain,
      ig?.seconds.louvain,
    ),
    row(`betweenness, ${k} sampled sources`, t.betweenness, p.nxBetweenness, p.igBetweenness),
    row(
      'network section (build, basic, PageRank, Leiden, betweenness)',
      t.build + t.basic + t.pagerank + t.leiden + t.betweenness,
      total(nx, p.nxBetweenness),
      total(ig, p.igBetweenness),
    ),
    `| whole picture (all sections, ${count(results.options.organisations)} actors) | ${s(p.picture.seconds.picture)} | | | | |`,
  ];
}

function betweennessNote(p: Parsed): string {
  const { nx, ig, k } = p;
  const first = `networkx betweenness ran ${nx?.betweenness?.sourcesRun ?? 0} of the ${k} sources (${s(nx?.betweenness?.perSource)} each) and is scaled to ${k}.`;
  if (!ig?.betweenness) {
    return `${first} igraph 0.10.2 has no sampled betweenness (no sources= argument) and its exact run is too long at this size: not measured.`;
  }
  if (ig.betweenness.sourcesRun === k) return `${first} igraph ran the same sources.`;
  return `${first} igraph 0.10.2 has no sampled betweenness: its exact run (${count(ig.betweenness.sourcesRun)} sources, ${s(ig.betweenness.seconds)}) is scaled to ${k} sources.`;
}

function memoryTable(p: Parsed): string[] {
  const { solmu, picture, nx, ig } = p;
  return [
    '| memory | peak RSS |',
    '|---|---|',
    `| Solmu, measures process | ${mb(solmu.peakRssMb)} |`,
    `| Solmu, whole-picture process (input + picture; heap ${mb(picture.heapUsedMb)}, typed arrays ${mb(picture.arrayBuffersMb)}) | ${mb(picture.peakRssMb)} |`,
    `| networkx | ${nx ? mb(nx.peakRssMb) : '—'} |`,
    `| igraph | ${ig ? mb(ig.peakRssMb) : '—'} |`,
  ];
}

function quality(results: Results, p: Parsed): string[] {
  const { solmu, picture, nx, ig } = p;
  const louvain = (o: Other | null) =>
    o ? `${o.louvain.modularity.toFixed(4)} (${o.louvain.communities})` : '—';
  const diff = (x: number | null | undefined) => x?.toExponential(2) ?? '—';
  const t = solmu.seconds;
  return [
    `Picture JSON: ${picture.jsonMegabytes.toFixed(1)} MB, serialised in ${s(picture.seconds.serialise)}.`,
    '',
    `Louvain modularity (communities): Solmu ${solmu.louvain.modularity.toFixed(4)} (${solmu.louvain.communities}), networkx ${louvain(nx)}, igraph ${louvain(ig)}; Solmu Leiden ${solmu.leiden.modularity.toFixed(4)} (${solmu.leiden.communities}).`,
    `PageRank agreement (max |Δ| over nodes): Solmu vs networkx, same criterion ${diff(results.agreement.pagerankDefaultVsNetworkx)}; Solmu (tight) vs igraph ${diff(results.agreement.pagerankTightVsIgraph)}.`,
    '',
    'Goals (issue 5):',
    `- whole picture ≤ 5 s: ${tick(picture.seconds.picture <= 5)}; ≤ 1 GB: ${tick(picture.peakRssMb <= 1024)}`,
    ig
      ? `- PageRank within 2× of igraph (tight tolerance): ${tick(t.pagerankTight <= 2 * ig.seconds.pagerank)}; Louvain no slower than igraph: ${tick(t.louvain <= ig.seconds.louvain)}; Leiden (issue 14) modularity ≥ igraph Louvain: ${tick(solmu.leiden.modularity >= ig.louvain.modularity)}, time ≤ Solmu Louvain: ${tick(t.leiden <= t.louvain)}`
      : '- igraph not run',
  ];
}

export function report(results: Results): string {
  const p = parse(results);
  const { options } = results;
  return [
    `## Picture benchmark: ${count(options.organisations)} organisations, ${count(options.relations)} relations (seed ${options.seed})`,
    '',
    ...machine(),
    `- networkx ${p.nx?.version ?? 'not run'}, igraph ${p.ig?.version ?? 'not run'}`,
    `- times: best of ${options.repeat} runs for Solmu and igraph, one run for networkx; each tool in its own process, one after another`,
    `- graph: ${count(p.solmu.nodes)} nodes, ${count(p.solmu.edges)} merged edges (${count(p.solmu.stats.parallelMerged)} parallel relations merged)`,
    '',
    ...stepTable(results, p),
    '',
    betweennessNote(p),
    '',
    ...memoryTable(p),
    '',
    ...quality(results, p),
    '',
    '',
  ].join('\n');
}
