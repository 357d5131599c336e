import { useEffect, useState } from 'react';

/** What a search field found for its text, asked a moment after typing stops (two letters at least). */
export function useSearch<T>(text: string, search: (q: string, signal: AbortSignal) => Promise<T[]>) {
  const [found, setFound] = useState<{ q: string; items: T[]; failed: boolean }>({
    q: '',
    items: [],
    failed: false,
  });
  const q = text.trim();
  useEffect(() => {
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(q, controller.signal).then(
        (items) => setFound({ q, items, failed: false }),
        () => !controller.signal.aborted && setFound({ q, items: [], failed: true }),
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // the search function is the page's and stays the same for the text
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const current = q.length >= 2 && found.q === q;
  return { items: current ? found.items : [], failed: current && found.failed, searched: current };
}
