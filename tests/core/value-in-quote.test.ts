/** A value against the figures of its own quote (src/core/value-in-quote.ts); the fixtures are tests/fixtures/check/value-not-in-quote*. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../src/core/model.ts';
import { validateProject } from '../../src/core/validate.ts';
import { figuresMissingValue, quoteReader } from '../../src/core/value-in-quote.ts';
import { readValue } from '../../src/core/values/in-context.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

const reader = quoteReader([{ id: 'gpt-5-5', name: 'GPT-5.5', kind: 'model', aliases: [] }], []);

/** The figures `quote` gives that make `value` a miss, or undefined when it matches or the quote gives none. */
function missing(type: Property['type'], value: string, quote: string, extra: Partial<Property> = {}): string[] | undefined {
  const property: Property = { id: 'p', label: 'P', type, description: 'd', ...extra };
  const read = readValue(property, value, quote);
  if (!read.ok) throw new Error(`${value} does not read as a ${type}`);
  return figuresMissingValue(read.value, value, property, [quote], reader);
}

describe('figuresMissingValue', () => {
  it('names the figures of a quote none of which is the value', () => {
    expect(missing('percent', '45.2%', 'GPT-5.5 resolved 54.2% of SWE-Bench Pro tasks')).toEqual(['54.2%']);
    expect(missing('percent', '65%', 'it scored 61.0%, against 57.3% for the last model')).toEqual(['61.0%', '57.3%']);
  });

  it('counts a rounded or hedged value as a match, as the type compares them', () => {
    expect(missing('percent', '54%', 'GPT-5.5 resolved 54.2% of SWE-Bench Pro tasks')).toBeUndefined();
    expect(missing('percent', 'over 50%', 'GPT-5.5 resolved 54.2% of SWE-Bench Pro tasks')).toBeUndefined();
    expect(missing('number', '10,000', 'deployed on over 10,000 systems')).toBeUndefined();
  });

  it('reads the figures as the type does: a precise price is not a rounded one', () => {
    expect(missing('money', '$5', 'priced at $5.30 per million input tokens', { unit: 'USD per 1M input tokens' })).toEqual(['$5.30 per million input tokens']);
    expect(missing('money', '$5.3', 'priced at $5.30 per million input tokens', { unit: 'USD per 1M input tokens' })).toBeUndefined();
  });

  it('reads a change from a percent or a multiplier, with the direction its quote gives', () => {
    expect(missing('change', '35% lower', 'the company cut the price by 35%')).toBeUndefined();
    expect(missing('change', '30% lower', 'the company cut the price by 35%')).toEqual(['by 35%']);
    expect(missing('change', '2x higher', 'throughput doubled on the new chips')).toBeUndefined();
    expect(missing('multiplier', '2x', 'it runs 3x faster')).toEqual(['3x faster']);
  });

  it("reads a date written without a year in the value's own year, so only its month and day are checked", () => {
    expect(missing('date', '2026-04-23', 'the model launched on April 23, two weeks late')).toBeUndefined();
    expect(missing('date', '2026-04-24', 'the model launched on April 23, two weeks late')).toEqual(['April 23']);
    expect(missing('date', '2026-04', 'launched on April 23, 2026')).toBeUndefined();
  });

  it('says nothing when the quote gives no figure of the type', () => {
    expect(missing('percent', '50%', 'it resolved half of the tasks')).toBeUndefined();
    expect(missing('percent', '82.7%', 'it solved 827 of the 1,000 tasks')).toBeUndefined();
    expect(missing('boolean', 'true', 'it was released on 3 May 2026 at 20%')).toBeUndefined();
  });

  it("leaves the digits of the project's names alone: the 5.5 of GPT 5.5 is no figure", () => {
    expect(missing('number', '3', 'GPT 5.5 ships in several sizes')).toBeUndefined();
    expect(missing('number', '3', 'GPT 5.5 ships in 4 sizes')).toEqual(['4 sizes']);
  });

  it('spares the figure reader a value written as its quote writes it, but not one inside a longer figure', () => {
    expect(missing('percent', '54.2%', 'resolved 54.2% of tasks')).toBeUndefined();
    expect(missing('percent', '4.2%', 'resolved 54.2% of tasks')).toEqual(['54.2%']);
  });
});

describe('figuresMissingValue on any score', () => {
  // Tenths of a percent, so the quote's figure is written with one decimal ("54.2%").
  const tenths = fc.integer({ min: 0, max: 1000 });
  const quoteOf = (t: number) => `GPT-5.5 resolved ${(t / 10).toFixed(1)}% of the tasks`;

  it('finds the score rounded to a whole percent, as a writer rounds it', () => {
    fc.assert(fc.property(tenths, (t) => missing('percent', `${Math.round(t / 10)}%`, quoteOf(t)) === undefined));
  });

  it('names the figure for a value more than a point away', () => {
    fc.assert(
      fc.property(tenths, tenths, (t, u) => {
        fc.pre(Math.abs(t - u) > 10);
        expect(missing('percent', `${(u / 10).toFixed(1)}%`, quoteOf(t))).toEqual([`${(t / 10).toFixed(1)}%`]);
      }),
    );
  });
});

describe('value-not-in-quote in the check', () => {
  const claim = 'claims/model-x/bench-score.md';
  const edit = (replace: (text: string) => string) => fixtureProject('value-not-in-quote').map((f) => (f.path === claim ? { ...f, text: replace(f.text) } : f));

  it('is an error at the value: what the value is, what the quote gives, and the fix', () => {
    const [d] = validateProject(fixtureProject('value-not-in-quote')).diagnostics;
    expect(d).toMatchObject({ file: claim, line: 6, col: 12, rule: 'value-not-in-quote', severity: 'error' });
    expect(d.message).toBe('The value "28.7%" matches none of the percentages its quote gives ("82.7%"); a mistyped value would show on the site as a disagreement between articles.');
    expect(d.hint).toContain('The quote says "82.7%": correct the value, or quote the passage that gives "28.7%".');
    expect(d.hint).toContain('`inferred: true`');
  });

  it('leaves an inferred report alone: its value is a reading the quote does not state', () => {
    const inferred = edit((t) => t.replace('    quote:', '    inferred: true\n    quote:'));
    expect(validateProject(inferred).diagnostics).toEqual([]);
  });

  it('checks only a quote found in the article: a mistyped quote is a quote-not-found, not a wrong value', () => {
    const retyped = edit((t) => t.replace('value: "28.7%"', 'value: "82.7%"').replace('quote: "On the Bench benchmark it resolved 82.7%', 'quote: "On the Bench benchmark it resolved 28.7%'));
    expect(validateProject(retyped).diagnostics.map((d) => d.rule)).toEqual(['quote-not-found']);
  });

  it("checks a verdict's value against its evidence", () => {
    const verdict = (value: string) =>
      edit((t) =>
        t
          .replace('"28.7%"', '"82.7%"')
          .replace('\n---', `\nverdict:\n  rating: accurate\n  value: "${value}"\n  note: "Checked."\n  reviewer: an-editor\n  reviewed: 2026-05-03\n  evidence:\n    - source: gamma-review\n      quote: "it resolved 82.7% of the tasks"\n---`),
      );
    expect(validateProject(verdict('83%')).diagnostics).toEqual([]);
    const [d, ...rest] = validateProject(verdict('87.2%')).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 10, col: 10, rule: 'value-not-in-quote' });
    expect(d.message).toContain('The verdict value "87.2%" matches none of the percentages its evidence gives ("82.7%")');
    expect(d.hint).toBe('The evidence says "82.7%": correct the value, or add the passage that gives "87.2%" to the evidence.');
  });
});
