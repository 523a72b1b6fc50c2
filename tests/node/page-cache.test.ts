/** openPageCache and codeFingerprint; the full rebuild through `astro build` is in page-cache.build.test.ts. */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, openPageCache, PAGE_CACHE_FILE } from '../../src/build/page-cache.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const tempDir = useTempDirs('crosscheck-page-cache-');

const page = (id: string) => ({ id, path: `/claims/${id}/` });
const keysOf = (keys: Record<string, string>) => async () => new Map(Object.entries(keys));
const sorted = (ids: Set<string>) => [...ids].sort();

/** A finished earlier build: its record of keys and one output file per listed page. */
async function earlierBuild(cacheDir: string, outDir: string, code: string, keys: Record<string, string>): Promise<void> {
  const first = openPageCache(cacheDir, outDir, code);
  await first.select(Object.keys(keys).map(page), keysOf(keys));
  for (const id of Object.keys(keys)) {
    mkdirSync(join(outDir, 'claims', id), { recursive: true });
    writeFileSync(join(outDir, 'claims', id, 'index.html'), id);
  }
  await first.save();
}

describe('openPageCache', () => {
  it('renders every page on a first build without waiting for the keys, and records them when the build is done', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const cache = openPageCache(cacheDir, outDir, 'c1');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const keys = async () => {
      await gate;
      return new Map([['a', 'k-a'], ['b', 'k-b']]);
    };
    // Resolves although the keys are still pending.
    expect(sorted(await cache.select([page('a'), page('b')], keys))).toEqual(['a', 'b']);
    expect(cache.kept()).toEqual([]);
    release();
    await cache.save();
    expect(JSON.parse(readFileSync(join(cacheDir, PAGE_CACHE_FILE), 'utf8')).pages).toEqual({ '/claims/a/': 'k-a', '/claims/b/': 'k-b' });
  });

  it('keeps unchanged pages whose file is there, and renders changed, new and missing ones', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', { same: 'k1', changed: 'k2', missing: 'k3' });
    unlinkSync(join(outDir, 'claims', 'missing', 'index.html'));
    const next = openPageCache(cacheDir, outDir, 'c1');
    const render = await next.select([page('same'), page('changed'), page('missing'), page('new')], keysOf({ same: 'k1', changed: 'k2b', missing: 'k3', new: 'k4' }));
    expect(sorted(render)).toEqual(['changed', 'missing', 'new']);
    expect(next.kept()).toEqual([join(outDir, 'claims', 'same', 'index.html')]);
  });

  it('renders everything when the code changed', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', { a: 'k1' });
    expect(sorted(await openPageCache(cacheDir, outDir, 'c2').select([page('a')], keysOf({ a: 'k1' })))).toEqual(['a']);
  });

  it('renders everything after a build that did not finish, or with a damaged record', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', { a: 'k1' });
    // Opening the cache is the start of a build: the record goes until that build succeeds.
    openPageCache(cacheDir, outDir, 'c1');
    expect(existsSync(join(cacheDir, PAGE_CACHE_FILE))).toBe(false);
    expect(sorted(await openPageCache(cacheDir, outDir, 'c1').select([page('a')], keysOf({ a: 'k1' })))).toEqual(['a']);

    await earlierBuild(cacheDir, outDir, 'c1', { a: 'k1' });
    writeFileSync(join(cacheDir, PAGE_CACHE_FILE), '{ not json');
    expect(sorted(await openPageCache(cacheDir, outDir, 'c1').select([page('a')], keysOf({ a: 'k1' })))).toEqual(['a']);
  });

  it('never keeps a path with characters that might not name its file one-to-one', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const odd = { id: 'é', path: `/claims/${encodeURIComponent('é')}/` };
    const first = openPageCache(cacheDir, outDir, 'c1');
    await first.select([odd], keysOf({ é: 'k1' }));
    mkdirSync(join(outDir, 'claims', '%C3%A9'), { recursive: true });
    writeFileSync(join(outDir, 'claims', '%C3%A9', 'index.html'), '');
    await first.save();
    expect(sorted(await openPageCache(cacheDir, outDir, 'c1').select([odd], keysOf({ é: 'k1' })))).toEqual(['é']);
  });

  it('writes no record when the keys of a first build fail, so the next build renders everything', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    const cache = openPageCache(cacheDir, outDir, 'c1');
    await cache.select([page('a')], async () => {
      throw new Error('worker gone');
    });
    await cache.save();
    expect(existsSync(join(cacheDir, PAGE_CACHE_FILE))).toBe(false);
  });

  it('refuses to record a page the keys do not cover, rather than record a wrong key', async () => {
    const dir = tempDir();
    const [cacheDir, outDir] = [join(dir, 'cache'), join(dir, 'dist')];
    await earlierBuild(cacheDir, outDir, 'c1', { a: 'k1' });
    const next = openPageCache(cacheDir, outDir, 'c1');
    await expect(next.select([page('a'), page('b')], keysOf({ a: 'k1' }))).rejects.toThrow(/no cache key for the page \/claims\/b\//);
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

  it('changes with the site URL, which every page\'s canonical link carries', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), 'a');
    const none = codeFingerprint(root, { site: undefined });
    expect(codeFingerprint(root)).toBe(none);
    const one = codeFingerprint(root, { site: 'https://facts.example.org/' });
    expect(one).not.toBe(none);
    expect(codeFingerprint(root, { site: 'https://other.example.org/' })).not.toBe(one);
    expect(codeFingerprint(root, { site: 'https://facts.example.org/' })).toBe(one);
  });
});
