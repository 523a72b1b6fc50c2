import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteAnchors } from '../../src/site/quote-anchors.ts';
import { paragraphSpans, sourceParagraphs, type Piece } from '../../src/site/source-text.ts';

const text = (pieces: Piece[]) => pieces.map((p) => (p.kind === 'refs' ? '' : p.text)).join('');

describe('quoteAnchors', () => {
  it('numbers passages in reading order and shares a number between identical quotes', () => {
    const a = quoteAnchors([
      { claim: 'x/b', report: 0, source: 's', quoteRange: { start: 20, end: 30 } },
      { claim: 'x/a', report: 1, source: 's', quoteRange: { start: 0, end: 5 } },
      { claim: 'x/c', report: 0, source: 's', quoteRange: { start: 20, end: 30 } },
      { claim: 'x/d', report: 0, source: 't' },
    ]);
    expect(a.bySource.get('s')).toEqual([
      { n: 1, start: 0, end: 5, claims: ['x/a'] },
      { n: 2, start: 20, end: 30, claims: ['x/b', 'x/c'] },
    ]);
    expect(a.byReport.get('x/c#0')).toBe(2);
    expect(a.bySource.has('t')).toBe(false);
  });
});

describe('sourceParagraphs', () => {
  const body = 'First line here.\n\nSecond line, with a quote inside.\nThird.';

  it('splits on line breaks, skips blank lines and keeps every character of each line', () => {
    expect(paragraphSpans(body).map(([s, e]) => body.slice(s, e))).toEqual(['First line here.', 'Second line, with a quote inside.', 'Third.']);
    expect(sourceParagraphs(body, []).map(text)).toEqual(['First line here.', 'Second line, with a quote inside.', 'Third.']);
  });

  it('marks a passage, anchors it once and links its claims after it', () => {
    const start = body.indexOf('a quote');
    const paras = sourceParagraphs(body, [{ n: 1, start, end: start + 7, claims: ['c/one'] }]);
    expect(paras[1]).toEqual([
      { kind: 'text', text: 'Second line, with ' },
      { kind: 'mark', text: 'a quote', anchors: [1], passages: [1] },
      { kind: 'refs', passage: 1, claims: ['c/one'] },
      { kind: 'text', text: ' inside.' },
    ]);
  });

  it('handles a passage across a line break and overlapping passages', () => {
    const start = body.indexOf('here.');
    const end = body.indexOf('Second') + 6;
    const paras = sourceParagraphs(body, [
      { n: 1, start, end, claims: ['c/a'] },
      { n: 2, start: body.indexOf('Second'), end: body.indexOf('line,') + 5, claims: ['c/b'] },
    ]);
    const marks = paras.flat().filter((p) => p.kind === 'mark');
    expect(marks.map((m) => m.text)).toEqual(['here.', 'Second', ' line,']);
    expect(marks.map((m) => (m.kind === 'mark' ? m.anchors : []))).toEqual([[1], [2], []]);
    const refs = paras.flat().filter((p) => p.kind === 'refs');
    expect(refs.map((r) => (r.kind === 'refs' ? r.passage : 0))).toEqual([1, 2]);
  });

  it('never loses, duplicates or reorders text, whatever the ranges (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 6 }),
        (t, ranges) => {
          const passages = ranges.map(([a, b], i) => ({ n: i + 1, start: Math.min(a, b), end: Math.max(a, b), claims: ['c'] }));
          const lines = paragraphSpans(t).map(([s, e]) => t.slice(s, e));
          const paras = sourceParagraphs(t, passages);
          expect(paras.map(text)).toEqual(lines);
          // Each passage fully inside the text gets exactly one anchor.
          const anchored = paras.flat().flatMap((p) => (p.kind === 'mark' ? p.anchors : []));
          expect(new Set(anchored).size).toBe(anchored.length);
        },
      ),
    );
  });
});
