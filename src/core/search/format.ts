/** The files of the tiered search index, as both the build and the browser see them. */
import type { ShardKeys } from './shards.ts';

/** 2: subjects are documents too (display kind 'j', facet kind 2). */
export const SEARCH_FORMAT_VERSION = 2;

export interface SearchMeta {
  v: number;
  docs: number;
  claims: number;
  /** Subject documents: the last `subjects` document numbers. */
  subjects: number;
  keys: ShardKeys;
  shards: number;
  /** First document number of each display chunk, ascending. */
  chunks: number[];
}

/** Paths relative to the search base URL (`/search/`). */
export const searchPaths = {
  meta: 'meta.json',
  facets: 'facets.json',
  shard: (n: number) => `t/${n}.json`,
  chunk: (n: number) => `d/${n}.json`,
  /** The archived text of source document `i`, as a JSON string. */
  text: (i: number) => `x/${i}.json`,
};

/** The chunk holding document `i` (binary search over the chunk starts). */
export function chunkOf(i: number, starts: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
