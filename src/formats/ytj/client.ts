/**
 * Live look-up in PRH's YTJ open data API v3: one company by business ID, or a page of a name search.
 * Stays under a request budget (300 a minute by default, token bucket), backs off on 429 and 503 honouring
 * Retry-After, retries timeouts and gateway errors a few times with exponential back-off, and limits the
 * size of what it reads. Failures are FormatErrors with a code (invalid_input, timeout, rate_limited,
 * http_error, network_error, malformed) for the server to turn into a response.
 */
import { FormatError, errorMessage } from '../format-error.js';
import { normalizeBusinessId } from './business-id.js';
import { TokenBucket, parseRetryAfter, systemClock, type Clock } from './rate-limit.js';
import type { YtjCompany } from './types.js';
import { parseYtjV3Response } from './v3.js';

export const YTJ_V3_BASE_URL = 'https://avoindata.prh.fi/opendata-ytj-api/v3';

export interface YtjClientOptions {
  /** Base URL of the v3 API (default PRH's); tests point it at a stub on 127.0.0.1. */
  baseUrl?: string;
  /** Request budget per minute, default 300. */
  requestsPerMinute?: number;
  /** Requests that may go at once before the steady pace starts, default 10. */
  burst?: number;
  /** Time for one request including its body, default 15 s. */
  timeoutMs?: number;
  /** Retries after 429, 502–504, timeouts and network errors, default 4. */
  maxRetries?: number;
  /** A Retry-After longer than this fails at once with `rate_limited` instead of waiting, default 120 s. */
  maxRetryAfterMs?: number;
  /** First back-off when the server gives no Retry-After, doubled each retry, default 1 s. */
  backoffBaseMs?: number;
  /** Largest response body read, default 20 MB. */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  clock?: Clock;
  userAgent?: string;
}

export interface YtjLookup {
  company: YtjCompany;
  warnings: string[];
}

export interface YtjSearchPage {
  totalResults: number | null;
  page: number;
  companies: YtjLookup[];
  /** Records in the page that could not be mapped, with the reason. */
  rejected: { businessId: string | null; error: string }[];
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

export class YtjClient {
  private readonly baseUrl: string;
  private readonly bucket: TokenBucket;
  private readonly fetchFn: typeof fetch;
  private readonly clock: Clock;
  private readonly o: Required<
    Pick<
      YtjClientOptions,
      'timeoutMs' | 'maxRetries' | 'maxRetryAfterMs' | 'backoffBaseMs' | 'maxResponseBytes'
    >
  >;

  constructor(private readonly options: YtjClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? YTJ_V3_BASE_URL).replace(/\/+$/, '');
    if (!/^https?:\/\//.test(this.baseUrl)) {
      throw new FormatError('invalid_input', `the YTJ base URL must be http(s): ${this.baseUrl}`);
    }
    const perMinute = options.requestsPerMinute ?? 300;
    if (!Number.isInteger(perMinute) || perMinute < 2 || perMinute > 100_000) {
      throw new FormatError('invalid_input', 'requestsPerMinute must be a whole number from 2 to 100 000');
    }
    this.clock = options.clock ?? systemClock;
    this.bucket = TokenBucket.perMinute(perMinute, options.burst ?? 10, this.clock);
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.o = {
      timeoutMs: options.timeoutMs ?? 15_000,
      maxRetries: options.maxRetries ?? 4,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      maxResponseBytes: options.maxResponseBytes ?? 20 * 1024 * 1024,
    };
  }

  /** The company with this business ID, or null when PRH has none. */
  async getByBusinessId(businessId: string, signal?: AbortSignal): Promise<YtjLookup | null> {
    const id = normalizeBusinessId(businessId);
    if (!id)
      throw new FormatError(
        'invalid_input',
        `'${String(businessId).slice(0, 20)}' is not a valid business ID`,
      );
    const page = await this.companies(new URLSearchParams({ businessId: id }), 1, signal);
    return page.companies.find((c) => c.company.businessId === id) ?? null;
  }

