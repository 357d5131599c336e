import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { Limiter, MakeLimiter } from './rate-limit.js';

/** How often an app deletes the windows that have ended (each instance on its own; the delete is cheap). */
const SWEEP_EVERY_MS = 60_000;

type Clock = () => number;

/** The stored key: the limiter's name and the key, hashed (no e-mail or address is kept as it is). */
const storedKey = (name: string, key: string) =>
  crypto.createHash('sha256').update(name).update('\0').update(key).digest();

const secondsUntil = (end: Date, t: number) => Math.max(1, Math.ceil((end.getTime() - t) / 1000));

/**
 * Fixed-window counters in the `rate_limits` table, shared by every instance on the database. A take is
 * one upsert: the row lock of `on conflict do update` makes simultaneous takes on any instance take
 * turns, and the statement itself says whether it counted. Time is the app's clock (tests move it).
 */
export class PgLimiter implements Limiter {
  constructor(
    private readonly db: Database,
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: Clock,
    private readonly sweeper: Sweeper,
  ) {}

  async wait(key: string) {
    const t = this.now();
    const row = await this.db
      .selectFrom('rateLimits')
      .select(['count', 'endsAt'])
      .where('key', '=', storedKey(this.name, key))
      .executeTakeFirst();
    return row && row.endsAt.getTime() > t && row.count >= this.limit ? secondsUntil(row.endsAt, t) : 0;
  }

  async take(key: string, credential?: string) {
    const t = this.now();
    await this.sweeper.maybeSweep(t);
    const at = new Date(t);
    const fresh = credential === undefined ? [] : [credential];
    const ended = sql<boolean>`rate_limits.ends_at <= ${at}`;
    // Refused without counting when the window is full, unless this credential was already counted.
    const seen = sql<boolean>`${credential ?? null}::text = any(rate_limits.credentials)`;
    const full = sql<boolean>`rate_limits.count >= ${this.limit}`;
    const row = await this.db
      .insertInto('rateLimits')
      .values({
        key: storedKey(this.name, key),
        count: this.limit > 0 ? 1 : 0,
        endsAt: new Date(t + this.windowMs),
        refused: this.limit <= 0,
        credentials: this.limit > 0 ? fresh : [],
      })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          refused: sql<boolean>`not ${ended} and not coalesce(${seen}, false) and ${full}`,
          count: sql<number>`case when ${ended} then excluded.count
            when coalesce(${seen}, false) or ${full} then rate_limits.count
            else rate_limits.count + 1 end`,
          credentials: sql<string[]>`case when ${ended} then excluded.credentials
            when coalesce(${seen}, false) or ${full} then rate_limits.credentials
            else rate_limits.credentials || excluded.credentials end`,
          endsAt: sql<Date>`case when ${ended} then excluded.ends_at else rate_limits.ends_at end`,
        }),
      )
      .returning(['refused', 'endsAt'])
      .executeTakeFirstOrThrow();
    return row.refused ? secondsUntil(row.endsAt, t) : 0;
  }

  async giveBack(key: string) {
    await this.db
      .updateTable('rateLimits')
      .set({ count: sql<number>`count - 1` })
      .where('key', '=', storedKey(this.name, key))
      .where('count', '>', 0)
      .execute();
  }

  async reset(key: string) {
    await this.db.deleteFrom('rateLimits').where('key', '=', storedKey(this.name, key)).execute();
  }
}

/** Deletes ended windows at most once a minute of the app's clock, on the first take after that. */
export class Sweeper {
  private last = -Infinity;

  constructor(private readonly db: Database) {}

  async maybeSweep(t: number) {
    if (t - this.last < SWEEP_EVERY_MS && t >= this.last) return;
    this.last = t;
    await this.db.deleteFrom('rateLimits').where('endsAt', '<=', new Date(t)).execute();
  }
}

/** The limiters of one app, in the database `db`, on the app's clock. */
export function pgLimiters(db: Database, now: Clock): MakeLimiter {
  const sweeper = new Sweeper(db);
  return (name, limit, windowMs) => new PgLimiter(db, name, limit, windowMs, now, sweeper);
}
