import { useCallback, useEffect, useState } from 'react';

export type Loadable<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'ready'; data: T; error?: undefined }
  | { state: 'error'; data?: undefined; error: unknown };

type Entry<T> = { key: string; result: Loadable<T> };

/**
 * Runs `load` whenever `key` changes and keeps only the latest answer (an older, slower request never
 * overwrites a newer one). `reload` runs it again with the same key, showing the old data meanwhile.
 * With `keepPrevious`, a new key shows the previous key's data until its own arrives (`busy` is true),
 * so a table does not blink while it pages or filters.
 */
export function useApi<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  keepPrevious = false,
) {
  const [entry, setEntry] = useState<Entry<T> | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setEntry({ key, result: { state: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setEntry({ key, result: { state: 'error', error } });
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; the key says when the request changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = entry !== null && entry.key === key;
  let result: Loadable<T> = { state: 'loading' };
  if (entry && (current || (keepPrevious && entry.result.state === 'ready'))) result = entry.result;
  return { ...result, busy: !current, reload };
}
