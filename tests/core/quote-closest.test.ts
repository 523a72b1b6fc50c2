import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteUserText } from '../../src/core/diagnostics.ts';
import { closestPassage, describeClosest } from '../../src/core/quote-closest.ts';
import { buildQuoteIndex, findQuote } from '../../src/core/quotes.ts';
import { validateProject } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

const BODY = "Intro line.\nOn the Bench benchmark it scores 82.7%, the vendor's blog says. Other text follows here.\nAnd on Terminal-Bench 2.0, it achieves 69.4% accuracy.\n";
const ix = buildQuoteIndex(BODY);
const describe_ = (q: string) => {
  const c = closestPassage(ix, q);
  return c && describeClosest(c, BODY, { file: 'sources/a.md', bodyLine: 8 }, quoteUserText);
};

describe('closestPassage: what a failed quote most likely meant', () => {
  it('a one-digit typo: the passage, its line, and the figure that differs', () => {
    expect(describe_('it scores 82.9%')).toBe('The closest passage is at sources/a.md:9: "it scores 82.7%,"; the quote has "82.9%" where the source has "82.7%,".');
  });

  it('a changed word, an added word, a dropped word', () => {
    expect(describe_('Terminal-Bench 2.0, it reaches 69.4% accuracy')).toMatch(/sources\/a\.md:10: "Terminal-Bench 2\.0, it achieves 69\.4% accuracy\."; the quote has "reaches" where the source has "achieves"\.$/);
    expect(describe_("it scores 82.7%, the vendor's great blog says")).toMatch(/the quote has "great", which the source does not have there\.$/);
    expect(describe_('scores 82.7%, the blog says')).toMatch(/the quote has no "vendor's", which the source has there\.$/);
  });

  it('a quote cut inside a word is not a difference', () => {
    expect(describe_("cores 82.7%, the vendors blog")).toMatch(/the quote has "vendors" where the source has "vendor's"\.$/);
  });

  it('says nothing when nothing is close', () => {
    expect(closestPassage(ix, 'nothing like this at all here')).toBeUndefined();
  });

  it('property: a quote taken from the text with one word changed finds that very passage', () => {
    const words = BODY.replace(/\n/g, ' ').trim().split(' ');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 6 }), fc.integer({ min: 4, max: 6 }), fc.integer({ min: 1, max: 4 }), (start, len, k) => {
        const slice = words.slice(start, start + len);
        const changed = [...slice];
        changed[k % len] = `${changed[k % len]}X`;
        const c = closestPassage(ix, changed.join(' '));
        expect(c).toBeDefined();
        expect(findQuote(ix, BODY.slice(c!.start, c!.end))).not.toBeNull();
        expect(c!.differences).toEqual([{ quote: changed[k % len], source: slice[k % len] }]);
      }),
    );
  });
});

describe('quote-not-found in the check', () => {
  it('names the closest passage and the one digit that differs', () => {
    const [d] = validateProject(fixtureProject('quote-not-found')).diagnostics;
    expect(d.rule).toBe('quote-not-found');
    expect(d.message).toMatch(/The closest passage is at sources\/alpha-news\.md:\d+: ".*it scores 82\.7%.*"; the quote has "83\.7%" where the source has "82\.7%,?"\.$/);
  });
});
