/**
 * Figures as newspapers, wire copy and model cards write them, read under a property the way
 * the check reads a report (its type, unit, precision, list and direction declarations), and
 * compared the way a fact-checker compares them. Written before the parser was extended: one
 * fixture per notation, and per outcome (agree, compatible with a note, conflict, not compared).
 */
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { TypedValue } from '../../../src/core/model.ts';
import { readValue, type ValueContext } from '../../../src/core/values/in-context.ts';
import { normalize } from '../../../src/core/values/index.ts';

const PRICE_IN: ValueContext = { type: 'money', unit: 'USD per 1M input tokens' };
const PRICE: ValueContext = { type: 'money', unit: 'USD per 1M tokens' };
const LUMP: ValueContext = { type: 'money', unit: 'USD', precision: 'measured' };
const SCORE: ValueContext = { type: 'percent', unit: '%' };
const COUNT: ValueContext = { type: 'number' };
const DAY: ValueContext = { type: 'date' };
const CHANGE: ValueContext = { type: 'change' };
const CUT: ValueContext = { type: 'change', direction: 'decrease' };
const HARDWARE: ValueContext = { type: 'text', list: true };

function read(ctx: ValueContext, raw: string | number, quote?: string): TypedValue {
  const r = readValue(ctx, raw, quote);
  if (!r.ok) throw new Error(`${JSON.stringify(raw)} should read as a ${ctx.type}: ${r.expected}`);
  return r.value;
}

function refused(ctx: ValueContext, raw: string, quote?: string): string {
  const r = readValue(ctx, raw, quote);
  if (r.ok) throw new Error(`${JSON.stringify(raw)} should be refused, read as ${JSON.stringify(r.value)}`);
  return r.expected;
}

function outcome(ctx: ValueContext, a: string, b: string, qa?: string, qb?: string) {
  return compareValues(read(ctx, a, qa), read(ctx, b, qb));
}

