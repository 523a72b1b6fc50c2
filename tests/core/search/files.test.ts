import { describe, expect, it } from 'vitest';
import { planSearch } from '../../../src/core/search/build.ts';
import type { SearchInput } from '../../../src/core/search/documents.ts';
import { searchFile, searchFiles, searchOutputs } from '../../../src/core/search/files.ts';
import { searchPaths } from '../../../src/core/search/format.ts';

const input: SearchInput = {
  claims: [
    { id: 'gpt-5-5/release-date', subjectId: 'gpt-5-5', subjectName: 'GPT-5.5', aliases: [], propertyLabel: 'Release date', propertyType: 'date', qualifiers: [], status: 'contested', values: ['April 23, 2026', 'April 24, 2026'], quotes: ['released on April 23'], notes: 'one day apart', sources: ['a', 'b'] },
    { id: 'gpt-5-5/terminal-bench', subjectId: 'gpt-5-5', subjectName: 'GPT-5.5', aliases: [], propertyLabel: 'Terminal-Bench 2.0 score', propertyType: 'percent', qualifiers: [], status: 'single-source', values: ['82.7%'], quotes: ['scored 82.7%'], notes: '', sources: ['a'] },
  ],
  sources: [
    { id: 'a', title: 'Efficiency play', notes: '', text: 'GPT-5.5 was released on April 23 and scored 82.7% on Terminal-Bench.' },
    { id: 'b', title: 'Neural Digest', notes: 'byline date', text: '' },
  ],
};

describe('searchFiles', () => {
  const index = planSearch(input, { shardBudget: 60, chunkBudget: 200 });
  const files = [...searchFiles(index)];

  it('yields meta, facets, every term shard, every display chunk and every archived text, once each', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(0, 2)).toEqual([searchPaths.meta, searchPaths.facets]);
    expect(index.meta.shards).toBeGreaterThan(1);
    for (let n = 0; n < index.meta.shards; n++) expect(paths).toContain(searchPaths.shard(n));
    for (let n = 0; n < index.chunks.length; n++) expect(paths).toContain(searchPaths.chunk(n));
    expect(paths.filter((p) => p.startsWith('x/'))).toEqual([...index.texts.keys()].map((i) => searchPaths.text(i)));
    expect(files.length).toBe(2 + index.meta.shards + index.chunks.length + index.texts.size);
  });

  it('writes JSON that reads back as the index itself', () => {
    expect(JSON.parse(files[0].body)).toEqual(index.meta);
    expect(JSON.parse(files[1].body)).toEqual(index.facets);
    const text = files.find((f) => f.path.startsWith('x/'));
    expect(JSON.parse(text?.body ?? '""')).toContain('82.7%');
  });

  it('keeps every file under one of the top-level outputs a cleaner removes', () => {
    for (const f of files) expect(searchOutputs.some((o) => f.path === o || f.path.startsWith(`${o}/`))).toBe(true);
  });
});

describe('searchFile', () => {
  const index = planSearch(input, { shardBudget: 60, chunkBudget: 200 });

  it('gives, for each path, the same body as the full listing', () => {
    for (const f of searchFiles(index)) expect(searchFile(index, f.path)).toBe(f.body);
  });

  it('answers undefined for paths that are not files of the index', () => {
    for (const path of [`t/${index.meta.shards}.json`, `d/${index.chunks.length}.json`, 'x/1.json', 't/-1.json', 't/1.json/..', '../meta.json', 'index.html', 't/01x.json', '']) {
      expect(searchFile(index, path), path).toBeUndefined();
    }
  });
});
