/**
 * Every href the site builds from data goes through here: internal paths are built from
 * encoded id segments, and external links must be absolute http(s) URLs or are dropped.
 */

/** The URL, normalised, when it is an absolute http(s) URL with a host; otherwise undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const u = new URL(value.trim());
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname.length === 0) return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/** Segments made of these characters, none starting with a dot, are their own encoding. */
const PLAIN_SEGMENTS = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(?:\/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*$/;

const segments = (id: string) =>
  // Every claim link goes through here (millions in a large build): plain ids skip the split.
  PLAIN_SEGMENTS.test(id)
    ? id
    : id
        .split('/')
        .filter((s) => s.length > 0 && s !== '.' && s !== '..')
        .map(encodeURIComponent)
        .join('/');

export const paths = {
  home: '/',
  claims: '/claims/',
  claim: (id: string) => `/claims/${segments(id)}/`,
  sources: '/sources/',
  source: (id: string) => `/sources/${encodeURIComponent(id)}/`,
  quote: (sourceId: string, n: number) => `/sources/${encodeURIComponent(sourceId)}/#${quoteAnchor(n)}`,
  subjects: '/subjects/',
  subject: (id: string) => `/subjects/${encodeURIComponent(id)}/`,
  conflicts: '/conflicts/',
  flag: (flagId: string) => `/conflicts/#${flagAnchor(flagId)}`,
  graph: '/graph/',
  feed: '/feed.xml',
  /** A contested claim's social card image (src/build/social-cards.ts writes it). */
  card: (id: string) => `/og/claims/${segments(id)}.png`,
  search: (q?: string) => (q ? `/search/?${new URLSearchParams({ q }).toString()}` : '/search/'),
};

export function quoteAnchor(n: number): string {
  return `q-${n}`;
}

/** An HTML id for a flag: ids are already kebab-case, anything else is replaced. */
export function flagAnchor(flagId: string): string {
  return `flag-${flagId.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** Route params for a claim page: Astro's rest parameter takes the id with its slash. */
export function claimParam(id: string): string {
  return id;
}
