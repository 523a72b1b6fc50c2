/** Where the search index lives in the output folder and in the cache folder. */
import { searchOutputs } from '../core/search/files.ts';

/** Below the site root; the search page and its client use the same. */
export const SEARCH_BASE = 'search/';

/** Term shard keys kept between builds, in Astro's cacheDir (see write-search.ts). */
export const SEARCH_SHARD_RECORD = 'crosscheck-search-shards.json';

/** The index's files and folders below the output folder: the worker replaces them on every build. */
export const SEARCH_OUTPUTS: readonly string[] = searchOutputs.map((name) => `${SEARCH_BASE}${name}`);
