import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneStale } from '../../src/build/prune-output.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const temp = useTempDirs('crosscheck-prune-');

function file(root: string, rel: string, ageMs: number): string {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, rel);
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(path, at, at);
  return path;
}

describe('pruneStale', () => {
  it('removes old files the build did not list, keeps listed and fresh ones, and drops emptied folders', () => {
    const root = temp();
    const since = Date.now() - 60_000;
    const kept = file(root, 'claims/a/b/index.html', 3_600_000);
    const stale = file(root, 'claims/gone/x/index.html', 3_600_000);
    const fresh = file(root, '_astro/site.123.css', 0);
    const removed = pruneStale(root, new Set([kept]), since);
    expect(removed).toBe(1);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(root, 'claims/gone'))).toBe(false);
    expect(existsSync(join(root, 'claims/a/b'))).toBe(true);
  });

  it('removes nothing when it does not know when the build started', () => {
    const root = temp();
    const old = file(root, 'sources/s/index.html', 3_600_000);
    expect(pruneStale(root, new Set(), Number.NEGATIVE_INFINITY)).toBe(0);
    expect(existsSync(old)).toBe(true);
  });
});

describe('pruneStale with owned paths', () => {
  it('never touches a folder or file another step owns, however old', () => {
    const root = temp();
    const since = Date.now() - 60_000;
    const shard = file(root, 'search/t/0.json', 3_600_000);
    const meta = file(root, 'search/meta.json', 3_600_000);
    const page = file(root, 'search/index.html', 3_600_000);
    const owned = new Set([join(root, 'search/t'), join(root, 'search/meta.json')]);
    expect(pruneStale(root, new Set(), since, owned)).toBe(1);
    expect(existsSync(shard)).toBe(true);
    expect(existsSync(meta)).toBe(true);
    expect(existsSync(page)).toBe(false);
  });
});
