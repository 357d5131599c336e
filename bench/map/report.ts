/** The benchmark's markdown: both apps side by side with ratios, the machine, the date and the load. */
import os from 'node:os';
import type { Gesture, Measurement } from './browser.js';

type Row = {
  label: string;
  unit: string;
  digits: number;
  better: 'lower' | 'higher';
  get: (m: Measurement) => number;
};

const fps = (label: string, get: (m: Measurement) => Gesture, key: keyof Gesture): Row => ({
  label,
  unit: 'fps',
  digits: 1,
  better: 'higher',
  get: (m) => get(m)[key],
});
const seconds = (label: string, get: (m: Measurement) => number, better: Row['better'] = 'lower'): Row => ({
  label,
  unit: 's',
  digits: 2,
  better,
  get: (m) => get(m) / 1000,
});
const mb = (label: string, get: (m: Measurement) => number): Row => ({
  label,
  unit: 'MB',
  digits: 0,
  better: 'lower',
  get,
});

const ROWS: Row[] = [
  seconds('first draw: navigation to ≥ 1% of the nodes canvas drawn (pixel readback)', (m) => m.firstDrawMs),
  seconds('picture settled: its last change before 2 s without one', (m) => m.settledMs),
  fps('drag: frames per second in which the picture moved', (m) => m.pan, 'movedFps'),
  fps('drag: animation frames per second', (m) => m.pan, 'rafFps'),
  seconds('drag: time taken by the 60 mouse moves', (m) => m.pan.seconds * 1000),
  seconds('after the button comes up: rAF + setTimeout round-trip', (m) => m.release.roundTripMs),
  seconds('after the button comes up: longest long task', (m) => m.release.longestTaskMs),
  seconds('after the button comes up: long tasks in all', (m) => m.release.longTasksMs),
  fps('wheel zoom (in 5, out 5): frames per second in which the picture moved', (m) => m.wheel, 'movedFps'),
  fps('button zoom (in, out): frames per second in which the picture moved', (m) => m.button, 'movedFps'),
  mb('JS heap after load, after a full collection', (m) => m.jsHeapMb),
  mb('renderer processes, proportional set size after load', (m) => m.rendererPssMb),
  mb('all Chromium processes, proportional set size after load', (m) => m.chromiumPssMb),
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function cell(row: Row, runs: Measurement[]) {
  if (runs.length === 0) return { text: 'not measured', median: NaN };
  const xs = runs.map(row.get);
  const f = (x: number) => x.toFixed(row.digits);
  const m = median(xs);
  return { text: `${f(m)} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`, median: m };
}

const ratio = (peer: number, solmu: number) =>
  Number.isFinite(peer) && Number.isFinite(solmu) && solmu > 0 ? `${(peer / solmu).toFixed(2)}×` : '–';

const loads = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');

export type ReportInput = {
  date: Date;
  nodes: number;
  edges: number;
  runs: { app: string; m: Measurement }[];
  peer: string;
  /** The built commit, or why Gephi Lite was not measured. */
  peerNote: string;
  /** Runs that failed, each in a sentence. */
  failures: string[];
};

export function report({ date, nodes, edges, runs, peer, peerNote, failures }: ReportInput): string {
  const of = (app: string) => runs.filter((r) => r.app === app).map((r) => r.m);
  const solmu = of('Solmu');
  const other = of(peer);
  const cpu = os.cpus();
  const lines = [
    `bench/map, ${date.toISOString().replace(/\.\d+Z$/, ' UTC')}: ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges, ` +
      `${solmu.length} runs of Solmu and ${other.length} of ${peer}, alternating, each in a fresh headless Chromium ` +
      `${runs[0]?.m.chromium ?? ''} (software WebGL), 1280×800. ${peer}: ${peerNote}.`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, ` +
      `${os.type()} ${os.release()}, Node ${process.version}.`,
    '',
    `| measure (median, range) | Solmu | ${peer} | ${peer} ÷ Solmu | better |`,
    '|---|---|---|---|---|',
    ...ROWS.map((row) => {
      const a = cell(row, solmu);
      const b = cell(row, other);
      return `| ${row.label} (${row.unit}) | ${a.text} | ${b.text} | ${ratio(b.median, a.median)} | ${row.better} |`;
    }),
    '',
    '| run | app | load average at start (1 / 5 / 15 min) | at end |',
    '|---|---|---|---|',
    ...runs.map((r, i) => `| ${i + 1} | ${r.app} | ${loads(r.m.load.start)} | ${loads(r.m.load.end)} |`),
    ...(failures.length ? ['', `Failed runs (left out above): ${failures.join('; ')}.`] : []),
  ];
  return lines.join('\n');
}