  /** One page (100 companies at most, pages start at 1) of PRH's name search. */
  async searchByName(
    name: string,
    options: { page?: number; signal?: AbortSignal } = {},
  ): Promise<YtjSearchPage> {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed.length < 2 || trimmed.length > 200) {
      throw new FormatError('invalid_input', 'a name search needs 2 to 200 characters');
    }
    const page = options.page ?? 1;
    if (!Number.isInteger(page) || page < 1 || page > 10_000) {
      throw new FormatError('invalid_input', 'the page must be a whole number from 1');
    }
    const params = new URLSearchParams({ name: trimmed });
    if (page > 1) params.set('page', String(page));
    return this.companies(params, page, options.signal);
  }

  private async companies(
    params: URLSearchParams,
    page: number,
    signal?: AbortSignal,
  ): Promise<YtjSearchPage> {
    const json = await this.getJson(`${this.baseUrl}/companies?${params}`, signal);
    if (json === null) return { totalResults: 0, page, companies: [], rejected: [] };
    const parsed = parseYtjV3Response({ json });
    if (!parsed.ok)
      throw new FormatError('malformed', `PRH answered something else than companies: ${parsed.error}`);
    const result: YtjSearchPage = { totalResults: parsed.totalResults, page, companies: [], rejected: [] };
    for (const r of parsed.results) {
      if (r.ok) result.companies.push({ company: r.company, warnings: r.warnings });
      else result.rejected.push({ businessId: r.businessId, error: r.error });
    }
    return result;
  }

  /** GET with the budget, retries and limits; null on 404. */
  private async getJson(url: string, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      await this.bucket.take(signal);
      const outcome = await this.attempt(url, signal);
      if (outcome.kind === 'done') return outcome.value;
      const retryAfter = outcome.retryAfterMs ?? this.backoff(attempt);
      if (attempt >= this.o.maxRetries || retryAfter > this.o.maxRetryAfterMs) {
        throw new FormatError(outcome.code, `${outcome.message} (after ${attempt + 1} attempts)`, {
          status: outcome.status,
          retryAfterMs: retryAfter,
        });
      }
      if (outcome.status === 429 || outcome.status === 503) this.bucket.pauseFor(retryAfter);
      else await this.clock.sleep(retryAfter, signal);
    }
  }

  private backoff(attempt: number): number {
    return Math.min(60_000, this.o.backoffBaseMs * 2 ** attempt);
  }

  private async attempt(url: string, signal?: AbortSignal): Promise<Attempt> {
    const timeout = AbortSignal.timeout(this.o.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await this.fetchFn(url, {
        signal: combined,
        headers: {
          accept: 'application/json',
          'user-agent': this.options.userAgent ?? 'Solmu (YTJ look-up)',
        },
      });
      if (RETRY_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.clock.now());
        const code = response.status === 429 ? 'rate_limited' : 'http_error';
        return {
          kind: 'retry',
          code,
          status: response.status,
          retryAfterMs,
          message: `PRH answered ${response.status}`,
        };
      }
      if (response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'done', value: null };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FormatError('http_error', `PRH answered ${response.status} ${response.statusText}`, {
          status: response.status,
        });
      }
      const text = await readLimited(response, this.o.maxResponseBytes);
      try {
        return { kind: 'done', value: JSON.parse(text) as unknown };
      } catch (error) {
        throw new FormatError('malformed', `PRH's answer is not JSON: ${errorMessage(error)}`);
      }
    } catch (error) {
      if (error instanceof FormatError) throw error;
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) {
        return {
          kind: 'retry',
          code: 'timeout',
          retryAfterMs: null,
          message: `no answer within ${this.o.timeoutMs} ms`,
        };
      }
      return {
        kind: 'retry',
        code: 'network_error',
        retryAfterMs: null,
        message: `cannot reach PRH: ${errorMessage(error)}`,
      };
    }
  }
}

type Attempt =
  | { kind: 'done'; value: unknown }
  | {
      kind: 'retry';
      code: 'rate_limited' | 'http_error' | 'timeout' | 'network_error';
      status?: number;
      retryAfterMs: number | null;
      message: string;
    };

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FormatError('too_large', `PRH's answer is ${declared} bytes, more than ${maxBytes}`);
  }
  if (!response.body) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FormatError('too_large', `PRH's answer is more than ${maxBytes} bytes`);
    parts.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(parts));
}
