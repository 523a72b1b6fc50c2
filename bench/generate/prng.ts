/**
 * A small seeded PRNG (mulberry32) so every benchmark corpus is byte-identical for a
 * given seed and size: timings of two runs or two machines compare the same input.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Index in [0, n) drawn from a Zipf-like distribution: low indexes are far commoner. */
  zipf(n: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    // Inverse-CDF of a 1/x density over [1, n + 1): cheap and close enough to Zipf's law for word frequencies.
    zipf: (n) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1),
  };
}

/** Derives an independent stream for one part of the corpus, so adding draws in one part leaves the others unchanged. */
export function subRng(seed: number, label: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return createRng(h >>> 0);
}
