/** JSON out: whole documents, and arrays streamed item by item for large exports. */

export function toJsonText(value: unknown, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(value, replacer, options.pretty ? 2 : undefined) ?? 'null';
}

/** Maps and Sets become objects and arrays, bigints strings; other values as JSON.stringify writes them. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
  if (value instanceof Set) return [...value];
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** A JSON array written one item at a time: '[', items separated by commas, ']'. */
export async function* jsonArrayChunks(
  items: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const item of items) {
    yield (first ? '\n' : ',\n') + toJsonText(item);
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
