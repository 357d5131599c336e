/**
 * Progress of long CLI work on stderr: a live bar (cli-progress) when stderr is a terminal; otherwise, in
 * logs and pipes, plain lines now and then, so stdout keeps only the result and nothing is redrawn.
 */
import { SingleBar } from 'cli-progress';

export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

export type ProgressOptions = {
  label: string;
  /** What is counted: 'rows', 'companies', 'tables'. */
  unit: string;
  /** Known at the start (a bar with a percentage and ETA); a counter without it. */
  total?: number;
  /** The line written instead of the bar when stderr is not a terminal; null writes nothing. */
  plain?: (value: number, detail: string) => string | null;
  stream?: ProgressStream;
};

export type Progress = {
  update(value: number, detail?: string): void;
  stop(): void;
};

const formatOf = (o: ProgressOptions) =>
  o.total === undefined
    ? `${o.label} {value} ${o.unit} {detail} | {duration_formatted}`
    : `${o.label} [{bar}] {percentage}% | {value}/{total} ${o.unit} {detail} | ETA {eta_formatted}`;

export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) {
    return {
      update(value, detail = '') {
        const line = options.plain?.(value, detail);
        if (line) stream.write(`${line}\n`);
      },
      stop() {},
    };
  }
  const bar = new SingleBar({
    stream,
    format: formatOf(options),
    hideCursor: true,
    barsize: 30,
    fps: 5,
    // Thousands separators: a million rows reads as 1,000,000.
    formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? v.toLocaleString('en') : String(v)),
  });
  bar.start(options.total ?? 0, 0, { detail: '' });
  return {
    update: (value, detail = '') => bar.update(value, { detail }),
    stop: () => bar.stop(),
  };
}

/** Progress over the tables of a whole-installation export or restore; the bar starts at the first table. */
export function tableProgress(label: string, stream?: ProgressStream) {
  let bar: Progress | null = null;
  return {
    onTable(table: string, rows: number, done: number, total: number) {
      bar ??= startProgress({
        label,
        unit: 'tables',
        total,
        stream,
        plain: (_done, detail) => `… ${detail}`,
      });
      bar.update(done, `${table}: ${rows.toLocaleString('en')} rows`);
    },
    stop: () => bar?.stop(),
  };
}
