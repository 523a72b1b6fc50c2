import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { codeFingerprint, openPageCache, PAGE_CACHE_FILE, pagesToRender, setActivePageCache } from '../../src/build/page-cache.ts';
import { NODE, REPO } from '../hostile/helpers.ts';
import { copyProject, hashTree } from '../hostile/site-build.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const tempDir = useTempDirs('crosscheck-page-cache-');
afterEach(() => setActivePageCache(undefined));

const entry = (id: string, cacheKey: string) => ({ params: { id }, props: { n: id }, cacheKey });
const path = (e: { params: { id: string } }) => `/claims/${e.params.id}/`;

/** A finished earlier build: its record of keys and one output file per listed page. */
async function earlierBuild(cacheDir: string, outDir: string, code: string, pages: Array<[string, string]>): Promise<void> {
  const first = openPageCache(cacheDir, outDir, code);
  first.select(pages.map(([id, key]) => entry(id, key)), path);
  for (const [id] of pages) {
    mkdirSync(join(outDir, 'claims', id), { recursive: true });
    writeFileSync(join(outDir, 'claims', id, 'index.html'), id);
  }
  await first.save();
}

describe('openPageCache', () => {
  it('renders every page on a first build', () => {
    const dir = tempDir();
    const cache = openPageCache(join(dir, 'cache'), join(dir, 'dist'), 'c1');
    expect(cache.select([entry('a', 'k1'), entry('b', 'k2')], path)).toHaveLength(2);
    expect(cache.kept()).toEqual([]);
  });

  it('keeps unchanged pages whose file is there, and renders changed, new and missing ones', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', [['same', 'k1'], ['changed', 'k2'], ['missing', 'k3']]);
    unlinkSync(join(outDir, 'claims', 'missing', 'index.html'));
    const next = openPageCache(cacheDir, outDir, 'c1');
    const render = next.select([entry('same', 'k1'), entry('changed', 'k2b'), entry('missing', 'k3'), entry('new', 'k4')], path);
    expect(render.map((e) => e.params.id)).toEqual(['changed', 'missing', 'new']);
    expect(next.kept()).toEqual([join(outDir, 'claims', 'same', 'index.html')]);
  });

  it('renders everything when the code changed', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', [['a', 'k1']]);
    expect(openPageCache(cacheDir, outDir, 'c2').select([entry('a', 'k1')], path)).toHaveLength(1);
  });

  it('renders everything after a build that did not finish, or with a damaged record', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', [['a', 'k1']]);
    // Opening the cache is the start of a build: the record goes until that build succeeds.
    openPageCache(cacheDir, outDir, 'c1');
    expect(existsSync(join(cacheDir, PAGE_CACHE_FILE))).toBe(false);
    expect(openPageCache(cacheDir, outDir, 'c1').select([entry('a', 'k1')], path)).toHaveLength(1);

    await earlierBuild(cacheDir, outDir, 'c1', [['a', 'k1']]);
    writeFileSync(join(cacheDir, PAGE_CACHE_FILE), '{ not json');
    expect(openPageCache(cacheDir, outDir, 'c1').select([entry('a', 'k1')], path)).toHaveLength(1);
  });

  it('never keeps a path with characters that might not name its file one-to-one', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const odd = (e: { params: { id: string } }) => `/claims/${encodeURIComponent(e.params.id)}/`;
    const first = openPageCache(cacheDir, outDir, 'c1');
    first.select([entry('é', 'k1')], odd);
    mkdirSync(join(outDir, 'claims', '%C3%A9'), { recursive: true });
    writeFileSync(join(outDir, 'claims', '%C3%A9', 'index.html'), '');
    await first.save();
    expect(openPageCache(cacheDir, outDir, 'c1').select([entry('é', 'k1')], odd)).toHaveLength(1);
  });
});

