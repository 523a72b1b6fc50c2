import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex, explainNearMiss, findQuote, normalizeForQuote } from '../../src/core/quotes.ts';

const TEXT = 'GPT-5.5 dropped April 23.\n\nOn Terminal-Bench 2.0,  it achieves 82.7% accuracy compared to Claude Opus’s 69%—a gap.';

describe('quote matching', () => {
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
