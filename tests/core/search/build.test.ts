import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearch, planSearch } from '../../../src/core/search/build.ts';
import { prepareDocs, type SearchInput } from '../../../src/core/search/documents.ts';
import { indexOptions, SEARCH_FIELDS, type IndexedDoc } from '../../../src/core/search/options.ts';
import { keyFor, planShards } from '../../../src/core/search/shards.ts';
import { termsOf } from '../../../src/core/search/tokenize.ts';

/**
 * The shards as the build made them before it streamed: every document's terms held at once,
 * split per file, one MiniSearch per file, serialised by MiniSearch itself. The build writes
 * the serialised form directly (shard-index.ts) and must give the same bytes, but for the order
 * of `index`, where it lists terms in code-unit order and MiniSearch in its tree's order.
 */
function referenceShards(input: SearchInput, budget: number): string[] {
  const { indexed } = prepareDocs(input);
  const fieldTerms = indexed.map((doc) => SEARCH_FIELDS.map((f) => termsOf(doc[f])));
  const weights = new Map<string, number>();
  for (const fields of fieldTerms) for (const terms of fields) for (const t of new Set(terms)) weights.set(t, (weights.get(t) ?? t.length + 4) + 16);
  const { keys, files } = planShards(weights, budget);
  const perFile: IndexedDoc[][] = Array.from({ length: files }, () => []);
  indexed.forEach((doc, n) => {
    for (let file = 0; file < files; file++) {
      const parts = fieldTerms[n].map((terms) => terms.filter((t) => keys[keyFor(t, keys) as string] === file));
      if (parts.every((p) => p.length === 0)) continue;
      const [name, value, quote, note, text] = parts.map((p) => p.join(' '));
      perFile[file].push({ i: doc.i, name, value, quote, note, text });
    }
  });
  const split = { ...indexOptions, tokenize: (s: string) => (s === '' ? [] : s.split(' ')), processTerm: (t: string) => t };
  return perFile.map((docs) => {
    const ms = new MiniSearch<IndexedDoc>(split);
    ms.addAll(docs);
    const js = ms.toJSON();
    js.index.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify(js);
  });
}

const WORDS = ['gpt', 'gemini', 'gemma', 'claude', 'the', 'score', 'scored', '82.7%', '6,613,169', 'Opus’s', 'café', 'terminal', 'bench', 'b', 'x1', 'a'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const inputs: fc.Arbitrary<SearchInput> = fc.record({
  claims: fc.uniqueArray(
    fc.record({ id: fc.stringMatching(/^[a-d]\/[a-d]$/), subjectName: text, values: fc.array(text, { maxLength: 2 }), quotes: fc.array(text, { maxLength: 2 }), notes: text }),
    { selector: (c) => c.id, maxLength: 8 },
  ).map((cs) => cs.map((c) => ({ ...c, subjectId: c.id.slice(0, 1), aliases: [], propertyLabel: 'Score', propertyType: 'percent', qualifiers: [], status: 'single-source', sources: [] }))),
  sources: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^s[0-9]$/), title: text, notes: text, text }), { selector: (s) => s.id, maxLength: 4 }),
});

describe('planSearch', () => {
  it('builds each shard on demand with the same bytes as MiniSearch building them all at once', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(40, 200, 1_000_000), (input, budget) => {
        const index = planSearch(input, { shardBudget: budget });
        const shards = Array.from({ length: index.meta.shards }, (_, n) => JSON.stringify(index.shard(n)));
        expect(shards).toEqual(referenceShards(input, budget));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same shard every time it is asked, and refuses numbers outside the index', () => {
    const input: SearchInput = { claims: [], sources: [{ id: 's', title: 'Gemini and Gemma', notes: '', text: 'claude scored 82.7% on terminal bench' }] };
    const index = planSearch(input, { shardBudget: 40 });
    expect(index.meta.shards).toBeGreaterThan(1);
    expect(JSON.stringify(index.shard(1))).toBe(JSON.stringify(index.shard(1)));
    expect(() => index.shard(index.meta.shards)).toThrow(RangeError);
    expect(() => index.shard(-1)).toThrow(RangeError);
  });

  it('matches buildSearch, which materialises every shard', () => {
    const input: SearchInput = { claims: [], sources: [{ id: 's', title: 'Gemini', notes: 'gemma', text: 'claude bench' }] };
    const { shard, ...index } = planSearch(input, { shardBudget: 40 });
    const built = buildSearch(input, { shardBudget: 40 });
    expect(built.meta).toEqual(index.meta);
    expect(built.shards.map((s) => JSON.stringify(s))).toEqual(built.shards.map((_, n) => JSON.stringify(shard(n))));
  });
});
