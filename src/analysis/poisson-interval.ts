/**
 * The 95 % confidence interval of a count taken as a Poisson variable: how far the count could have
 * been from its expected value by chance alone. A location quotient is an observed count over an
 * expected one (like a standardised ratio), so its interval is the count's interval over the same
 * expected count.
 *
 * Small counts get the exact (Garwood 1936) interval, found by solving the Poisson distribution
 * function for its mean; from EXACT_LIMIT on, Byar's approximation (Breslow & Day 1987), whose limits
 * differ from the exact ones by less than 0.1 % there. Both are the methods public-health statistics
 * use for standardised ratios.
 */

/** Standard normal quantile of 0.975. */
const Z = 1.959963984540054;
const TAIL = 0.025;
const EXACT_LIMIT = 100;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** P(X ≤ k) for X ~ Poisson(mean), summed in log space so large means do not underflow. */
function poissonCdf(k: number, mean: number): number {
  if (mean === 0) return 1;
  let logTerm = -mean;
  let total = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mean) - Math.log(i);
    total += Math.exp(logTerm);
  }
  return Math.min(total, 1);
}

/** The mean at which P(X ≤ k) equals `target` (the distribution function falls as the mean grows). */
function solveMean(k: number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (poissonCdf(k, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function exact(count: number): Interval {
  const ceiling = count + 10 * Math.sqrt(count + 1) + 10;
  // Lower: the mean at which P(X ≥ count) = 2.5 %, i.e. P(X ≤ count − 1) = 97.5 %.
  const low = count === 0 ? 0 : solveMean(count - 1, 1 - TAIL, 0, ceiling);
  // Upper: the mean at which P(X ≤ count) = 2.5 %.
  const high = solveMean(count, TAIL, 0, ceiling);
  return { low, high };
}

function byar(count: number): Interval {
  const a = count;
  const b = count + 1;
  return {
    low: a * (1 - 1 / (9 * a) - Z / (3 * Math.sqrt(a))) ** 3,
    high: b * (1 - 1 / (9 * b) + Z / (3 * Math.sqrt(b))) ** 3,
  };
}

/** 95 % interval of the Poisson mean behind an observed count (rounded to a whole number first). */
export function poissonInterval(observed: number): Interval {
  const count = Math.max(0, Math.round(observed));
  return count < EXACT_LIMIT ? exact(count) : byar(count);
}
