import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex as buildIndex, explainNearMiss, findQuote, normalizedQuote, normalizeForQuote, TOKEN_INDEX_MIN_LENGTH } from '../../src/core/quotes.ts';

const TEXT = 'GPT-5.5 dropped April 23.\n\nOn Terminal-Bench 2.0,  it achieves 82.7% accuracy compared to Claude Opus’s 69%—a gap.';

// Every case runs against both ways of locating a quote: the token index of long texts, and
// the scan of short ones (forced here by the threshold, since the test texts are short).
for (const [way, from] of [
  ['token index', 0],
  ['scan', TOKEN_INDEX_MIN_LENGTH],
] as const) {
  const buildQuoteIndex = (text: string) => buildIndex(text, from);
  describe(`quote matching (${way})`, () => {
    it('finds a quote across line breaks, double spaces and typographic quotes/dashes', () => {
      const ix = buildQuoteIndex(TEXT);
      const r = findQuote(ix, "On Terminal-Bench 2.0, it achieves 82.7% accuracy compared to Claude Opus's 69%-a gap");
      expect(r).not.toBeNull();
      expect(TEXT.slice(r!.start, r!.end)).toBe('On Terminal-Bench 2.0,  it achieves 82.7% accuracy compared to Claude Opus’s 69%—a gap');
    });

    it('refuses anything looser: case, a changed digit, an empty quote', () => {
      const ix = buildQuoteIndex(TEXT);
      expect(findQuote(ix, 'on terminal-bench 2.0')).toBeNull();
      expect(findQuote(ix, 'it achieves 83.7% accuracy')).toBeNull();
      expect(findQuote(ix, '   ')).toBeNull();
    });

    it('explains quotes that match only without zero-width characters or homoglyphs', () => {
      const ix = buildQuoteIndex(TEXT);
      expect(findQuote(ix, 'it achi\u200beves 82.7%')).toBeNull();
      expect(explainNearMiss(ix, 'it achi\u200beves 82.7%')).toMatch(/invisible/);
      expect(findQuote(ix, 'it \u0430chieves 82.7%')).toBeNull(); // Cyrillic а
      expect(explainNearMiss(ix, 'it \u0430chieves 82.7%')).toMatch(/look-alike/);
      expect(explainNearMiss(ix, 'nothing like it at all')).toBeUndefined();
    });

    it('agrees with a plain scan of the normalised text for every substring (property)', () => {
      const word = fc.stringMatching(/^[a-zA-Z0-9’“”—.,%-]{1,6}$/);
      const sep = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t');
      const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
          const start = a % t.length;
          const end = start + 1 + (b % (t.length - start));
          const quote = t.slice(start, end);
          const ix = buildQuoteIndex(t);
          const r = findQuote(ix, quote);
          const qn = normalizeForQuote(quote).norm;
          if (qn === '') return r === null;
          expect(r).not.toBeNull();
          expect(normalizeForQuote(t.slice(r!.start, r!.end)).norm).toBe(qn);
          return true;
        }),
        { numRuns: 500 },
      );
    });

    it('finds a quote exactly when a plain scan finds it, at its first occurrence (property)', () => {
      // Few distinct words, so quotes often almost match and many tokens share a hash bucket.
      const word = fc.constantFrom('a', 'b', 'ab', 'the', 'The', '“x”', '—', '1.5%', 'ba');
      const sep = fc.constantFrom(' ', '  ', '\n');
      const words = (n: number) => fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: n }).map((parts) => parts.map(([w, s]) => w + s).join('').trim());
      fc.assert(
        fc.property(words(60), words(6), (t, quote) => {
          const ix = buildQuoteIndex(t);
          const norm = normalizeForQuote(t);
          const qn = normalizeForQuote(quote).norm;
          const at = qn === '' ? -1 : norm.norm.indexOf(qn);
          const r = findQuote(ix, quote);
          if (at < 0) expect(r).toBeNull();
          else expect(r).toEqual({ start: norm.map[at], end: norm.map[at + qn.length - 1] + 1 });
        }),
        { numRuns: 2_000 },
      );
    });
  });
}

describe('normalizedQuote', () => {
  it('gives what the full normalisation gives, for quotes already normal and for any text', () => {
    const chars = fc.constantFrom('a', 'B', '7', ' ', '  ', '\n', '\t', '\u00a0', '\u2019', '\u201c', '\u2014', '\u2212', '\u2010', '\u3000', '\u0001', '\u00e9', '-', '"', "'");
    const text = fc.oneof(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 12 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizedQuote(t)).toBe(normalizeForQuote(t).norm);
      }),
    );
  });

  it('returns a normal quote itself', () => {
    const quote = 'Badrert Ultra recorded a api blended price of $637.58, the company said';
    expect(normalizedQuote(quote)).toBe(quote);
    expect(normalizedQuote(' two  spaces ')).toBe('two spaces');
  });
});

describe('the token index', () => {
  it('is built for long texts only, and then finds what the scan finds', () => {
    const long = 'word '.repeat(TOKEN_INDEX_MIN_LENGTH / 5) + 'The needle sits here at the end.';
    const indexed = buildIndex(long);
    expect(indexed.heads.length).toBeGreaterThan(0);
    expect(buildIndex('The needle sits here.').heads.length).toBe(0);
    const scanned = buildIndex(long, Infinity);
    expect(scanned.heads.length).toBe(0);
    for (const q of ['needle sits here at', 'word word The needle', 'sits there at', 'word']) expect(findQuote(indexed, q), q).toEqual(findQuote(scanned, q));
    expect(findQuote(indexed, 'needle sits here at')).toEqual({ start: long.indexOf('needle'), end: long.indexOf('needle') + 'needle sits here at'.length });
  });
});
