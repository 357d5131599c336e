import type { Context, TypedResponse } from 'hono';
import type { JSONValue } from 'hono/utils/types';

/**
 * JSON as UTF-8 bytes, encoded once. Node writes a Buffer beside the response headers; a string body it
 * first joins to the headers and encodes again, copying a large answer several times per request.
 */
export const jsonBytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

/** Answers with JSON bytes (from jsonBytes, or kept from an earlier answer) as a typed JSON response. */
export function sendJson<S extends 200 | 201>(c: Context, bytes: Buffer, status: S) {
  const response = c.body(bytes as Uint8Array<ArrayBuffer>, status, { 'content-type': 'application/json' });
  return response as unknown as Response & TypedResponse<JSONValue, S, 'json'>;
}
