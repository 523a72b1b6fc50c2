import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../../src/core/search/highlight.ts';

const join = (segs: Array<{ text: string }>) => segs.map((s) => s.text).join('');
const hits = (segs: Array<{ text: string; hit: boolean }>) => segs.filter((s) => s.hit).map((s) => s.text);

describe('highlight', () => {
  it('marks words whose processed form matched, as written', () => {
    const segs = highlight('On Terminal-Bench 2.0, GPT-5.5 scores 82.7%.', new Set(['terminal', 'bench', '82.7']));
    expect(hits(segs)).toEqual(['Terminal-Bench', '82.7']);
    expect(join(segs)).toBe('On Terminal-Bench 2.0, GPT-5.5 scores 82.7%.');
  });

  it('never loses or reorders text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/)), (text, terms) => {
        expect(join(highlight(text, new Set(terms)))).toBe(text);
      }),
    );
  });
});

describe('snippet', () => {
  const long = `${'lorem ipsum '.repeat(40)}the Terminal-Bench figure ${'dolor sit '.repeat(40)}`;

  it('centres on the first hit and marks elided text', () => {
    const segs = snippet(long, new Set(['terminal']), 100) ?? [];
    expect(hits(segs)).toEqual(['Terminal']);
    expect(segs[0].text).toBe('…');
    expect(segs[segs.length - 1].text).toBe('…');
    expect(join(segs).length).toBeLessThanOrEqual(104);
  });

  it('cuts at spaces, not inside words', () => {
    const segs = snippet(long, new Set(['terminal']), 100) ?? [];
    const body = join(segs.slice(1, -1));
    expect(body.startsWith(' ')).toBe(false);
    expect(/^(lorem|ipsum|the|dolor|sit)\b/.test(body)).toBe(true);
  });

  it('returns undefined without a hit when one is required', () => {
    expect(snippet(long, new Set(['absent']), 100, true)).toBeUndefined();
    expect(snippet('short text', new Set(), 100)).toEqual([{ text: 'short text', hit: false }]);
  });
});
