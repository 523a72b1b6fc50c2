/** What a search asks for, and how it lives in the URL (`/search/?q=terminal+bench&status=contested`). */

export interface SearchQuery {
  q: string;
  status: string;
  subject: string;
  type: string;
  source: string;
}

export const FILTER_KEYS = ['status', 'subject', 'type', 'source'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Longest query text kept from a URL; longer input is cut, not rejected. */
const MAX_QUERY = 200;

export function emptyQuery(): SearchQuery {
  return { q: '', status: '', subject: '', type: '', source: '' };
}

export function parseQuery(params: URLSearchParams): SearchQuery {
  const out = emptyQuery();
  out.q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  for (const k of FILTER_KEYS) out[k] = (params.get(k) ?? '').slice(0, MAX_QUERY);
  return out;
}

/** Only the parts that are set, in a fixed order, so equal searches give equal URLs. */
export function queryToParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const k of FILTER_KEYS) if (query[k]) params.set(k, query[k]);
  return params;
}

export function hasFilters(query: SearchQuery): boolean {
  return FILTER_KEYS.some((k) => query[k] !== '');
}
