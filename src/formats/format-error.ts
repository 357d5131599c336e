/**
 * The one error type the format readers and writers throw or return. Readers prefer returning issues
 * (a file's problems are data, not exceptions); writers and the live client throw a FormatError when they
 * are handed something they cannot represent, so callers can tell an expected failure from a bug.
 */
export type FormatErrorCode =
  | 'invalid_input'
  | 'too_large'
  | 'unsupported_format'
  | 'zip_bomb'
  | 'malformed'
  | 'timeout'
  | 'rate_limited'
  | 'http_error'
  | 'network_error';

export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    readonly code: FormatErrorCode,
    message: string,
    readonly details?: { readonly status?: number; readonly retryAfterMs?: number },
  ) {
    super(message);
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}

/** A readable message from anything thrown, for issue lists. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
