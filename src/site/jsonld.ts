/**
 * Schema.org ClaimReview for claims an editor has resolved. The JSON goes inside a
 * <script type="application/ld+json">, so `<`, `>`, `&` and the JavaScript line separators
 * are escaped: no data can close the script element or start a comment.
 */
import { safeHttpUrl } from './urls.ts';

export interface ClaimReviewInput {
  /** Absolute URL of the claim page, or its path when the site URL is unknown. */
  url: string;
  claimReviewed: string;
  verdictValue?: string;
  /** The verdict note as plain text. */
  verdictNote: string;
  appearances: Array<{ title: string; url?: string }>;
}

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const appearance = input.appearances.map((a) => {
    const url = safeHttpUrl(a.url);
    return { '@type': 'CreativeWork', headline: a.title, ...(url ? { url } : {}) };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.claimReviewed,
    author: { '@type': 'Organization', name: 'Crosscheck' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: input.verdictValue !== undefined ? `Resolved: ${input.verdictValue}` : 'Resolved',
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
