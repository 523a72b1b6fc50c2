/**
 * The integration's hooks, driven in memory as Astro would call them: one load per build in
 * the worker, the build context the pages read, the page cache, pruning, data errors; and the
 * dev server's context, which loads again after an edit.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { crosscheck } from '../../src/build/integration.ts';
import { startDevServer } from '../../src/build/dev-server.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { provideBuildContext } from '../../src/site/context.ts';
import { pagesToRender, siteData } from '../../src/site/data.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';
import { claim, project, writeProject } from '../hostile/helpers.ts';

const temp = useTempDirs('crosscheck-integration-');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
afterEach(() => provideBuildContext(undefined));

const root = (overrides: Record<string, string | null> = {}) => {
  const r = writeProject(project(overrides), 'crosscheck-integration-project-');
  roots.push(r);
  return r;
};

const logs: string[] = [];
const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(`warn: ${m}`) } as never;

type Hooks = Required<AstroIntegration['hooks']>;
const dir = (p: string) => pathToFileURL(p.endsWith('/') ? p : `${p}/`);

/** Runs the hooks of one build up to the pages; returns the remaining hook. */
function startBuild(r: string, outDir: string) {
  const hooks = crosscheck().hooks as Hooks;
  (hooks['astro:config:setup'] as (o: unknown) => void)({ command: 'build' });
  (hooks['astro:config:done'] as (o: unknown) => void)({ config: { root: dir(r), cacheDir: dir(join(r, '.cache')), outDir: dir(outDir) }, logger });
  (hooks['astro:build:start'] as (o: unknown) => void)({ logger });
  return async (written: string[]) => {
    const assets = new Map([['pages', written.map((f) => pathToFileURL(join(outDir, f)))]]);
    await (hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: dir(outDir), assets, logger });
  };
}

const page = (out: string, path: string) => {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(join(out, path, 'index.html'), path);
  return `${path}index.html`;
};

