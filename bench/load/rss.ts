import fs from 'node:fs';

export type RssSamples = { pid: number; peakMb: number; meanMb: number };

/** Resident set size of a process from /proc (Linux), in kB; 0 once it is gone. */
function rssKb(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples each process's RSS every `everyMs` until `stop()`, which gives its peak and mean. */
export function sampleRss(pids: number[], everyMs = 500) {
  const samples = pids.map(() => [] as number[]);
  const take = () => pids.forEach((pid, i) => samples[i]!.push(rssKb(pid)));
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): RssSamples[] {
      clearInterval(timer);
      take();
      return pids.map((pid, i) => {
        const xs = samples[i]!;
        const mb = (kb: number) => Math.round(kb / 1024);
        return { pid, peakMb: mb(Math.max(...xs)), meanMb: mb(xs.reduce((a, b) => a + b, 0) / xs.length) };
      });
    },
  };
}
