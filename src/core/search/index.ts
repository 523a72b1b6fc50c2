/** Tiered full-text search: build-time sharding and the browser client share these modules. */
export { buildSearch, planSearch, type BuiltSearch, type BuildOptions, type SearchIndex } from './build.ts';
export { TieredSearch, type Loader, type SearchHit, type SearchPage } from './client.ts';
export { claimTitle, prepareDocs, type DisplayDoc, type Facets, type SearchInput, type SearchClaimInput, type SearchSourceInput, type SearchSubjectInput } from './documents.ts';
export { searchFile, searchFilePaths, searchFiles, searchOutputs, shardOfPath, type SearchFile } from './files.ts';
export { chunkOf, searchPaths, SEARCH_FORMAT_VERSION, type SearchMeta } from './format.ts';
export { highlight, hitRanges, snippet, type Segment } from './highlight.ts';
export { fuzziness, indexOptions, searchOptions, usePrefix } from './options.ts';
export { emptyQuery, FILTER_KEYS, hasFilters, parseQuery, queryToParams, type SearchQuery } from './query.ts';
export { filesForTerm, keyFor, planShards, type ShardKeys } from './shards.ts';
export { processTerm, termsOf, tokenize, tokenSpans } from './tokenize.ts';
