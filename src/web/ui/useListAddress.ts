import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A paged list's state in the address (search, filters, sort, cursor), so a link or the back button
 * brings the same list back; `pager` gives the previous/next buttons their cursors.
 */
export function useListAddress() {
  const [params, setParams] = useSearchParams();
  const cursor = params.get('cursor') ?? '';
  // Cursors of the pages before this one, for "previous page".
  const [history, setHistory] = useState<string[]>([]);

  /** Changes some parameters; any change but paging starts again from the first page. */
  const update = (patch: Record<string, string>, keepHistory = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('cursor' in patch)) next.delete('cursor');
    if (!keepHistory) setHistory([]);
    setParams(next);
  };

  const pager = (nextCursor: string | null) => ({
    history,
    nextCursor,
    onPrevious: () => {
      setHistory(history.slice(0, -1));
      update({ cursor: history[history.length - 1] ?? '' }, true);
    },
    onNext: () => {
      setHistory([...history, cursor]);
      update({ cursor: nextCursor ?? '' }, true);
    },
  });

  return { params, cursor, update, pager };
}
