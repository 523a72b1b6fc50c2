/**
 * Schema.org ClaimReview for every claim with a verdict: its rating, review date, reviewer and
 * each appearance of the claim (the source's URL, date and author where known). The JSON goes inside a
 * <script type="application/ld+json">, so `<`, `>`, `&` and the JavaScript line separators
 * are escaped: no data can close the script element or start a comment.
 */
import { safeHttpUrl } from './urls.ts';

export interface ClaimReviewInput {
  /** Absolute URL of the claim page, or its path when the site URL is unknown. */
  url: string;
  claimReviewed: string;
  /** The verdict's rating on Crosscheck's scale (README, "Verdicts"). */
  rating: string;
  verdictValue?: string;
  /** The verdict note as plain text. */
  verdictNote: string;
  reviewer: string;
  /** The review date, YYYY[-MM[-DD]]. */
  datePublished: string;
  /** Each source that makes the claim: its URL, date and author where known. */
  appearances: Array<{ title: string; url?: string; date?: string; author?: string }>;
}

/** Crosscheck's ratings on schema.org's 1–5 scale, worst to best; compatible reports are not false. */
const RATING_VALUES: Record<string, number> = { inaccurate: 1, misleading: 2, unsupported: 3, compatible: 4, accurate: 5 };

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const appearance = input.appearances.map((a) => {
    const url = safeHttpUrl(a.url);
    return {
      '@type': 'CreativeWork',
      headline: a.title,
      ...(url ? { url } : {}),
      ...(a.date ? { datePublished: a.date } : {}),
      ...(a.author ? { author: { '@type': 'Organization', name: a.author } } : {}),
    };
  });
  const name = input.rating.charAt(0).toUpperCase() + input.rating.slice(1);
  const value = RATING_VALUES[input.rating];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.claimReviewed,
    datePublished: input.datePublished,
    author: { '@type': 'Organization', name: input.reviewer },
    publisher: { '@type': 'Organization', name: 'Crosscheck' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: input.verdictValue !== undefined ? `${name}: ${input.verdictValue}` : name,
      ...(value !== undefined ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
      ratingExplanation: input.verdictNote,
    },
    itemReviewed: { '@type': 'Claim', ...(appearance.length > 0 ? { appearance } : {}) },
  };
}

/** JSON safe to place verbatim inside a <script> element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
