import { describe, expect, it } from 'vitest';
import { buildSearch, type BuiltSearch } from '../../../src/core/search/build.ts';
import { TieredSearch } from '../../../src/core/search/client.ts';
import type { SearchClaimInput, SearchInput } from '../../../src/core/search/documents.ts';
import { emptyQuery, type SearchQuery } from '../../../src/core/search/query.ts';

function claim(id: string, over: Partial<SearchClaimInput>): SearchClaimInput {
  const [subjectId] = id.split('/');
  return {
    id,
    subjectId,
    subjectName: subjectId.toUpperCase(),
    aliases: [],
    propertyLabel: 'Terminal-Bench 2.0 score',
    propertyType: 'percent',
    qualifiers: [],
    status: 'single-source',
    values: ['50%'],
    quotes: [],
    notes: '',
    sources: ['a'],
    ...over,
  };
}

const input: SearchInput = {
  claims: [
    claim('gpt-5-5/terminal-bench-2-0', { subjectName: 'GPT-5.5', aliases: ['Spud'], values: ['82.7%', '82%'], status: 'contested', sources: ['a', 'b'], quotes: ['it achieves 82.7% accuracy'] }),
    claim('claude/terminal-bench-2-0', { subjectName: 'Claude Opus 4.7', values: ['69.4%'], status: 'corroborated', sources: ['b'] }),
    claim('gpt-5-5/release-date', { subjectName: 'GPT-5.5', propertyLabel: 'Release date', propertyType: 'date', values: ['April 23, 2026'], notes: 'The day OpenAI announced it.' }),
  ],
  sources: [
    { id: 'a', title: 'A ground-up rebuild', notes: '', text: 'GPT-5.5 dropped on April 23 with a lead on Terminal-Bench.' },
    { id: 'b', title: 'Retrain', publisher: 'Blog', notes: '', text: '' },
  ],
};

/** Serves a build from memory and records every file fetched. */
function serve(built: BuiltSearch) {
  const fetched: string[] = [];
  const files = new Map<string, unknown>([['meta.json', built.meta], ['facets.json', built.facets]]);
  built.shards.forEach((s, n) => files.set(`t/${n}.json`, JSON.parse(JSON.stringify(s))));
  built.chunks.forEach((c, n) => files.set(`d/${n}.json`, c));
  for (const [i, text] of built.texts) files.set(`x/${i}.json`, text);
  const load = async (path: string) => {
    fetched.push(path);
    if (!files.has(path)) throw new Error(`404 ${path}`);
    return files.get(path);
  };
  return { search: new TieredSearch(load), fetched };
}

const q = (over: Partial<SearchQuery>): SearchQuery => ({ ...emptyQuery(), ...over });

describe('TieredSearch over a built index', () => {
  for (const [label, budget] of [['one shard', 1_000_000], ['many shards', 40]] as const) {
    describe(label, () => {
      const built = buildSearch(input, { shardBudget: budget, chunkBudget: 200 });

      it('finds every claim about Terminal-Bench, and the source mentioning it', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'Terminal-Bench' }));
        const ids = page.hits.map((h) => h.doc.id).sort();
        expect(ids).toEqual(['a', 'claude/terminal-bench-2-0', 'gpt-5-5/terminal-bench-2-0']);
        expect(page.total).toBe(3);
      });

      it('requires every word (AND across shards)', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'spud terminal' }));
        expect(page.hits.map((h) => h.doc.id)).toEqual(['gpt-5-5/terminal-bench-2-0']);
      });

      it('matches prefixes from three letters and reports the matched words', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'retr' }));
        expect(page.hits.map((h) => h.doc.id)).toEqual(['b']);
        expect(page.hits[0].terms).toContain('retrain');
        expect((await search.search(q({ q: 're' }))).total).toBe(0);
      });

      it('never matches a different figure fuzzily', async () => {
        const { search } = serve(built);
        expect((await search.search(q({ q: '82.7' }))).hits.map((h) => h.doc.id)).toEqual(['gpt-5-5/terminal-bench-2-0']);
        expect((await search.search(q({ q: '82.8' }))).total).toBe(0);
      });

      it('tolerates a typo in a word', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'terminnal' }));
        expect(page.total).toBeGreaterThan(0);
      });

      it('filters by status, subject, type and source, and lists by filter alone', async () => {
        const { search } = serve(built);
        expect((await search.search(q({ q: 'terminal', status: 'contested' }))).hits.map((h) => h.doc.id)).toEqual(['gpt-5-5/terminal-bench-2-0']);
        expect((await search.search(q({ subject: 'gpt-5-5' }))).hits.map((h) => h.doc.id)).toEqual(['gpt-5-5/release-date', 'gpt-5-5/terminal-bench-2-0']);
        expect((await search.search(q({ type: 'date' }))).total).toBe(1);
        expect((await search.search(q({ source: 'b' }))).hits.map((h) => h.doc.id).sort()).toEqual(['b', 'claude/terminal-bench-2-0', 'gpt-5-5/terminal-bench-2-0']);
      });
    });
  }

  it('fetches only meta, the shards of the query and the chunks of its results', async () => {
    const built = buildSearch(input, { shardBudget: 40, chunkBudget: 200 });
    expect(built.meta.shards).toBeGreaterThan(2);
    expect(built.chunks.length).toBeGreaterThan(1);
    const { search, fetched } = serve(built);
    await search.search(q({ q: 'spud' }));
    expect(fetched).toContain('meta.json');
    expect(fetched).not.toContain('facets.json');
    expect(fetched.filter((f) => f.startsWith('t/')).length).toBe(1);
    expect(fetched.filter((f) => f.startsWith('d/')).length).toBe(1);
  });

  it('keeps archived texts out of the result chunks and serves them one by one', async () => {
    const built = buildSearch(input);
    expect(JSON.stringify(built.chunks)).not.toContain('dropped on April 23');
    const { search, fetched } = serve(built);
    const page = await search.search(q({ q: 'dropped' }));
    expect(page.hits.map((h) => h.doc)).toEqual([{ k: 's', id: 'a', title: 'A ground-up rebuild', text: true }]);
    expect(fetched.some((f) => f.startsWith('x/'))).toBe(false);
    expect(await search.sourceText(page.hits[0].i)).toContain('dropped on April 23');
  });

  it('returns nothing for a query of stop words only', async () => {
    const { search } = serve(buildSearch(input));
    expect(await search.search(q({ q: 'the of' }))).toEqual({ total: 0, hits: [], ignored: [] });
  });

  for (const [label, budget] of [['one shard', 1_000_000], ['many shards', 40]] as const) {
    describe(`a word that matches nothing (${label})`, () => {
      const built = buildSearch(input, { shardBudget: budget, chunkBudget: 200 });

      it('is left out when the other words find something, and the page says which', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'spud qzxwvk' }));
        expect(page.hits.map((h) => h.doc.id)).toEqual(['gpt-5-5/terminal-bench-2-0']);
        expect(page.ignored).toEqual(['qzxwvk']);
      });

      it('is kept when every word matches some document, so AND still holds', async () => {
        const { search } = serve(built);
        expect(await search.search(q({ q: 'spud claude' }))).toEqual({ total: 0, hits: [], ignored: [] });
      });

      it('is never a figure or a short word', async () => {
        const { search } = serve(built);
        expect(await search.search(q({ q: 'spud 99.9' }))).toEqual({ total: 0, hits: [], ignored: [] });
        expect(await search.search(q({ q: 'spud qzx' }))).toEqual({ total: 0, hits: [], ignored: [] });
      });

      it('leaves nothing to search when no word matches', async () => {
        const { search } = serve(built);
        expect(await search.search(q({ q: 'qzxwvk vvqqzz' }))).toEqual({ total: 0, hits: [], ignored: [] });
      });
    });
  }
});

