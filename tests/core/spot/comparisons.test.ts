/** Figures in a comparison between two subjects: leads, "A to B" pairs, earlier values, the `versus` of a comparison. */
import { describe, expect, it } from 'vitest';
import type { Corpus, Property, Source, Subject } from '../../../src/core/model.ts';
import { earlierValue, pairedByTo } from '../../../src/core/spot/comparisons.ts';
import { findFigures } from '../../../src/core/spot/figures.ts';
import { prepareSpot, spotSource } from '../../../src/core/spot/index.ts';
import { namePattern } from '../../../src/core/spot/mask.ts';

const subject = (id: string, name: string, description = ''): Subject => ({ id, name, kind: 'model', aliases: [], description });
const property = (id: string, label: string, type: Property['type'], description: string, unit?: string): Property => ({ id, label, type, description, ...(unit ? { unit } : {}) });
const SUBJECTS = [subject('alpha-2', 'Alpha 2'), subject('alpha-1', 'Alpha 1', 'The model Alpha 2 succeeded; its predecessor.'), subject('beta-1', 'Beta 1')];
const CODE: Property = { ...property('code-bench', 'CodeBench', 'percent', 'Score on CodeBench.', '%'), group: 'benchmark' };
const CODE_LEAD = property('code-bench-lead', 'CodeBench lead', 'number', 'How many points the subject scores above the model in qualifier `versus` on CodeBench.', 'percentage points');
const SCIENCE: Property = { ...property('science-qa', 'ScienceQA', 'percent', 'Score on ScienceQA.', '%'), group: 'benchmark' };
const PRICE_IN = property('api-price-input', 'API price, input', 'money', 'List price for input tokens.', 'USD per 1M input tokens');
const EFFICIENCY = property('efficiency-gain', 'Reasoning efficiency gain', 'multiplier', 'How many times more efficient the reasoning is than the model in qualifier `versus`.');
const corpus: Corpus = { sources: [], claims: [], subjects: SUBJECTS, properties: [CODE, CODE_LEAD, SCIENCE, PRICE_IN, EFFICIENCY], relations: [] };
const source = (body: string, title = 'An article'): Source => ({ id: 'article', file: 'sources/article.md', title, kind: 'news', cites: [], archived: true, body, bodyLine: 7 });
const spot = (body: string, title?: string) => spotSource(prepareSpot(corpus), source(body, title)).findings.map((f) => [f.value, f.claim]);

const figuresOf = (text: string) => findFigures(text, { names: namePattern(['Alpha 2', 'Beta 1']), versions: new Set(), lineStart: true });

describe('a lead equal to the gap between two scores stated before', () => {
  it('is the higher scorer’s lead over the lower, whichever subject is named nearest', () => {
    expect(spot('Alpha 2 completed 82.7% of CodeBench. That compares with 69.4% for Beta 1, a margin of 13.3 points.')).toEqual([
      ['82.7%', 'alpha-2/code-bench'],
      ['69.4%', 'beta-1/code-bench'],
      ['13.3 points', 'alpha-2/code-bench-lead--beta-1'],
    ]);
  });

  it('is not read into points that match no gap', () => {
    const f = spot('Alpha 2 completed 82.7% of CodeBench. That compares with 69.4% for Beta 1, a margin of 20 points.');
    expect(f[2][1]).not.toBe('alpha-2/code-bench-lead--beta-1');
  });
});

describe('pairedByTo', () => {
  it('reads "A to B" as two subjects’ figures, and "from A to B" as one subject’s change', () => {
    const pair = 'On ScienceQA it led with 64.3% to 58.6%.';
    const [a, b] = figuresOf(pair);
    expect(pairedByTo(pair, a, b)).toBe(true);
    const change = 'Its score rose from 58.6% to 64.3%.';
    const [c, d] = figuresOf(change);
    expect(pairedByTo(change, c, d)).toBe(false);
  });

  it('gives the second figure of the pair to the other subject of the sentence', () => {
    expect(spot('Beta 1 scored 94.2% against Alpha 2’s 93.6% on CodeBench, and on ScienceQA it led with 64.3% to 58.6%.').slice(2)).toEqual([
      ['64.3%', 'beta-1/science-qa'],
      ['58.6%', 'alpha-2/science-qa'],
    ]);
  });
});

describe('earlier values', () => {
  it('finds "up from B" after a figure and "from A to B"', () => {
    const up = 'Input now costs $5.30 per million tokens, up from $2.50.';
    expect(figuresOf(up).map((_, i, all) => earlierValue(up, all, i))).toEqual([undefined, 'after-previous']);
    const fromTo = 'Prices went from $2.50/$15 to $5.30/$30.';
    expect(figuresOf(fromTo).map((_, i, all) => earlierValue(fromTo, all, i))).toEqual(['from-to', 'from-to', undefined, undefined]);
  });

  it('gives an earlier value to the model the sentence or title compares with, with the later value’s property', () => {
    expect(spot('Alpha 2 input now costs $5.30 per million input tokens, up from $2.50.', 'What changed since Alpha 1')).toEqual([
      ['$5.30 per million input tokens', 'alpha-2/api-price-input'],
      ['$2.50', 'alpha-1/api-price-input'],
    ]);
    expect(spot('Input pricing for Alpha 2 has doubled compared to its predecessor, jumping from $2.50 to $5.30 per million input tokens.').slice(-2)).toEqual([
      ['$2.50', 'alpha-1/api-price-input'],
      ['$5.30 per million input tokens', 'alpha-2/api-price-input'],
    ]);
  });

  it('leaves an earlier value with its subject when nothing says what it is compared with', () => {
    expect(spot('Alpha 2 input now costs $5.30 per million input tokens, up from $2.50.')[1]).toEqual(['$2.50', 'alpha-2/api-price-input']);
  });
});

describe('the object of a comparison', () => {
  it('is the versus of a comparison property, not its subject', () => {
    const f = spot('Alpha 2 thinks longer on hard queries. It mimics the processing seen in the earlier Beta 1 but with 10x the reasoning efficiency.');
    expect(f).toEqual([['10x', 'alpha-2/efficiency-gain--beta-1']]);
  });

  it('takes the model last named as the versus when the sentence names none', () => {
    expect(spot('Beta 1 was the benchmark to beat. Alpha 2 now has 3x the reasoning efficiency.')).toEqual([['3x', 'alpha-2/efficiency-gain--beta-1']]);
  });
});

describe('a gap between two scores', () => {
  it('is the lead of the model ahead, by the verb or the words after the figure', () => {
    expect(spot('Alpha 2 leads Beta 1 by 13.3 points on CodeBench.')).toEqual([['13.3 points', 'alpha-2/code-bench-lead--beta-1']]);
    expect(spot('Beta 1 trails Alpha 2 by 13.3 points on CodeBench.')).toEqual([['13.3 points', 'alpha-2/code-bench-lead--beta-1']]);
    expect(spot('On CodeBench, Beta 1 sits two points behind Alpha 2.')).toEqual([['two points', 'alpha-2/code-bench-lead--beta-1']]);
    expect(spot('Alpha 2 was strongest, edging Beta 1 by 1.5 points on CodeBench.')).toEqual([['1.5 points', 'alpha-2/code-bench-lead--beta-1']]);
  });

  it('is never read as a score, and stays unmatched where the claim base records no lead on that benchmark', () => {
    const [gap] = spotSource(prepareSpot(corpus), source('On ScienceQA, Alpha 2 sits three points clear of Beta 1.')).findings;
    expect(gap).toMatchObject({ value: 'three points', relation: 'unmatched' });
    expect(gap.note).toMatch(/ScienceQA/);
  });
});
