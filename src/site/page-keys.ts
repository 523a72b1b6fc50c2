/**
 * Every claim, source and subject page's cache key at once (src/site/cache-keys.ts), so the
 * build worker can compute them on its thread while the main one stores the collections and
 * bundles; pages then look theirs up instead of hashing the corpus in `getStaticPaths`. A page
 * whose key is missing from a set computes its own, as it would without one.
 */
import { claimPageKey, sourcePageKey, subjectPageKey } from './cache-keys.ts';
import { subjectMatrix } from './page-index.ts';
import type { SiteData } from './site-data.ts';

export interface PageKeys {
  claims: Map<string, string>;
  sources: Map<string, string>;
  subjects: Map<string, string>;
}

export function computePageKeys(data: SiteData): PageKeys {
  return {
    claims: new Map([...data.claims.values()].map((c) => [c.id, claimPageKey(data, c)])),
    sources: new Map([...data.sources.values()].map((s) => [s.id, sourcePageKey(data, s)])),
    subjects: new Map([...data.subjects.values()].map((s) => [s.id, subjectPageKey(data, s, subjectMatrix(data, s))])),
  };
}
