import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress, tableProgress, type ProgressStream } from './progress.js';

/** A stream that says it is (or is not) a terminal, and keeps what was written. */
function stream(isTTY: boolean) {
  let text = '';
  const s = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as Writable & ProgressStream & Record<string, unknown>;
  s.isTTY = isTTY;
  Object.assign(s, { columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { s, text: () => text };
}

describe('CLI progress', () => {
  it('draws a bar with the percentage on a terminal', () => {
    const out = stream(true);
    const bar = startProgress({ label: 'Generating', unit: 'companies', total: 2000, stream: out.s });
    bar.update(1000);
    bar.stop();
    expect(out.text()).toMatch(/Generating \[=+-+\] 50% \| 1,000\/2,000 companies/);
  });

  it('writes only the plain lines elsewhere, without terminal codes', () => {
    const out = stream(false);
    const bar = startProgress({
      label: 'Importing',
      unit: 'rows',
      stream: out.s,
      plain: (n, detail) => (n % 2 === 0 ? `… ${n} rows ${detail}` : null),
    });
    bar.update(1, 'odd');
    bar.update(2, '(2 created)');
    bar.stop();
    expect(out.text()).toBe('… 2 rows (2 created)\n');
  });

  it('counts tables once the first one is done', () => {
    const tty = stream(true);
    const bar = tableProgress('Exporting', tty.s);
    bar.onTable('organisations', 12000, 1, 4);
    bar.stop();
    expect(tty.text()).toMatch(/Exporting \[.*\] 25% \| 1\/4 tables organisations: 12,000 rows/);
    const log = stream(false);
    const plain = tableProgress('Exporting', log.s);
    plain.onTable('organisations', 12000, 1, 4);
    plain.stop();
    expect(log.text()).toBe('… organisations: 12,000 rows\n');
  });
});
