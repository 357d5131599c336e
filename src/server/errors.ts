import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { UNSTORABLE_TEXT_MESSAGE } from '../domain/common.js';
import type { Actor, AuditEntry } from './audit/audit.js';

export type ErrorDetail = { path: string; message: string };

/** An error the client caused or may see; everything else becomes a generic 500. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** A refusal the audit log must keep, written when the request ends (see `refused`). */
export type Denial = { actor: Actor; entry: AuditEntry };

const denials = new WeakMap<AppError, Denial>();

/**
 * The error, marked as a refusal to audit. The audit entry is written by the error handler once the
 * request's transaction has rolled back: written inside it, it would roll back with the refused write.
 */
export function refused(error: AppError, actor: Actor, entry: Omit<AuditEntry, 'outcome'>): AppError {
  denials.set(error, { actor, entry: { ...entry, outcome: 'denied' } });
  return error;
}

/** The refusal an error carries, if it is one (see `refused`). */
export const denialOf = (error: unknown): Denial | undefined =>
  error instanceof AppError ? denials.get(error) : undefined;

export const notFound = (what = 'Record') => new AppError(404, 'not_found', `${what} not found`);

export function validationError(issues: readonly z.core.$ZodIssue[], where = 'body'): AppError {
  return new AppError(
    400,
    'validation_failed',
    `The request ${where} is not valid`,
    // An unknown field is reported on its parent object: name the field itself in the path.
    issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({
            path: [...i.path, key].map(String).join('.'),
            message: `Unknown field ${key}`,
          }))
        : [{ path: i.path.map(String).join('.'), message: i.message }],
    ),
  );
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

type PgError = { code?: string; detail?: string; constraint?: string; table?: string; column?: string };

/**
 * Socket errors of a server that is not there, and PostgreSQL's own: connection exceptions (class 08),
 * admin shutdown, crash shutdown, cannot connect now, too many connections.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** What pg and its pool say when a connection is lost or cannot be made in time. */
const UNREACHABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error|terminating connection)/;

/** Whether the error means the database cannot be reached (rather than a query that went wrong). */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  // Node's connection attempts to several addresses fail together.
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnreachable);
  return UNREACHABLE_MESSAGE.test(error.message);
}

export const databaseUnavailable = () =>
  new AppError(503, 'database_unavailable', 'The database cannot be reached right now; try again shortly');

/** Turns PostgreSQL constraint violations into the API's errors; other errors pass through. */
export function fromDatabaseError(error: unknown): unknown {
  if (isDatabaseUnreachable(error)) return databaseUnavailable();
  const e = error as PgError;
  if (!e || typeof e.code !== 'string') return error;
  const key = /Key \(([^)]+)\)=\(([^)]*)\)/.exec(e.detail ?? '');
  const path = key?.[1] ? key[1].split(', ').map(camel).join(',') : (e.column && camel(e.column)) || '';
  switch (e.code) {
    case '23505':
      return new AppError(409, 'conflict', 'A record with the same value already exists', [
        { path, message: `${key?.[2] ?? 'This value'} is already in use` },
      ]);
    case '23503': {
      const table = /table "([^"]+)"/.exec(e.detail ?? '')?.[1];
      return /is still referenced/.test(e.detail ?? '')
        ? new AppError(409, 'in_use', 'The record is still referenced by other records')
        : new AppError(422, 'unknown_reference', 'The request refers to a record that does not exist', [
            {
              path,
              message: `No ${table ? table.replace(/_/g, ' ') : 'record'} with ${key?.[2] ?? 'that id'}`,
            },
          ]);
    }
    case '23514':
    case '23502':
      return new AppError(422, 'rule_violated', 'The record breaks a rule of the data model', [
        { path, message: e.constraint ? `Rule ${e.constraint} is not met` : 'A required value is missing' },
      ]);
    case '22P02':
    case '22007':
    case '22008':
      return new AppError(400, 'invalid_value', 'A value has the wrong form');
    // Text the database cannot hold (NUL, or a NUL escape in JSON) that slipped past the schemas.
    case '22021':
    case '22P05':
      return new AppError(
        400,
        'invalid_text',
        'A value holds a character that cannot be stored',
        path ? [{ path, message: UNSTORABLE_TEXT_MESSAGE }] : [],
      );
    case '22003':
      return new AppError(
        400,
        'invalid_value',
        'A number is out of range',
        path ? [{ path, message: 'The value does not fit' }] : [],
      );
    default:
      return error;
  }
}

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

/** The one place errors become responses; stack traces never leave the server. */
export function respondToError(error: unknown, c: Context, log: (e: unknown) => void) {
  const mapped = fromDatabaseError(error);
  if (mapped instanceof AppError && mapped.code === 'database_unavailable') {
    log(error); // the operator needs to know; the client only that it may try again
    c.header('Retry-After', '5');
  }
  if (mapped instanceof AppError) return c.json(errorBody(mapped), mapped.status);
  log(error);
  return c.json(errorBody(new AppError(500, 'internal', 'Something went wrong on the server')), 500);
}
