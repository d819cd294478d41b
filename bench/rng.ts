/**
 * Deterministic randomness for the benchmark: one seed gives the same graph, the same query
 * arguments and the same path pairs on every machine, so two result files are comparable.
 */

/** A seeded generator of floats in [0, 1) (sfc32: small, fast, good enough for workloads). */
export interface Rng {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** Creates a generator from a 32-bit seed (any number; the same seed gives the same stream). */
export function createRng(seed: number): Rng {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed * 31);
  let c = 0xb7e15162 ^ (seed * 17);
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next(); // mix the seed in
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/**
 * Samples indexes 0..n-1 with probability proportional to 1 / (i + 1)^exponent (Zipf): index 0
 * is the biggest hub. Uses the cumulative weights and a binary search (O(log n) per draw).
 */
export function createZipfSampler(n: number, exponent: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** exponent;
    cumulative[i] = total;
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A geometric count >= min with the given mean (heavy enough a tail for evidence counts). */
export function geometric(rng: Rng, min: number, mean: number): number {
  const p = 1 / (1 + Math.max(0, mean - min));
  let k = min;
  while (k < min + 50 && !rng.chance(p)) k++;
  return k;
}