describe('subjects in the search', () => {
  const withSubjects: SearchInput = {
    claims: [
      claim('sora/discontinued', { subjectName: 'Sora', propertyLabel: 'Discontinued', propertyType: 'boolean', values: ['yes'], quotes: ['OpenAI shut down Sora, Sora was', 'Sora Sora Sora'] }),
      claim('gpt-5-5/release-date', { subjectName: 'GPT-5.5', aliases: ['Spud'], propertyLabel: 'Release date', notes: 'Unlike Sora, it shipped.' }),
    ],
    sources: [{ id: 'a', title: 'Sora is gone', notes: '', text: 'Sora, Sora and Sora again.' }],
    subjects: [
      { id: 'sora', name: 'Sora', kind: 'product', aliases: [], description: 'Video tool, not GPT-5.5.', claims: 1 },
      { id: 'gpt-5-5', name: 'GPT-5.5', kind: 'model', aliases: ['Spud'], description: 'A model.', claims: 1 },
      { id: 'soraya', name: 'Soraya', kind: 'person', aliases: [], description: '', claims: 0 },
    ],
  };

  for (const [label, budget] of [['one shard', 1_000_000], ['many shards', 40]] as const) {
    describe(label, () => {
      const built = buildSearch(withSubjects, { shardBudget: budget, chunkBudget: 200 });

      it('offers the subject page first when its name is typed, before claims that repeat the name', async () => {
        const { search } = serve(built);
        const page = await search.search(q({ q: 'sora' }));
        expect(page.hits[0].doc).toMatchObject({ k: 'j', id: 'sora', title: 'Sora', kind: 'product', claims: 1 });
        // The claim, the source and the note mentioning Sora are still found, after it.
        expect(page.hits.map((h) => h.doc.id)).toEqual(expect.arrayContaining(['sora/discontinued', 'a', 'gpt-5-5/release-date']));
        // "Soraya" matches "sora" only as a prefix: it is found but not put first.
        expect(page.hits.map((h) => h.doc.id)).toContain('soraya');
      });

      it('finds a subject by an alias, and not by words of its description', async () => {
        const { search } = serve(built);
        expect((await search.search(q({ q: 'spud' }))).hits[0].doc.id).toBe('gpt-5-5');
        const video = await search.search(q({ q: 'video' }));
        expect(video.hits.map((h) => h.doc.id)).not.toContain('sora');
      });

      it('keeps a subject with its claims under a subject filter, and out of other filters', async () => {
        const { search } = serve(built);
        const bySubject = await search.search(q({ subject: 'sora' }));
        expect(bySubject.hits.map((h) => h.doc.id).sort()).toEqual(['sora', 'sora/discontinued']);
        const byStatus = await search.search(q({ q: 'sora', status: 'single-source' }));
        expect(byStatus.hits.every((h) => h.doc.k === 'c')).toBe(true);
        const bySource = await search.search(q({ q: 'sora', source: 'a' }));
        expect(bySource.hits.map((h) => h.doc.k)).not.toContain('j');
      });
    });
  }

  it('numbers subjects after claims and sources, so their document numbers do not move', () => {
    const built = buildSearch(withSubjects);
    const without = buildSearch({ ...withSubjects, subjects: [] });
    expect(built.meta.subjects).toBe(3);
    expect(without.meta.subjects).toBe(0);
    expect(built.chunks.flat().slice(0, without.meta.docs)).toEqual(without.chunks.flat());
  });
});
