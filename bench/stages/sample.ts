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

/**
 * Hit rate and warm latency for one engine, measured the same way for both: a first pass over
 * every query loads what it needs and scores hits, then WARM_ROUNDS timed passes.
 */
export async function warmRuns<R>(
  queries: BenchQuery[],
  search: (text: string) => Promise<R>,
  isHit: (result: R, claim: string) => boolean,
): Promise<{ hits: number; hitsByKind: Record<string, number>; warm: Record<string, number[]> }> {
  let hits = 0;
  const hitsByKind: Record<string, number> = { exact: 0, prefix: 0, fuzzy: 0 };
  for (const query of queries) {
    if (isHit(await search(query.q), query.claim)) {
      hits++;
      hitsByKind[query.kind]++;
    }
  }
  const warm: Record<string, number[]> = { exact: [], prefix: [], fuzzy: [] };
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      await search(query.q);
      warm[query.kind].push(performance.now() - t0);
    }
  }
  return { hits, hitsByKind, warm };
}
