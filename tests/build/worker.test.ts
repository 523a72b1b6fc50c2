/**
 * The build worker loads the project exactly as `npm run check` does, hands it over intact
 * (structured clone: Maps, Infinity bounds and shared records included), computes the page keys
 * the pages would, then writes the same search index; on data with errors it does neither.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree } from '../helpers/fixture-project.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';
import { claim, project, writeProject } from '../hostile/helpers.ts';
import { computePageKeys } from '../../src/site/page-keys.ts';
import { searchInput } from '../../src/site/search-input.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { startBuildWorker } from '../../src/build/start-worker.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { writeSearchIndex } from '../../src/build/write-search.ts';
import { buildClaimsJson, buildConflictsJson, buildReportsCsv, buildSourcesJson } from '../../src/core/export/index.ts';

const temp = useTempDirs('crosscheck-build-worker-');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
const root = (overrides: Record<string, string | null> = {}) => {
  const r = writeProject(project(overrides), 'crosscheck-build-worker-project-');
  roots.push(r);
  return r;
};

const cards = (host?: string) => ({ outDir: temp(), record: join(temp(), 'cards.json'), ...(host ? { host } : {}) });
const start = (r: string, searchDir: string, shardRecord?: string, apiDir = temp()) => startBuildWorker({ root: r, cacheDir: temp(), searchDir, apiDir, search: { shardRecord }, cards: cards() });

describe('startBuildWorker', () => {
  it('hands over the project loadProject gives and writes the index writeSearchIndex writes', async () => {
    const r = root();
    const here = loadProject(r);
    expect(here.corpus.claims.length).toBeGreaterThan(0);
    const expectedDir = temp();
    writeSearchIndex(searchInput(here.corpus, here.analysis), expectedDir);

    const dir = temp();
    const apiDir = join(temp(), 'api');
    const steps = start(r, dir, undefined, apiDir);
    const { project: there, note, ms } = await steps.load;
    expect(there).toEqual(here);
    expect(note).toBe('');
    // The load's own duration, for the build log: measured, so more than nothing and finite.
    expect(ms).toBeGreaterThan(0);
    expect(Number.isFinite(ms)).toBe(true);
    expect(await steps.keys).toEqual(computePageKeys(buildSiteData(here.corpus, here.analysis)));
    // The API documents, byte for byte what the builders give (claims.json is written in pieces).
    const api = await steps.api;
    const expectedApi = new Map([
      ['claims.json', JSON.stringify(buildClaimsJson(here.corpus, here.analysis))],
      ['sources.json', JSON.stringify(buildSourcesJson(here.corpus, here.analysis))],
      ['conflicts.json', JSON.stringify(buildConflictsJson(here.corpus, here.analysis))],
      ['reports.csv', buildReportsCsv(here.corpus, here.analysis)],
    ]);
    expect(readTree(apiDir)).toEqual(expectedApi);
    expect(api).toEqual({ files: 4, bytes: [...expectedApi.values()].reduce((n, t) => n + Buffer.byteLength(t), 0) });
    const written = await steps.search;
    expect(readTree(dir)).toEqual(readTree(expectedDir));
    expect(written.files).toBe(readTree(expectedDir).size);
    // Without a site address there are no cards.
    expect(await steps.cards).toMatchObject({ cards: 0, rendered: 0 });
  });

  it('renders a card per contested claim when the site has an address', async () => {
    const r = root({
      'sources/beta-news.md': '---\ntitle: "Model X falls short"\npublisher: "Beta News"\nkind: news\narchived: true\n---\nModel X scores 79.1% on the Bench benchmark.\n',
      'claims/model-x/bench-score.md': claim({ extraReport: '  - source: beta-news\n    value: "79.1%"\n    quote: "Model X scores 79.1% on the Bench benchmark"' }),
    });
    const here = loadProject(r);
    const contested = [...here.analysis.claims.values()].filter((c) => c.status === 'contested').map((c) => c.claim);
    expect(contested.length, 'the test project has a contested claim').toBeGreaterThan(0);
    const job = cards('facts.example.org');
    const steps = startBuildWorker({ root: r, cacheDir: temp(), searchDir: temp(), apiDir: temp(), search: {}, cards: job });
    const written = await steps.cards;
    expect(written.cards).toBe(contested.length);
    expect(written.rendered).toBe(contested.length);
    for (const id of contested) expect(existsSync(join(job.outDir, 'og', 'claims', `${id}.png`)), id).toBe(true);
  });

  it('keeps its caches for the next run, which gives the same project and says what it spared', async () => {
    const r = root();
    const cacheDir = temp();
    const record = join(temp(), 'shards.json');
    const first = startBuildWorker({ root: r, cacheDir, searchDir: temp(), apiDir: temp(), search: { shardRecord: record }, cards: cards() });
    const { project } = await first.load;
    await first.search;
    expect(existsSync(record)).toBe(true);
    const again = startBuildWorker({ root: r, cacheDir, searchDir: temp(), apiDir: temp(), search: { shardRecord: record }, cards: cards() });
    const second = await again.load;
    expect(second.project).toEqual(project);
    expect(second.note).toMatch(/0 claim file\(s\) checked, \d+ unchanged since the last build/);
    expect(await again.keys).toEqual(await first.keys);
    expect((await again.search).files).toBeGreaterThan(0);
  });

  it('loads data with errors for the integration to report, and writes no index or documents for it', async () => {
    const r = root({ 'claims/model-x/bench-score.md': claim({ quote: '"a sentence no source contains"' }) });
    const dir = join(temp(), 'search');
    const apiDir = join(temp(), 'api');
    const steps = start(r, dir, undefined, apiDir);
    const { project: loaded } = await steps.load;
    expect(loaded.diagnostics.map((d) => d.rule)).toContain('quote-not-found');
    await expect(steps.keys).rejects.toThrow(/the data has errors/);
    await expect(steps.api).rejects.toThrow(/the data has errors/);
    await expect(steps.search).rejects.toThrow(/the data has errors/);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(apiDir)).toBe(false);
  });

  it('reports a missing project as data errors, as npm run check does, and writes no index', async () => {
    const r = join(temp(), 'no-such-project');
    const steps = start(r, join(r, 'dist'));
    const { project: loaded } = await steps.load;
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual(loadProject(r).diagnostics.filter((d) => d.severity === 'error'));
    expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    await expect(steps.search).rejects.toThrow(/the data has errors/);
  });
});

describe('startBuildWorker when the API documents cannot be written', () => {
  it('rejects the api step with the reason, after handing over the project and the keys, and leaves no temporary file', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'blocked'), '');
    const steps = start(root(), temp(), undefined, join(dir, 'blocked'));
    expect((await steps.load).project.corpus.claims.length).toBeGreaterThan(0);
    await expect(steps.keys).resolves.toBeDefined();
    await expect(steps.api).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/i);
    await expect(steps.search).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/i);
    expect(readTree(dir)).toEqual(new Map([['blocked', '']]));
  });
});

describe('startBuildWorker when the index cannot be written', () => {
  it('rejects the search step with the reason, after handing over the project and the keys', async () => {
    const dir = temp();
    // A file where the index needs a folder.
    writeFileSync(join(dir, 'blocked'), '');
    const steps = start(root(), join(dir, 'blocked'));
    expect((await steps.load).project.corpus.claims.length).toBeGreaterThan(0);
    await expect(steps.keys).resolves.toBeDefined();
    await expect(steps.search).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/i);
  });
});
