/**
 * Prometheus metrics of this process, read at /metrics (when SOLMU_METRICS allows): HTTP latency by
 * route pattern (never a raw path: ids would make a series per record), the database pool, background
 * job runs and Node's own process metrics. One registry per process, shared by every app in it.
 */
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpDuration = new Histogram({
  name: 'solmu_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Runs of background jobs by queue and outcome (`completed`, `failed`, `retried`). */
export const jobRuns = new Counter({
  name: 'solmu_job_runs_total',
  help: 'Background job runs by queue and outcome',
  labelNames: ['queue', 'outcome'] as const,
  registers: [registry],
});

const poolConnections = new Gauge({
  name: 'solmu_db_pool_connections',
  help: 'Connections of the database pool: total open, idle, and requests waiting for one',
  labelNames: ['state'] as const,
  registers: [registry],
});

/** The metrics in Prometheus's text format, the pool's gauges read now. */
export async function metricsText(pool: pg.Pool | undefined): Promise<string> {
  if (pool) {
    poolConnections.set({ state: 'total' }, pool.totalCount);
    poolConnections.set({ state: 'idle' }, pool.idleCount);
    poolConnections.set({ state: 'waiting' }, pool.waitingCount);
  }
  return registry.metrics();
}

export const METRICS_CONTENT_TYPE = registry.contentType;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** One observation of a request; an unusual method counts as OTHER so a client cannot make new series. */
export function observeRequest(method: string, route: string, status: number, seconds: number) {
  const m = METHODS.has(method) ? method : 'OTHER';
  httpDuration.observe({ method: m, route, status: String(status) }, seconds);
}
