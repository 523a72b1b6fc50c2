import { describe, expect, it } from 'vitest';
import { claimReview, scriptSafeJson } from '../../src/site/jsonld.ts';

describe('ClaimReview JSON-LD', () => {
  it('cannot close its script element or open a comment', () => {
    const json = scriptSafeJson({ note: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ note: '</script><script>alert(1)</script><!-- & \u2028' });
  });

  it('describes the claim and keeps only http(s) appearance URLs', () => {
    const review = claimReview({
      url: '/claims/x/y/',
      claimReviewed: 'X · Y',
      rating: 'accurate',
      verdictValue: '69.4%',
      verdictNote: 'Because.',
      reviewer: 'crosscheck-editors',
      datePublished: '2026-12-06',
      appearances: [
        { title: 'Good', url: 'https://example.com/a', date: '2026-04-23', author: 'Alpha News' },
        { title: 'Bad', url: 'javascript:alert(1)' },
      ],
    });
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('X · Y');
    expect(review.datePublished).toBe('2026-12-06');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'crosscheck-editors' });
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Accurate: 69.4%',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      ratingExplanation: 'Because.',
    });
    expect(JSON.stringify(review)).not.toContain('javascript:');
    expect((review.itemReviewed as { appearance: unknown[] }).appearance).toEqual([
      { '@type': 'CreativeWork', headline: 'Good', url: 'https://example.com/a', datePublished: '2026-04-23', author: { '@type': 'Organization', name: 'Alpha News' } },
      { '@type': 'CreativeWork', headline: 'Bad' },
    ]);
  });
});
