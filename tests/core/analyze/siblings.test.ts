import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSiblings, siblingDiagnostics } from '../../../src/core/analyze/siblings.ts';
import { source } from '../../helpers/corpus-builder.ts';

const FOOTER = 'Let us know to improve our AI generation, and thank you.';
const REF = '[2] NVIDIA Blog — New model powers Codex on NVIDIA infrastructure';

describe('sibling sources', () => {
  const a = source('a', { body: `Story one about a model.\n${FOOTER}\n${REF}\n`, bodyLine: 8 });
  const b = source('b', { body: `A different story entirely.\n\n${FOOTER}\n${REF.replace('—', '-')}\n`, bodyLine: 6 });
  const c = source('c', { body: `${FOOTER}\nNothing else is shared with the others at all.\n` });

  it('pairs archived sources that share two long lines, typography aside', () => {
    expect(findSiblings([c, b, a])).toEqual([
      {
        a: 'a',
        b: 'b',
        passages: [
          { text: FOOTER, line: 8 },
          { text: REF.replace('—', '-'), line: 9 },
        ],
      },
    ]);
  });

  it('ignores a single shared line, short lines and unarchived sources', () => {
    expect(findSiblings([a, c])).toEqual([]);
    expect(findSiblings([source('x', { body: 'Short.\nShort.\n' }), source('y', { body: 'Short.\nShort.\n' })])).toEqual([]);
    expect(findSiblings([a, { ...b, archived: false }])).toEqual([]);
  });

  it('warns on the later source, unless either declares a family', () => {
    const [d] = siblingDiagnostics([a, b]);
    expect(d).toMatchObject({ file: 'sources/b.md', line: 8, col: 1, rule: 'sources-share-boilerplate', severity: 'warning' });
    expect(d.message).toContain('shares 2 passages word for word with "a"');
    expect(d.hint).toContain('family: a');
    expect(siblingDiagnostics([{ ...a, family: 'f' }, { ...b, family: 'f' }])).toEqual([]);
    expect(siblingDiagnostics([{ ...a, family: 'f' }, { ...b, family: 'g' }])).toEqual([]);
  });
});

describe('findSiblings against a plain reference (property)', () => {
  // The plain way: every long line's folded key and text kept in one map.
  const fold = (line: string) =>
    line.slice(0, 300).trim().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').toLowerCase();
  function reference(sources: ReturnType<typeof source>[]) {
    const sorted = sources.filter((s) => s.archived).sort((x, y) => (x.id < y.id ? -1 : 1));
    const holders = new Map<string, Array<{ id: string; line: number; text: string }>>();
    for (const s of sorted) {
      const seen = new Set<string>();
      s.body.split('\n').forEach((raw, n) => {
        const key = fold(raw);
        if (raw.length < 30 || key.length < 30 || seen.has(key)) return;
        seen.add(key);
        holders.set(key, [...(holders.get(key) ?? []), { id: s.id, line: s.bodyLine + n, text: raw.trim() }]);
      });
    }
    const pairs = new Map<string, { a: string; b: string; passages: Array<{ text: string; line: number }> }>();
    for (const list of holders.values()) {
      if (list.length < 2 || list.length > 20) continue;
      list.forEach((x, i) =>
        list.slice(i + 1).forEach((y) => {
          const pair = pairs.get(`${x.id} ${y.id}`) ?? { a: x.id, b: y.id, passages: [] };
          pair.passages.push({ text: y.text, line: y.line });
          pairs.set(`${x.id} ${y.id}`, pair);
        }),
      );
    }
    return [...pairs.values()]
      .filter((p) => p.passages.length >= 2)
      .map((p) => ({ ...p, passages: p.passages.sort((m, n) => m.line - n.line) }))
      .sort((p, q) => (p.a + p.b < q.a + q.b ? -1 : 1));
  }

  it('finds the same pairs and passages', () => {
    // A few long lines, some with typographic variants, shared at random between sources.
    const line = fc.constantFrom(FOOTER, REF, REF.replace('—', '-'), 'Another line that is long enough to count here.', '  Indented  line with   uneven spacing, long enough.', 'Short line.', `${'x'.repeat(310)} tail one`, `${'x'.repeat(310)} tail two`);
    const body = fc.array(line, { maxLength: 8 }).map((ls) => ls.join('\n'));
    const sources = fc.array(fc.tuple(body, fc.boolean()), { minLength: 2, maxLength: 7 }).map((bodies) => bodies.map(([b, archived], i) => source(`s${i}`, { body: b, archived, bodyLine: 5 + i })));
    fc.assert(fc.property(sources, (list) => {
        expect(findSiblings(list)).toEqual(reference(list));
      }), { numRuns: 300 });
  });
});
