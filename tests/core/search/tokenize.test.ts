import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processTerm, termsOf, tokenize, tokenSpans } from '../../../src/core/search/tokenize.ts';

describe('tokenize', () => {
  it('keeps decimals and drops thousands separators', () => {
    expect(termsOf('GPT-5.5 scored 82.7% on 6,613,169 tasks.')).toEqual(['gpt', '5.5', 'scored', '82.7', '6613169', 'tasks']);
  });

  it('splits hyphenated names and drops stop words and possessives', () => {
    expect(termsOf('The Terminal-Bench score of Claude Opus’s model')).toEqual(['terminal', 'bench', 'score', 'claude', 'opus', 'model']);
  });

  it('folds case and diacritics', () => {
    expect(termsOf('Café ÉLAN')).toEqual(['cafe', 'elan']);
  });

  it('gives offsets that slice back to the raw token', () => {
    const text = '  “Spud” — 69.4%, done';
    for (const s of tokenSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.raw);
    expect(tokenize(text)).toEqual(['Spud', '69.4', 'done']);
  });

  it('processes terms idempotently, so shards can index already-processed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const terms = termsOf(text);
        for (const t of terms) {
          expect(tokenize(t)).toEqual([t]);
          expect(processTerm(t)).toBe(t);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
