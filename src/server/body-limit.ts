import type { MiddlewareHandler } from 'hono';
import { AppError } from './errors.js';

/** How much of an oversized body is read and thrown away so that its 413 reaches the client. */
export const DISCARD_AT_MOST = 64 * 1024 * 1024;

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** Reads the rest of a body and throws it away; false when it went on past the cap. */
async function discard(reader: Reader, read: number): Promise<boolean> {
  let size = read;
  while (size <= DISCARD_AT_MOST) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
  }
  return false;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/**
 * Refuses a body over `maxSize` bytes with 413 and `message`. The answer waits until the client has
 * sent the whole body (read and thrown away, up to a cap): most clients read an answer only after
 * sending, and a server that closes its end while the client still sends makes the client's system
 * reset the connection, losing the 413 with it. Then the connection stays usable. A body declared or
 * found larger than the cap is answered at once and its connection closed.
 */
export function limitBody(maxSize: number, message: string): MiddlewareHandler {
  const tooLarge = () => new AppError(413, 'too_large', message);
  return async (c, next) => {
    // GET and HEAD come without a body; asking for it would build a whole fetch Request for nothing.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const body = c.req.raw.body;
    if (!body) return next();
    const length = c.req.raw.headers.has('transfer-encoding')
      ? undefined
      : Number(c.req.raw.headers.get('content-length') ?? NaN);
    // A declared length is kept to by the HTTP parser: a body within the limit needs no counting.
    if (length !== undefined && length <= maxSize) return next();
    if (length !== undefined && length > DISCARD_AT_MOST) {
      c.header('Connection', 'close');
      throw tooLarge();
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxSize) {
        if (!(await discard(reader, size))) c.header('Connection', 'close');
        throw tooLarge();
      }
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: concat(chunks, size) });
    return next();
  };
}
