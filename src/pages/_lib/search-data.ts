/**
 * The tiered search index, planned once per build from the site data and shared by its
 * endpoints. Term shards are built on demand by their endpoint, one at a time, so the build
 * never holds every shard's index at once.
 */
import { planSearch, type SearchIndex } from '../../core/search/build.ts';
import { searchInput } from '../../site/search-input.ts';
import { siteData } from './data.ts';

let cached: Promise<SearchIndex> | undefined;

export function searchIndex(): Promise<SearchIndex> {
  cached ??= siteData().then((data) => planSearch(searchInput(data.corpus, data.analysis)));
  return cached;
}
