import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate/corpus.ts';
import { createRng } from '../../bench/generate/prng.ts';
import { makeQueries, truncateLast, typo } from '../../bench/generate/queries.ts';
import { writeCorpus } from '../../bench/generate/write.ts';
import { loadProject } from '../../src/node/load-project.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const z = createRng(1);
    const draws = Array.from({ length: 5000 }, () => z.zipf(100));
    expect(Math.min(...draws)).toBe(0);
    expect(Math.max(...draws)).toBeLessThan(100);
    // Zipf-like: the first rank is far commoner than the last.
    expect(draws.filter((d) => d === 0).length).toBeGreaterThan(10 * draws.filter((d) => d === 99).length);
  });
});

describe('synthetic corpus', () => {
  it('is identical for one seed and different for another', () => {
    const a = generateCorpus({ claims: 300, seed: 1 });
    expect(generateCorpus({ claims: 300, seed: 1 })).toEqual(a);
    expect(generateCorpus({ claims: 300, seed: 2 }).claims).not.toEqual(a.claims);
    expect(new Set(a.claims.map((c) => c.id)).size).toBe(300);
  });

  it('passes the real check with every quote verified, and has disagreements and via upstreams', () => {
    const corpus = generateCorpus({ claims: 250, seed: 3 });
    const root = mkdtempSync(join(tmpdir(), 'bench-gen-test-'));
    dirs.push(root);
    writeCorpus(root, corpus);
    const project = loadProject(root);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.corpus.claims).toHaveLength(250);
    const reports = project.corpus.claims.flatMap((c) => c.reports);
    expect(reports.every((r) => r.quoteRange)).toBe(true);
    expect(reports.some((r) => r.via)).toBe(true);
    // Like real articles, many quotes (and so their claim and source pages) hold ’ or —.
    const typographic = reports.filter((r) => /[^\u0000-\u00ff]/.test(r.quote)).length;
    expect(typographic / reports.length).toBeGreaterThan(0.3);
    expect(project.analysis.flags.some((f) => f.kind === 'value-conflict')).toBe(true);
    expect(new Set(project.corpus.properties.map((p) => p.type)).size).toBe(8);
    const source = project.corpus.sources.find((s) => s.archived);
    expect(source && source.body.split(/\s+/).length).toBeGreaterThan(1500);
    expect(readFileSync(join(root, 'claims/subjects.yaml'), 'utf8')).toMatch(/^subjects:/);
  });
});

describe('query set', () => {
  it('derives exact, prefix and typo queries for sampled claims', () => {
    expect(truncateLast('valtora pro context window')).toBe('valtora pro context win');
    expect(truncateLast('valtora pro api')).toBe('valtora pro api');
    const t = typo('valtora pro context window', 3);
    expect(t).not.toBe('valtora pro context window');
    expect(t.length).toBe('valtora pro context window'.length);
    const corpus = generateCorpus({ claims: 500, seed: 4 });
    const qs = makeQueries(corpus, 20);
    expect(qs).toHaveLength(60);
    const ids = new Set(corpus.claims.map((c) => c.id));
    expect(qs.every((q) => ids.has(q.claim))).toBe(true);
    expect(qs.filter((q) => q.kind === 'prefix').every((q, i) => qs.filter((x) => x.kind === 'exact')[i].q.startsWith(q.q))).toBe(true);
  });
});
