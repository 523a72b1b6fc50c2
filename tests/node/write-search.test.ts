import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../helpers/fixture-project.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';
import { planSearch, searchFiles, type SearchInput } from '../../src/core/search/index.ts';
import { writeSearchIndex } from '../../src/build/write-search.ts';

const temp = useTempDirs('crosscheck-search-');

const input: SearchInput = {
  claims: [{ id: 'm/score', subjectId: 'm', subjectName: 'Model M', aliases: ['M1'], propertyLabel: 'Benchmark score', propertyType: 'percent', qualifiers: [], status: 'single-source', values: ['69.4%'], quotes: ['M scored 69.4%'], notes: '', sources: ['s'] }],
  sources: [{ id: 's', title: 'A review', notes: '', text: 'In our tests M scored 69.4% on the benchmark.' }],
};

describe('writeSearchIndex', () => {
  it('writes exactly the files of the planned index', () => {
    const dir = temp();
    const written = writeSearchIndex(input, dir);
    const expected = new Map([...searchFiles(planSearch(input))].map((f) => [f.path, f.body]));
    expect(readTree(dir)).toEqual(expected);
    expect(written.files).toBe(expected.size);
    expect(written.bytes).toBe([...expected.values()].reduce((n, b) => n + Buffer.byteLength(b), 0));
  });

  it("replaces an earlier build's index files but leaves the search page beside them", () => {
    const dir = temp();
    mkdirSync(join(dir, 't'), { recursive: true });
    writeFileSync(join(dir, 't/999.json'), '{}');
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeSearchIndex(input, dir);
    expect(existsSync(join(dir, 't/999.json'))).toBe(false);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<!doctype html>');
  });
});

describe('writeSearchIndex on a rebuild', () => {
  it('leaves files whose bytes are unchanged, rewrites the changed ones and ends with the same tree', () => {
    const dir = temp();
    const first = writeSearchIndex(input, dir);
    expect(first.unchanged).toBe(0);
    // Old times on every file show which ones the rebuild wrote.
    const old = new Date('2020-01-01');
    for (const path of readTree(dir).keys()) utimesSync(join(dir, path), old, old);
    const edited: SearchInput = { ...input, claims: [{ ...input.claims[0], values: ['71.2%'] }] };
    const second = writeSearchIndex(edited, dir);
    const expected = new Map([...searchFiles(planSearch(edited))].map((f) => [f.path, f.body]));
    expect(readTree(dir)).toEqual(expected);
    const rewritten = [...expected.keys()].filter((p) => statSync(join(dir, p)).mtimeMs > old.getTime());
    expect(second.unchanged).toBe(expected.size - rewritten.length);
    expect(second.unchanged).toBeGreaterThan(0);
    expect(rewritten.length).toBeGreaterThan(0);
    // Written again with the same input, nothing changes.
    expect(writeSearchIndex(edited, dir).unchanged).toBe(expected.size);
  });
});

describe('writeSearchIndex with a shard record', () => {
  // Enough distinct words for several term shards.
  const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
  const two: SearchInput = {
    claims: Array.from({ length: 60 }, (_, i) => ({
      ...input.claims[0],
      id: `m${i}/score`,
      subjectId: `m${i}`,
      subjectName: `Model ${words[i]}`,
      quotes: [words.slice(i * 50, i * 50 + 50).join(' ')],
    })),
    sources: input.sources,
  };

  it('builds only the shards whose key changed, and ends with the files a build without a record writes', () => {
    const dir = temp();
    const record = join(temp(), 'shards.json');
    writeSearchIndex(two, dir, { shardRecord: record });
    const again = writeSearchIndex(two, dir, { shardRecord: record });
    const shards = [...readTree(dir).keys()].filter((p) => p.startsWith('t/')).length;
    expect(shards).toBeGreaterThan(1);
    expect(again.unchanged).toBe(again.files);

    const edited: SearchInput = { ...two, claims: two.claims.map((c, i) => (i === 1 ? { ...c, values: ['13%'] } : c)) };
    const planned = planSearch(edited);
    const before = planSearch(two);
    const changedShards = Array.from({ length: planned.meta.shards }, (_, n) => n).filter((n) => n >= before.meta.shards || planned.shardKey(n) !== before.shardKey(n));
    expect(changedShards.length).toBeGreaterThan(0);
    expect(changedShards.length).toBeLessThan(planned.meta.shards);
    // Equal keys, equal shards.
    for (let n = 0; n < Math.min(planned.meta.shards, before.meta.shards); n++) {
      if (!changedShards.includes(n)) expect(JSON.stringify(planned.shard(n))).toBe(JSON.stringify(before.shard(n)));
    }
    writeSearchIndex(edited, dir, { shardRecord: record });
    const plain = temp();
    writeSearchIndex(edited, plain);
    expect(readTree(dir)).toEqual(readTree(plain));
  });

  it('rebuilds a shard whose file was changed or removed since, and survives a damaged record', () => {
    const dir = temp();
    const record = join(temp(), 'shards.json');
    writeSearchIndex(two, dir, { shardRecord: record });
    const expected = readTree(dir);
    writeFileSync(join(dir, 't/0.json'), '{"tampered":true}');
    const repaired = writeSearchIndex(two, dir, { shardRecord: record });
    expect(repaired.unchanged).toBe(repaired.files - 1);
    expect(readTree(dir)).toEqual(expected);
    writeFileSync(record, 'not json');
    writeSearchIndex(two, dir, { shardRecord: record });
    expect(readTree(dir)).toEqual(expected);
  });
});
