/**
 * Every claim, source and subject page's cache key at once (src/site/cache-keys.ts), computed
 * by the build worker on its own thread while the main one bundles and renders; the page cache
 * (src/build/page-cache.ts) looks each page's key up there.
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