describe('pagesToRender', () => {
  const page = (id: string) => ({ params: { id }, props: { n: id } });
  const keysFrom = (keys: Record<string, string>) => async () => (e: { params: { id: string } }) => keys[e.params.id]!;

  it('gives every entry, without asking for keys, when no page cache is active (the dev server)', async () => {
    const never = async (): Promise<(e: unknown) => string> => {
      throw new Error('keys asked for');
    };
    expect(await pagesToRender([page('a')], path, never)).toEqual([page('a')]);
  });

  it('asks the active cache, with the keys, when there is a record of an earlier build', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', [['a', 'k1'], ['b', 'k2']]);
    setActivePageCache(openPageCache(cacheDir, outDir, 'c1'));
    expect(await pagesToRender([page('a'), page('b')], path, keysFrom({ a: 'k1', b: 'k2b' }))).toEqual([page('b')]);
  });

  it('renders everything on a first build and takes the keys only when the record is written', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const cache = openPageCache(cacheDir, outDir, 'c1');
    setActivePageCache(cache);
    let asked = 0;
    const keys = async () => {
      asked++;
      return (e: { params: { id: string } }) => `k-${e.params.id}`;
    };
    expect(await pagesToRender([page('a'), page('b')], path, keys)).toEqual([page('a'), page('b')]);
    expect(asked).toBe(0);
    await cache.save();
    expect(asked).toBe(1);
    expect(JSON.parse(readFileSync(join(cacheDir, PAGE_CACHE_FILE), 'utf8')).pages).toEqual({ '/claims/a/': 'k-a', '/claims/b/': 'k-b' });
    // The next build keeps both pages once their files are there.
    for (const id of ['a', 'b']) {
      mkdirSync(join(outDir, 'claims', id), { recursive: true });
      writeFileSync(join(outDir, 'claims', id, 'index.html'), id);
    }
    setActivePageCache(openPageCache(cacheDir, outDir, 'c1'));
    expect(await pagesToRender([page('a'), page('b')], path, keys)).toEqual([]);
  });

  it('writes no record when the keys taken at the end fail, so the next build renders everything', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const cache = openPageCache(cacheDir, outDir, 'c1');
    setActivePageCache(cache);
    await pagesToRender([page('a')], path, async () => {
      throw new Error('worker gone');
    });
    await cache.save();
    expect(existsSync(join(cacheDir, PAGE_CACHE_FILE))).toBe(false);
  });
});

describe('codeFingerprint', () => {
  it('changes with the site code, the config and the dependencies, not with the data', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    mkdirSync(join(root, 'claims'));
    writeFileSync(join(root, 'src/pages/index.astro'), 'a');
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const base = codeFingerprint(root);
    writeFileSync(join(root, 'claims/x.md'), 'data');
    expect(codeFingerprint(root)).toBe(base);
    for (const [file, text] of [['src/pages/index.astro', 'b'], ['astro.config.mjs', 'export default { a: 1 }'], ['package-lock.json', '{"v":2}']]) {
      const before = codeFingerprint(root);
      writeFileSync(join(root, file), text);
      expect(codeFingerprint(root), file).not.toBe(before);
    }
  });
});

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function build(root: string): string {
  const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(NODE, [astro, 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  const output = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
  return output;
}

const pagesBuilt = (log: string) => Number(/(\d+) page\(s\) built/.exec(log)?.[1]);

describe('rebuilding the site', () => {
  it('renders only what an edit changed, renders a page that went missing, and ends with the output a clean build gives', () => {
    const root = copyProject();
    roots.push(root);
    const edited = join(root, 'claims/gpt-5-5/release-date.md');
    const editedPage = join(root, 'dist/claims/gpt-5-5/release-date/index.html');
    const untouchedPage = join(root, 'dist/claims/gpt-5-5/serving-hardware/index.html');

    const cold = build(root);
    const all = pagesBuilt(cold);
    expect(all).toBeGreaterThan(100);
    const untouched = readFileSync(untouchedPage, 'utf8');

    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added by the page-cache test.\n`);
    const warm = build(root);
    expect(readFileSync(editedPage, 'utf8')).toContain('A sentence added by the page-cache test.');
    expect(warm).toMatch(/claims\/gpt-5-5\/release-date\/index\.html/);
    expect(warm).not.toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html/);
    expect(pagesBuilt(warm)).toBeLessThan(all / 4);
    const kept = Number(/(\d+) unchanged page\(s\) kept/.exec(warm)?.[1]);
    expect(kept + pagesBuilt(warm)).toBe(all);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);

    unlinkSync(untouchedPage);
    const again = build(root);
    expect(again).toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html/);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);

    // The same data built from nothing: every file identical, none missing, none extra.
    const clean = copyProject();
    roots.push(clean);
    cpSync(edited, join(clean, 'claims/gpt-5-5/release-date.md'));
    build(clean);
    expect(hashTree(join(root, 'dist'))).toEqual(hashTree(join(clean, 'dist')));
  }, 600_000);
});
