import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/core/model.ts';
import { parseValue } from '../../src/core/values/index.ts';
import { readValue } from '../../src/core/values/in-context.ts';
import { plural, rangeText, rawText } from '../../src/site/format.ts';
import { proposition, statusClass, statusLabel } from '../../src/site/labels.ts';

const parse = (type: Parameters<typeof parseValue>[0], raw: string): TypedValue => {
  const r = parseValue(type, raw);
  if (!r.ok) throw new Error(r.expected);
  return r.value;
};

/** A value as a claim reads it under a property of exact precision (money's default). */
const exact = (type: Parameters<typeof parseValue>[0], raw: string): TypedValue => {
  const r = readValue({ type, precision: 'exact' }, raw);
  if (!r.ok) throw new Error(r.expected);
  return r.value;
};

describe('value texts', () => {
  it('states the range a wording allows', () => {
    expect(rangeText(parse('percent', '69%'))).toBe('68.5% to 69.5%');
    expect(rangeText(parse('number', 'over 10,000'))).toMatch(/^more than 10,000/);
    expect(rangeText(parse('date', 'April 2026'))).toBe('any day in April 2026');
    expect(rangeText(parse('date', 'April 23, 2026'))).toBe('');
    // An exact value is shown as written, without the extra decimal that interval ends get.
    expect(rangeText(exact('money', '$670.99'))).toBe('exactly $670.99');
  });

  it('writes range ends like the figure: no ".0" on whole ends, its scale word, its unit', () => {
    expect(rangeText(parse('number', 'over 10,000'))).toBe('more than 10,000');
    expect(rangeText(parse('number', 'over 2 years'))).toBe('more than 2 years');
    expect(rangeText(parse('number', 'over 10 gigawatts'))).toBe('more than 10 gigawatts');
    expect(rangeText(parse('number', 'over 15 trillion tokens'))).toBe('more than 15 trillion tokens');
    expect(rangeText(parse('number', '1 million'))).toBe('0.5 million to 1.5 million');
    expect(rangeText(parse('number', '2-million-token'))).toBe('1.5 million to 2.5 million tokens');
    expect(rangeText(parse('number', 'nearly 2 petabytes'))).toBe('1.5 to 2 petabytes');
    expect(rangeText(parse('number', 'about 950,000'))).toBe('855,000 to 1,045,000');
    expect(rangeText(parse('percent', 'about 3%'))).toBe('2.25% to 3.75%');
    expect(rangeText(parse('money', '$20 million'))).toBe('$19.5 million to $20.5 million');
    expect(rangeText(parse('money', 'under $5 per 1M input tokens'))).toBe('less than $5 per 1M input tokens');
    expect(rangeText(exact('money', '$5.30 per 1M input tokens'))).toBe('exactly $5.30 per 1M input tokens');
    expect(rangeText(parse('multiplier', 'over 10x'))).toBe('more than 10x');
  });

  it('shows booleans as yes and no', () => {
    expect(rawText(true)).toBe('yes');
    expect(rawText(false)).toBe('no');
    expect(rawText('82.7%')).toBe('82.7%');
  });
});

describe('labels', () => {
  it('names statuses in words and whitelists their CSS class', () => {
    expect(statusLabel('contested')).toBe('Contested');
    expect(statusClass('contested')).toBe('contested');
    expect(statusClass('x" onmouseover="alert(1)')).toBe('unknown');
    expect(statusLabel('__proto__')).toBe('Unknown');
  });

  it('writes the proposition with named qualifiers', () => {
    expect(proposition('GPT-5.5', 'Terminal-Bench 2.0 lead', { versus: 'claude-opus-4-7' }, (id) => (id === 'claude-opus-4-7' ? 'Claude Opus 4.7' : undefined))).toBe(
      'GPT-5.5 · Terminal-Bench 2.0 lead · versus: Claude Opus 4.7',
    );
    expect(proposition('GPT-5.5', 'Release date', {})).toBe('GPT-5.5 · Release date');
  });
});

describe('counts in words', () => {
  it('says one or many, with thousands grouped as the pages print them', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(0, 'claim')).toBe('0 claims');
    expect(plural(12345, 'source')).toBe('12,345 sources');
    expect(plural(2, 'analysis', 'analyses')).toBe('2 analyses');
    // Below 1,000 the count is written without the formatter; at and above it, grouped.
    for (const n of [0, 7, 999, 1000, 1001, 2.5, -3, 123456789]) expect(plural(n, 'x')).toBe(`${n.toLocaleString('en-US')} ${n === 1 ? 'x' : 'xs'}`);
  });
});
