/** Property scoring: which words count as evidence for a property, and how much. */
import { describe, expect, it } from 'vitest';
import type { Property } from '../../../src/core/model.ts';
import { findFigures } from '../../../src/core/spot/figures.ts';
import { namePattern } from '../../../src/core/spot/mask.ts';
import { clauseAfter, indexProperties, labelStems, matchProperty, stem } from '../../../src/core/spot/properties.ts';

const property = (id: string, label: string, type: Property['type'], description: string, unit?: string): Property => ({ id, label, type, description, ...(unit ? { unit } : {}) });
const TB_LEAD = property('tb-lead', 'Terminal-Bench 2.0 lead', 'number', 'How many points the subject scores above another on Terminal-Bench 2.0.', 'percentage points');
const MRCR_LEAD = property('mrcr-lead', 'MRCR v2 lead', 'number', 'How many points the subject scores above another on MRCR v2.', 'percentage points');
const CONTEXT = property('context-window', 'Context window', 'number', 'The largest input, in tokens, the model accepts at once.', 'tokens');
const OFFICES = property('offices', 'Offices', 'number', 'How many offices the company has.', 'offices');
const OUTPUT_GAIN = property('token-output-gain', 'Gain in token output', 'change', 'How much more token output the systems produce.');
const PRICE_CHANGE = property('price-change', 'API price change', 'change', 'How API prices changed compared with the previous model.');
const COST_CUT = property('cost-reduction', 'Inference cost reduction', 'change', 'How much cheaper it is to serve each token.');
const index = indexProperties([TB_LEAD, MRCR_LEAD, CONTEXT, OFFICES, OUTPUT_GAIN, PRICE_CHANGE, COST_CUT]);
const names = namePattern(['Alpha 2']);

/** The property spot gives the figure `written` of `text`, framed by `frame` (a heading or title). */
function propertyOf(text: string, written: string, frame = ''): string | undefined {
  const figures = findFigures(text, { names, versions: new Set(), lineStart: true });
  const i = figures.findIndex((f) => f.written === written);
  if (i < 0) throw new Error(`no figure ${written} in ${text}: ${figures.map((f) => f.written).join(', ')}`);
  const f = figures[i];
  return matchProperty(index, f, { text, start: f.start, end: f.end, frame, previous: '', previousEnd: figures[i - 1]?.end, nextStart: figures[i + 1]?.start })?.property.id;
}

describe('labelStems', () => {
  it('recognises a hyphenated name by its first part, and keeps the id words that are not its generic parts', () => {
    expect(labelStems('Terminal-Bench 2.0 lead', 'terminal-bench-2-0-lead')).not.toContain(stem('bench'));
    expect(labelStems('Terminal-Bench 2.0 lead', 'terminal-bench-2-0-lead')).toEqual(expect.arrayContaining([stem('terminal'), stem('lead')]));
    expect(labelStems('GB200 NVL72 cluster size', 'gb200-nvl72-cluster-gpus')).toContain(stem('gpus'));
  });

  it('does not let a heading such as "Benchmarks" stand for every hyphenated benchmark name', () => {
    expect(propertyOf('Alpha 2 more than doubled its MRCR score, a gain of about 37 points.', 'about 37 points', 'Benchmarks')).toBe('mrcr-lead');
  });
});

describe('matchProperty', () => {
  it('takes the noun a number counts as evidence when it is a label word', () => {
    expect(propertyOf('Alpha 2 ships with 1M context and new tooling.', '1M')).toBe('context-window');
    expect(propertyOf('Alpha 2 ships with 1M users and new tooling.', '1M users')).toBeUndefined();
  });

  it('weighs a heading or title below the sentence', () => {
    // The title says "changes"; the sentence says "lower cost": a reduction, not a price change.
    expect(propertyOf('Its maker reports 35x lower cost per token.', '35x lower', 'It changes everything')).toBe('cost-reduction');
  });

  it('leaves the words of the previous figure’s clause to that figure', () => {
    // "output tokens" belongs to the price before the comma; "twice" is about what the old model cost.
    expect(propertyOf('Developers pay $30 for each million output tokens, roughly twice the API price of the previous model.', 'twice')).toBe('price-change');
  });
});

describe('clauseAfter', () => {
  it('starts after the last comma between the previous figure and this one', () => {
    const text = 'A costs $30 per token, about twice as much.';
    expect(text.slice(clauseAfter(text, text.indexOf(' per'), text.indexOf('twice')))).toBe(' about twice as much.');
    expect(clauseAfter('12 and 13', 2, 7)).toBe(2);
  });
});
