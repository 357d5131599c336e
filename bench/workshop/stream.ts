/**
 * The facilitator's screen in the benchmark: reads the workshop's server-sent events with fetch, keeps
 * when each idea arrived (every arrival, to see doubles), counts vote changes, and reconnects with
 * Last-Event-ID as a browser would if the connection drops.
 */
export type Arrivals = { ideas: Map<string, number[]>; votes: number; total: number; reconnects: number };

export function readStream(url: string, headers: Record<string, string>, signal: AbortSignal) {
  const arrivals: Arrivals = { ideas: new Map(), votes: 0, total: 0, reconnects: -1 };
  let lastId = '';
  const take = (block: string) => {
    const field = (name: string) =>
      block
        .split('\n')
        .find((l) => l.startsWith(`${name}: `))
        ?.slice(name.length + 2);
    const event = field('event');
    if (!event) return;
    lastId = field('id') ?? lastId;
    arrivals.total++;
    if (event === 'idea-added') {
      const id = (JSON.parse(field('data')!) as { idea: { id: string } }).idea.id;
      arrivals.ideas.set(id, [...(arrivals.ideas.get(id) ?? []), Date.now()]);
    } else if (event === 'vote-changed') arrivals.votes++;
  };
  const once = async () => {
    arrivals.reconnects++;
    const res = await fetch(url, {
      headers: { ...headers, ...(lastId ? { 'last-event-id': lastId } : {}) },
      signal,
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
      let end;
      while ((end = text.indexOf('\n\n')) >= 0) {
        take(text.slice(0, end));
        text = text.slice(end + 2);
      }
    }
  };
  const done = (async () => {
    while (!signal.aborted) await once().catch(() => undefined);
    return arrivals;
  })();
  return { done };
}