describe('notations newspapers and model cards use', () => {
  it.each([
    ['two million', 2e6],
    ['forty thousand', 4e4],
    ['half a million', 5e5],
    ['1.5 million', 1.5e6],
    ['3.2bn', 3.2e9],
    ['10K', 1e4],
    ['twelve', 12],
    ['some 6.6 million', 6.6e6],
    ['more than 10,000', 1e4],
    ['1,048,576', 1_048_576],
    ['two and a half billion', 2.5e9],
  ])('count %j is %d', (raw, value) => {
    expect(normalize(read(COUNT, raw))).toBe(value);
  });

  it.each([
    ['69 per cent', 69],
    ['69.4 percent', 69.4],
    ['about 40 pct', 40],
    ['nearly 70%', 70],
    ['up to 20%', 20],
    ['forty percent', 40],
    ['forty per cent', 40],
    ['69,4%', 69.4],
  ])('score %j is %d', (raw, value) => {
    expect(normalize(read(SCORE, raw))).toBe(value);
  });

  it.each([
    ['$5 per million input tokens', 5, '1M input tokens'],
    ['$0.002 per 1K tokens', 0.002, '1K tokens'],
    ['US$2.50 per 1M tokens', 2.5, '1M tokens'],
    ['$15/1M output tokens', 15, '1M output tokens'],
    ['$2.5bn', 2.5e9, undefined],
    ['$1.2 billion', 1.2e9, undefined],
    ['two million dollars', 2e6, undefined],
    ['€3 per million tokens', 3, '1M tokens'],
    // Found by probing notations after the first round.
    ['$5.30/M tokens', 5.3, '1M tokens'],
    ['0.53 cents per 1K tokens', 0.0053, '1K tokens'],
    ['$20 million-plus', 2e7, undefined],
  ])('price %j is %d per %s', (raw, value, basis) => {
    const v = read(LUMP, raw);
    expect(v).toMatchObject({ type: 'money', value });
    expect(v.type === 'money' ? v.basis : 'not money').toBe(basis);
  });

  it.each([
    ['March 3rd, 2026', '2026-03-03'],
    ['the 3rd of March 2026', '2026-03-03'],
    ['3rd of March, 2026', '2026-03-03'],
    ['Tuesday, March 3, 2026', '2026-03-03'],
    ['Tue 3 Mar 2026', '2026-03-03'],
    ['Sept. 3, 2026', '2026-09-03'],
    ['3 Mar. 2026', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
    ['March 2026', '2026-03'],
    ['4/23/2026', '2026-04-23'],
    ['23-Apr-2026', '2026-04-23'],
    ['2026/04/23', '2026-04-23'],
    ['23.04.2026', '2026-04-23'],
  ])('date %j is %s', (raw, iso) => {
    expect(normalize(read(DAY, raw))).toBe(iso);
  });

  it('refuses a numeric date that reads two ways, saying why and what to write', () => {
    const why = refused(DAY, '04/05/2026');
    expect(why).toMatch(/ambiguous/i);
    expect(why).toContain('April 5, 2026');
    expect(why).toContain('4 May 2026');
  });

  it('refuses part of a period, asking for the month or year the article gives', () => {
    expect(refused(DAY, 'mid-April 2026')).toContain('names part of a period');
    expect(refused(DAY, 'Q2 2026')).toContain('names part of a period');
  });

  it('reads a decimal comma only where it cannot be a thousands separator', () => {
    expect(normalize(read(COUNT, '1,5 million'))).toBe(1.5e6);
    expect(normalize(read(COUNT, '1,500'))).toBe(1500);
    expect(normalize(read(LUMP, '€1,50'))).toBe(1.5);
  });

  it('refuses a weekday that does not fall on the date', () => {
    expect(refused(DAY, 'Monday, March 3, 2026')).toContain('Tuesday');
  });

  it.each([
    ['lower', -1],
    ['rises', 1],
    ['cut', -1],
    ['increasing', 1],
    ['reduced by 35%', -35],
    ['35% lower', -35],
    ['a 20% increase', 20],
    ['down 12 per cent', -12],
    ['doubled', 2],
    ['35x cheaper', -35],
  ])('change %j reads with its direction', (raw, signed) => {
    const v = read(CHANGE, raw);
    if (typeof signed === 'number' && Math.abs(signed) === 1) expect(v).toMatchObject({ type: 'change', form: 'direction', direction: signed > 0 ? 'increase' : 'decrease' });
    else expect(normalize(v)).toBe(signed);
  });

  it('takes a bare change figure\'s direction from its quote, then from the property, never silently positive', () => {
    expect(normalize(read(CHANGE, 'by 35%', 'This has reduced the per-token inference cost by 35% compared to the 5.4 series'))).toBe(-35);
    expect(normalize(read(CHANGE, '20%', 'costs went up 20% this year'))).toBe(20);
    expect(normalize(read(CUT, '40%', 'requires 40% of the tokens'))).toBe(-40);
    const why = refused(CHANGE, 'by 35%', 'The figure moved by 35% compared to the 5.4 series');
    expect(why).toMatch(/direction/);
    expect(why).toContain('reduced by 35%');
  });

  it.each([
    ['GB200 NVL72', ['gb200 nvl72']],
    ['GB200 and GB300 NVL72', ['gb200 nvl72', 'gb300 nvl72']],
    ['H100 and GB200', ['gb200', 'h100']],
    ['GB200, GB300 and H100', ['gb200', 'gb300', 'h100']],
    ['H100s & A100s', ['a100s', 'h100s']],
    ['GB200/GB300 NVL72', ['gb200 nvl72', 'gb300 nvl72']],
    ['H100, H200, and B200', ['b200', 'h100', 'h200']],
    ['Nvidia H100 and AMD MI300X', ['amd mi300x', 'nvidia h100']],
  ])('list %j holds %j', (raw, items) => {
    const v = read(HARDWARE, raw);
    expect(v.type === 'text' ? v.items : undefined).toEqual(items);
  });
});

describe('agree', () => {
  it.each([
    [PRICE, '$0.002 per 1K tokens', '$2 per 1M tokens'],
    [PRICE, '$0.000002 per token', '$2.00 per million tokens'],
    [PRICE_IN, '$5', '$5.00'],
    [COUNT, 'two million', '2,000,000'],
    [DAY, 'March 3rd, 2026', '2026-03-03'],
    [DAY, 'the 3rd of March 2026', 'Tuesday, March 3, 2026'],
    [HARDWARE, 'GB300 and GB200', 'GB200, GB300'],
  ])('%o: %j and %j', (ctx, a, b) => {
    expect(outcome(ctx, a, b).agree).toBe(true);
  });

  it('69% and 69.4% agree for a measured score, saying one is rounded', () => {
    const c = outcome(SCORE, '69%', '69.4%');
    expect(c).toMatchObject({ agree: true, diagnosis: 'different-precision' });
  });

  it('a direction alone agrees with a magnitude in that direction', () => {
    expect(outcome(CHANGE, 'lower', 'reduced by 35%')).toMatchObject({ agree: true });
    expect(outcome(CHANGE, 'cut', '35x cheaper')).toMatchObject({ agree: true });
  });

  it('notes never print the same figure twice', () => {
    const c = outcome(COUNT, '10K', '10,000');
    if (c.note) {
      const figures = c.note.match(/"[^"]+"/g) ?? [];
      expect(new Set(figures).size).toBe(figures.length);
    }
  });
});

describe('compatible, with a note that says what differs', () => {
  it('a list inside a longer list', () => {
    const c = outcome(HARDWARE, 'GB200 NVL72', 'GB200 and GB300 NVL72');
    expect(c.agree).toBe(true);
    expect(c.note).toContain('GB300 NVL72');
  });

  it('two lists that overlap', () => {
    const c = outcome(HARDWARE, 'H100 and GB200', 'GB200 and GB300');
    expect(c.agree).toBe(true);
    expect(c.note).toContain('GB200');
    expect(c.note).toMatch(/H100/);
    expect(c.note).toMatch(/GB300/);
  });

  it('an estimate and a figure inside it', () => {
    expect(outcome(COUNT, 'about 2 million', '2.1 million')).toMatchObject({ agree: true, diagnosis: 'bound-compatible' });
    expect(outcome(PRICE_IN, 'more than $5', '$5.30')).toMatchObject({ agree: true, diagnosis: 'bound-compatible' });
  });

  it('a bare change figure agrees with a direction word', () => {
    expect(outcome(CHANGE, 'lower', 'by 35%', undefined, 'This has reduced the cost by 35%')).toMatchObject({ agree: true });
  });
});

describe('conflict', () => {
  it('an integer list price is exact to the cent', () => {
    const c = outcome(PRICE_IN, '$5 per million input tokens', '$5.30');
    expect(c).toMatchObject({ agree: false, diagnosis: 'value-mismatch' });
  });

  it('"per million" counts what the property counts', () => {
    expect(outcome(PRICE_IN, '$5 per million', '$5.30 per 1M input tokens')).toMatchObject({ agree: false, diagnosis: 'value-mismatch' });
  });

  it('a price on another basis is converted, and the note shows the arithmetic once', () => {
    const c = outcome(PRICE, '$0.002 per 1K tokens', '$2.50 per 1M tokens');
    expect(c.agree).toBe(false);
    expect(c.note).toContain('$0.002 per 1K tokens = $2.00 per 1M tokens');
    expect(c.note).toContain('25%');
    expect(c.note?.split('$2.50 per 1M tokens').length).toBe(2);
  });

  it('a lump sum read to its written precision is not exact', () => {
    expect(outcome(LUMP, '$200 million', '$200.3 million').agree).toBe(true);
    expect(outcome(LUMP, '$200 million', '$210 million').agree).toBe(false);
  });

  it('opposite directions, with or without magnitude', () => {
    expect(outcome(CHANGE, 'lower', 'increasing by 20%')).toMatchObject({ agree: false, diagnosis: 'opposite-direction' });
    expect(outcome(CHANGE, 'rises', 'cut')).toMatchObject({ agree: false, diagnosis: 'opposite-direction' });
  });

  it('lists that share nothing', () => {
    expect(outcome(HARDWARE, 'H100', 'GB200 NVL72')).toMatchObject({ agree: false, diagnosis: 'text-mismatch' });
  });

  it('69% and 70% for a measured score', () => {
    expect(outcome(SCORE, '69%', '70%').agree).toBe(false);
  });
});

describe('not compared, and shown so', () => {
  it('a price per GPU-hour and a price per 1M tokens', () => {
    const c = outcome(PRICE, '$2 per GPU-hour', '$2 per 1M tokens');
    expect(c).toMatchObject({ agree: true, diagnosis: 'different-basis' });
    expect(c.note).toMatch(/not compared/);
  });
});
