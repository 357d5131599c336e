/**
 * A workshop's changes as server-sent events: first what the screen missed (after Last-Event-ID), then
 * each change as it commits. Comment lines keep idle connections open through proxies; the loop ends
 * when the client goes away.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../env.js';
import { rowsAfter, streamsEnding, subscribe } from './workshops.stream.js';

const HEARTBEAT_MS = 15_000;
/** Changes committed by another instance are not announced here: look for them this often. */
const POLL_MS = 5_000;
const BATCH = 500;

/** Where the screen left off: the Last-Event-ID header (the browser's reconnect) or `?lastEventId=`. */
export function resumeFrom(c: Context<AppEnv>): number {
  const given = c.req.header('last-event-id') ?? c.req.query('lastEventId') ?? '0';
  const n = Number(given);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/**
 * `stillThere`, when given, is asked at every change: once it says no (an erased participant), the
 * stream ends, and the phone's next read learns it is no longer known.
 */
export function sendStream(
  c: Context<AppEnv>,
  workshopId: string,
  types: readonly string[],
  from: number,
  stillThere?: () => Promise<boolean>,
) {
  const db = c.var.db;
  return streamSSE(c, async (stream) => {
    let last = from;
    let dirty = true;
    let wakeUp: (() => void) | null = null;
    const wake = () => {
      dirty = true;
      wakeUp?.();
    };
    const unsubscribe = subscribe(workshopId, wake);
    stream.onAbort(wake);
    let quietSince = Date.now();
    try {
      await stream.write('retry: 2000\n\n');
      while (!stream.aborted && !stream.closed && !streamsEnding()) {
        if (dirty) {
          dirty = false;
          if (stillThere && !(await stillThere())) break;
          const rows = await rowsAfter(db, workshopId, last, types, BATCH);
          for (const row of rows)
            await stream.writeSSE({ id: String(row.id), event: row.type, data: JSON.stringify(row.payload) });
          if (rows.length) {
            last = rows.at(-1)!.id;
            quietSince = Date.now();
          }
          if (rows.length === BATCH) dirty = true;
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            dirty = true;
            resolve();
          }, POLL_MS);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
        if (Date.now() - quietSince >= HEARTBEAT_MS) {
          await stream.write(': heartbeat\n\n');
          quietSince = Date.now();
        }
      }
    } finally {
      unsubscribe();
    }
  });
}
