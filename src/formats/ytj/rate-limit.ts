/**
 * A token bucket that keeps a client under a request budget, and a clock that tests can replace.
 *
 * A plain bucket of capacity C refilled at R per minute lets C + R requests through in some minute. To
 * promise "at most N a minute" in every 60-second window, `perMinute` refills at N − C a minute: a burst of
 * C, then a steady pace, never more than N in any window. A 429 answer pauses the whole bucket (every
 * waiting request), since the server's Retry-After is about the client, not one request.
 */

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface TokenBucketOptions {
  capacity: number;
  /** Tokens added per millisecond. */
  refillPerMs: number;
  clock?: Clock;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private tail: Promise<void> = Promise.resolve();
  private readonly clock: Clock;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerMs > 0)) {
      throw new RangeError('a token bucket needs a capacity of at least 1 and a positive refill rate');
    }
    this.clock = options.clock ?? systemClock;
    this.tokens = options.capacity;
    this.last = this.clock.now();
  }

  /** A bucket that lets at most `perMinute` takes through in any 60-second window. */
  static perMinute(perMinute: number, burst = 10, clock?: Clock): TokenBucket {
    const capacity = Math.max(1, Math.min(burst, Math.floor(perMinute / 2)));
    return new TokenBucket({ capacity, refillPerMs: (perMinute - capacity) / 60_000, clock });
  }

  /** Waits for a token, first come first served. Rejects only if `signal` aborts. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.tail.then(() => this.acquire(signal));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** Holds every take until `ms` from now (a server's Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  private refill(now: number) {
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.options.capacity, this.tokens + elapsed * this.options.refillPerMs);
    this.last = now;
  }

  private async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now, signal);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.clock.sleep(Math.ceil((1 - this.tokens) / this.options.refillPerMs), signal);
    }
  }
}

/** Retry-After as milliseconds: delta seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
