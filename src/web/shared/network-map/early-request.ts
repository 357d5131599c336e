/** A prefetched answer older than this is asked for again: the page may have been left meanwhile. */
const FRESH_MS = 10_000;

/**
 * One request started before the page's code runs (see early.ts), taken by the page once and while
 * fresh; otherwise the page asks again.
 */
export function earlyRequest<T>(load: (key: string, signal?: AbortSignal) => Promise<T>) {
  let started: { key: string; at: number; answer: Promise<T> } | null = null;
  return {
    start(key: string) {
      const answer = load(key);
      answer.catch(() => undefined); // the page shows the error when it takes the answer
      started = { key, at: Date.now(), answer };
    },
    take(key: string, signal?: AbortSignal): Promise<T> {
      const prefetched = started;
      started = null;
      if (prefetched?.key === key && Date.now() - prefetched.at < FRESH_MS) return prefetched.answer;
      return load(key, signal);
    },
  };
}
