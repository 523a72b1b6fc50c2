/**
 * Which queries run cold. A cold query starts a fresh client (and, for Pagefind, compiles its
 * wasm), so every fifth query of the set — all three kinds alike — is enough for the bytes
 * and first-result figures; hit rate and warm latency use every query.
 */
import type { BenchQuery } from '../generate/queries.ts';

export const WARM_ROUNDS = 2;

export function coldSample(queries: BenchQuery[]): BenchQuery[] {
  return queries.filter((_, i) => i % 5 === 0);
}
