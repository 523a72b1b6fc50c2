/**
 * Property 5: a quote verifies only if it honestly occurs in the archived text. Empty or
 * blank quotes fail the schema; quotes that would match only if homoglyphs, accents,
 * case or invisible characters were ignored fail as quote-not-found, and the message says why.
 * Source sentence (fixtures/check/base): "On the Bench benchmark it scores 82.7%, the vendor’s blog says".
 */
import { describe, expect, it } from 'vitest';
import { CLAIM, check, claim, lines } from './helpers.ts';

const QUOTE_AT = `${CLAIM}:7:12`;
const withQuote = (q: string) => check({ [CLAIM]: claim({ quote: JSON.stringify(q) }) });

const BLANK: Array<[string, string]> = [
  ['empty', ''],
  ['spaces', '   '],
  ['tab and newline', '\t\n'],
  ['no-break space', '\u00a0'],
  ['ideographic space', '\u3000'],
  ['zero-width spaces', '\u200b\u200b'],
  ['byte order mark', '\ufeff'],
  ['direction marks and a space', '\u200e \u200f'],
];

const INVISIBLE = /invisible characters \(zero-width or direction marks\).*only if they are ignored/;
const LOOKALIKE = /only if look-alike characters \(homoglyphs\), accents or invisible characters are ignored/;
const CASE = /only in letter case or accents/;

const NEAR_MISSES: Array<[string, string, RegExp]> = [
  ['Cyrillic с for c', 'On the Bench benchmark it sсores 82.7%', LOOKALIKE],
  ['Cyrillic а, е, о', 'On the Bеnch benchmаrk it scоres 82.7%', LOOKALIKE],
  ['Greek ο for o', 'On the Bench benchmark it sc\u03bfres 82.7%', LOOKALIKE],
  ['full-width digits', 'On the Bench benchmark it scores ８２.７%', LOOKALIKE],
  ['zero-width space inside a word', 'On the Bench bench\u200bmark it scores 82.7%', INVISIBLE],
  ['zero-width no-break space standing for a space', 'On the\ufeffBench benchmark it scores 82.7%', INVISIBLE],
  ['soft hyphen', 'On the Bench bench\u00admark it scores 82.7%', INVISIBLE],
  ['right-to-left override', '\u202eOn the Bench benchmark it scores 82.7%', INVISIBLE],
  ['homoglyph and zero-width together', 'On the Bench bench\u200bmark it sсores 82.7%', LOOKALIKE],
  ['letter case', 'on the bench benchmark it scores 82.7%', CASE],
  ['an added accent', 'On the Bénch benchmark it scores 82.7%', CASE],
];

describe('blank quotes fail the schema', () => {
  for (const [name, q] of BLANK) {
    it(name, () => {
      const result = withQuote(q);
      expect(lines(result)).toEqual([`${QUOTE_AT} schema-invalid`]);
      expect(result.diagnostics[0].message).toMatch(/must not be empty or only whitespace or invisible characters/);
    });
  }
});

describe('near misses fail and say why', () => {
  for (const [name, q, why] of NEAR_MISSES) {
    it(name, () => {
      const result = withQuote(q);
      expect(lines(result)).toEqual([`${QUOTE_AT} quote-not-found`]);
      expect(result.diagnostics[0].message).toMatch(why);
      // The echoed quote shows invisible characters as escapes, never raw.
      expect(result.diagnostics[0].message).not.toMatch(/[\u200b\u00ad\u202e\ufeff]/);
      expect(result.rejected).toEqual([CLAIM]);
      expect(result.corpus.claims).toEqual([]);
    });
  }

  it('a plainly wrong quote fails without a misleading explanation', () => {
    const result = withQuote('On the Bench benchmark it scores 99%');
    expect(lines(result)).toEqual([`${QUOTE_AT} quote-not-found`]);
    expect(result.diagnostics[0].message).not.toMatch(/homoglyph|invisible|letter case/);
  });
});

describe('honest differences still verify (controls)', () => {
  const HONEST: Array<[string, string]> = [
    ['straight apostrophe for a curly one', "the vendor's blog says"],
    ['curly apostrophe as in the source', 'the vendor\u2019s blog says'],
    ['extra spaces and a line break', 'On  the\n Bench   benchmark'],
    ['no-break space for a space', 'On the\u00a0Bench'],
  ];
  for (const [name, q] of HONEST) {
    it(name, () => {
      const result = withQuote(q);
      expect(result.diagnostics).toEqual([]);
      expect(result.corpus.claims[0].reports[0].quoteRange).toBeDefined();
    });
  }
});
