import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/spot/dates.ts';
import { findFigures } from '../../../src/core/spot/figures.ts';
import { namePattern } from '../../../src/core/spot/mask.ts';
import { segmentBody } from '../../../src/core/spot/segment.ts';

const names = namePattern(['GPT-5.5', 'Claude Opus 4.7', 'Terminal-Bench 2.0', 'Aurora 2']);
const versions = new Set(['5.5', '4.7']);
const figures = (text: string, year?: string) => findFigures(text, { names, versions, lineStart: true, year }).map((f) => [f.written, f.type, f.entry]);

describe('findFigures', () => {
  it('reads each figure with the engine type it has', () => {
    expect(figures('GPT-5.5 scores 82.7% on Terminal-Bench 2.0, up from 69.4% for Claude Opus 4.7.')).toEqual([
      ['82.7%', 'percent', '82.7%'],
      ['69.4%', 'percent', '69.4%'],
    ]);
    expect(figures('It costs $5.30 per 1M input tokens and $30 per million output tokens.')).toEqual([
      ['$5.30 per 1M input tokens', 'money', '$5.30 per 1M input tokens'],
      ['$30 per million output tokens', 'money', '$30 per million output tokens'],
    ]);
    // "N times" counts unless what it multiplies follows.
    expect(figures('We ran each task three times; it is 3 times cheaper and 35 times the price.')).toEqual([
      ['three', 'number', '3'],
      ['3 times cheaper', 'change', '3 times cheaper'],
      ['35 times', 'multiplier', '35 times'],
    ]);
    // "for each million" is written as the engine reads a basis ("per million") in the entry.
    expect(figures('Developers pay $5 for each million input tokens and $3 for every 1M cached tokens.')).toEqual([
      ['$5 for each million input tokens', 'money', '$5 per million input tokens'],
      ['$3 for every 1M cached tokens', 'money', '$3 per 1M cached tokens'],
    ]);
    expect(figures('NVIDIA reports 35x lower cost and speeds increased by over 20%; prices doubled.')).toEqual([
      ['35x lower', 'change', '35x lower'],
      ['increased by over 20%', 'change', 'increased by over 20%'],
      ['doubled', 'multiplier', 'doubled'],
    ]);
    expect(figures('More than 10 gigawatts of systems and a 100,000-GPU cluster, a 13+ point lead.')).toEqual([
      ['More than 10 gigawatts', 'number', 'More than 10 gigawatts'],
      ['100,000-GPU', 'number', '100,000-GPU'],
      ['13+ point', 'number', '13+ point'],
    ]);
  });

  it('reads spelled-out numbers through the engine, with digits in the entry', () => {
    expect(figures('It was trained on roughly forty thousand GPUs for half a million users.')).toEqual([
      ['roughly forty thousand GPUs', 'number', 'roughly 40 thousand GPUs'],
      ['half a million users', 'number', '0.5 million users'],
    ]);
  });

  it('reads dates, and puts a supplied year in brackets when the text has none', () => {
    expect(figures('Released on April 23, 2026, and launched in 2021.')).toEqual([
      ['April 23, 2026', 'date', 'April 23, 2026'],
      ['2021', 'date', '2021'],
    ]);
    expect(figures('GPT-5.5 dropped April 23 as a rebuild.', '2026')).toEqual([['April 23', 'date', 'April 23 [2026]']]);
    expect(figures('GPT-5.5 dropped April 23 as a rebuild.')).toEqual([]);
  });

  it('skips names, reference markers, list numbers, versions, page furniture and citation years', () => {
    expect(figures('1. Aurora 2 runs on H200 and GB300 NVL72 racks [4], see section 4.2 (Smith, 2019).')).toEqual([]);
    expect(figures('Page 2 of 3 · 6 min read · Version 2.1 · 10:30')).toEqual([]);
    expect(figures('A typical 5-10% bump in the 2nd release.')).toEqual([]);
  });

  it('reads glued multipliers and keeps "from X to Y" while skipping ranges', () => {
    expect(figures('Users grew threefold, a tenfold increase in revenue.')).toEqual([
      ['threefold', 'multiplier', '3-fold'],
      ['tenfold increase', 'change', '10-fold increase'],
    ]);
    expect(figures('Prices rose from $2.50 to $5.30 over the next 12 to 18 months.')).toEqual([
      ['$2.50', 'money', '$2.50'],
      ['$5.30', 'money', '$5.30'],
    ]);
  });

  it('skips bare years and bare versions of named models, but reads "20-percent"', () => {
    expect(figures('In the 2026 economy, the leap from 4.7 to 5.5 matters.')).toEqual([]);
    expect(figures('It achieved this 20-percent speed gain.')).toEqual([['20-percent', 'percent', '20 percent']]);
  });

  it('skips bylines, phone numbers and years that end a name', () => {
    expect(figures('Daily Neural Digest TeamApril 24, 202611 min read2 048 words')).toEqual([]);
    expect(figures('Media contact: press@northwind.example, +1 415 555 0134')).toEqual([]);
    expect(figures('Section 27A of the Securities Act of 1933.')).toEqual([]);
  });

  it('never returns a figure that is not the text at its offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('over', '20%', '$5', 'million', 'two', 'April', '23,', '2026', 'x', 'GPT-5.5', '[1]', 'by', 'the', '35x', 'lower', ',', '.'), { maxLength: 20 }), (tokens) => {
        const text = tokens.join(' ');
        for (const f of findFigures(text, { names, versions, lineStart: true, year: '2026' })) {
          expect(text.slice(f.start, f.end)).toBe(f.written);
        }
      }),
    );
  });
});

describe('findDates', () => {
  it('marks dates without a year', () => {
    expect(findDates('On April 23 and on 3 March 2026 and in 2021').map((d) => d.yearless)).toEqual([true, false, false]);
  });
});

describe('segmentBody', () => {
  it('keeps a reference marker with its sentence and table rows whole', () => {
    const body = 'It scores 63.5% for Aurora 1.[1] Then more.\n| a | 1% |\n';
    expect(segmentBody(body).map((s) => s.text)).toEqual(['It scores 63.5% for Aurora 1.[1]', 'Then more.', '| a | 1% |']);
  });

  it('gives sentences that are exact slices of the body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        for (const s of segmentBody(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});
