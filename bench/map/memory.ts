/** Memory of the browser the benchmark launched, read from /proc: proportional set sizes, in MB. */
import fs from 'node:fs';

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

function pssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

const commandLine = (pid: number) => {
  try {
    // Chromium rewrites its children's command lines, joining the arguments with spaces.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

/**
 * Chromium runs as children of this process (so does the embedded PostgreSQL, left out by name). PSS
 * counts a page shared by several processes once in all, so the sums add up.
 */
export function chromiumMemory() {
  const chromium = descendants(process.pid).filter((pid) => /chrom/i.test(commandLine(pid).split(' ')[0]!));
  const renderers = chromium.filter((pid) => commandLine(pid).includes(' --type=renderer'));
  return { rendererPssMb: pssMb(renderers), chromiumPssMb: pssMb(chromium) };
}