describe('crosscheck() in a build', () => {
  it('gives pages the project npm run check loads, renders every page first, then only what changed, and prunes stale files', async () => {
    const r = root();
    const out = join(r, 'dist');
    const done = startBuild(r, out);
    const data = await siteData();
    expect(data.corpus).toEqual(loadProject(r).corpus);
    const ids = [...data.claims.keys()];
    const entries = ids.map((id) => ({ params: { id } }));
    expect(await pagesToRender('claims', entries)).toEqual(entries);
    const written = ids.map((id) => page(out, `claims/${id}/`));
    await done(written);
    expect(existsSync(join(out, 'search', 'meta.json'))).toBe(true);
    expect(logs.some((m) => /search index: \d+ files/.test(m))).toBe(true);
    // Before the pages wait for the project, the log says why the build is quiet, then how
    // much it checked and how long that took.
    const said = (re: RegExp) => logs.findIndex((m) => re.test(m));
    const waiting = said(/^reading and checking claims\/ and sources\/ in a worker thread/);
    const checkedIn = said(new RegExp(`^${ids.length} claims, \\d+ sources, \\d+ flags, read and checked in \\d+\\.\\d s`));
    expect(waiting).toBeGreaterThanOrEqual(0);
    expect(checkedIn).toBeGreaterThan(waiting);
    // The worker writes the API documents; the pages never build them.
    expect(JSON.parse(readFileSync(join(out, 'api', 'claims.json'), 'utf8')).claims).toHaveLength(ids.length);
    expect(readFileSync(join(out, 'api', 'reports.csv'), 'utf8')).toMatch(/^claim_id,/);
    expect(logs.some((m) => /API documents: 4 files/.test(m))).toBe(true);

    // A file an earlier build left that the next one neither writes nor keeps.
    const stale = join(out, 'claims', 'gone', 'index.html');
    mkdirSync(join(stale, '..'), { recursive: true });
    writeFileSync(stale, 'old');
    const old = (Date.now() - 3_600_000) / 1000;
    utimesSync(stale, old, old);
    // A second build with the same data keeps every claim page and removes the stale file.
    const again = startBuild(r, out);
    expect(await pagesToRender('claims', entries)).toEqual([]);
    await again([]);
    expect(existsSync(stale)).toBe(false);
    // Not written by Astro, and not pruned either.
    expect(existsSync(join(out, 'api', 'claims.json'))).toBe(true);
    // After an edit, the next build renders that claim's page.
    const file = join(r, 'claims/model-x/bench-score.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn added sentence.\n`);
    const third = startBuild(r, out);
    expect((await pagesToRender('claims', entries)).map((e) => e.params.id)).toEqual(['model-x/bench-score']);
    await third([page(out, 'claims/model-x/bench-score/')]);
    // The unchanged pages were kept, not pruned, although this build did not write them.
    for (const id of ids) expect(existsSync(join(out, 'claims', id, 'index.html')), id).toBe(true);
  });

  it("rejects the pages with the check's errors, and writes no index for refused data", async () => {
    const r = root({ 'claims/model-x/bench-score.md': claim({ quote: '"a sentence no source contains"' }) });
    const out = join(r, 'dist');
    const done = startBuild(r, out);
    await expect(siteData()).rejects.toThrow(/1 problem\(s\) in claims\/ or sources\/ stop the build:\n {2}claims\/model-x\/bench-score\.md:\d+:\d+ .*\[quote-not-found\]/);
    await expect(done([])).rejects.toThrow(/^The API documents \(\/api\/\) could not be written: the data has errors\nThe pages were built, but the data exports are missing or stale\. Run `npm run check`; if it passes, report this as a bug\.$/);
    expect(existsSync(join(out, 'search', 'meta.json'))).toBe(false);
    expect(existsSync(join(out, 'api'))).toBe(false);
  });
});

describe('startDevServer', () => {
  it('loads when a page asks, serves the index and the API documents, and loads again after an edit to claims/ or sources/', async () => {
    const r = root();
    const watcher = new EventEmitter();
    const sent: unknown[] = [];
    const middlewares: Array<(req: { url?: string }, res: unknown, next: () => void) => void> = [];
    const server = { watcher, ws: { send: (m: unknown) => sent.push(m) }, middlewares: { use: (m: (typeof middlewares)[number]) => middlewares.push(m) } };
    startDevServer(r, server as never, logger);
    const first = await siteData();
    expect(first.corpus.claims.length).toBeGreaterThan(0);
    expect(await siteData()).toBe(first);

    const serve = (url: string) => {
      let body = '';
      const res = { statusCode: 200, setHeader: () => {}, end: (b: string) => (body = b) };
      const next = (i: number): void => void middlewares[i]?.({ url }, res, () => next(i + 1));
      next(0);
      return body;
    };
    expect(JSON.parse(serve('/search/meta.json')).claims).toBe(first.corpus.claims.length);
    expect(JSON.parse(serve('/api/claims.json')).claims).toHaveLength(first.corpus.claims.length);

    watcher.emit('all', 'change', join(r, 'src', 'unrelated.ts'));
    expect(sent).toEqual([]);
    const file = join(r, 'claims/model-x/bench-score.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn added sentence.\n`);
    watcher.emit('all', 'change', file);
    expect(sent).toEqual([{ type: 'full-reload' }]);
    const second = await siteData();
    expect(second).not.toBe(first);
    expect(second.claims.get('model-x/bench-score')?.notes).toContain('An added sentence.');
    // Every page renders in a dev server.
    expect(await pagesToRender('sources', [{ params: { id: 'a' } }])).toEqual([{ params: { id: 'a' } }]);
  });

  it('shows data errors in the page, as the build prints them', async () => {
    const r = root({ 'claims/model-x/bench-score.md': claim({ quote: '"a sentence no source contains"' }) });
    const server = { watcher: new EventEmitter(), ws: { send: () => {} }, middlewares: { use: () => {} } };
    startDevServer(r, server as never, logger);
    await expect(siteData()).rejects.toThrow(/\[quote-not-found\]/);
  });
});

describe('the build context', () => {
  it('says how to fix a page rendered without the integration', async () => {
    provideBuildContext(undefined);
    await expect(siteData()).rejects.toThrow(/without the `crosscheck\(\)` integration/);
  });
});
