import { useEffect, useState } from 'react';
import { loadRuns, type ImportRun } from './api';

const POLL_MS = 1500;

/**
 * While an import request is in flight, the run the server is writing: the newest running run of this
 * file by this user, read from the run list every 1.5 s (a long import reports its counts as it goes).
 */
export function useLiveRun(active: boolean, fileName: string | null, createdBy: string | null) {
  const [live, setLive] = useState<ImportRun | null>(null);
  useEffect(() => {
    if (!active || !fileName || !createdBy) return;
    const controller = new AbortController();
    const poll = () =>
      loadRuns(controller.signal).then(
        (runs) =>
          setLive(
            runs.find((r) => r.state === 'running' && r.fileName === fileName && r.createdBy === createdBy) ??
              null,
          ),
        () => undefined,
      );
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
      setLive(null);
    };
  }, [active, fileName, createdBy]);
  return live;
}
