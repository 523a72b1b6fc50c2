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
      verdictValue: '69.4%',
      verdictNote: 'Because.',
      appearances: [{ title: 'Good', url: 'https://example.com/a' }, { title: 'Bad', url: 'javascript:alert(1)' }],
    });
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('X · Y');
    expect(JSON.stringify(review)).not.toContain('javascript:');
    expect((review.itemReviewed as { appearance: unknown[] }).appearance).toEqual([
      { '@type': 'CreativeWork', headline: 'Good', url: 'https://example.com/a' },
      { '@type': 'CreativeWork', headline: 'Bad' },
    ]);
  });
});
