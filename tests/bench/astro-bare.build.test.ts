/**
 * The bench's filled bare build writes exactly the bytes it was asked for, page by page, so
 * "site ÷ a bare build writing the same bytes" compares like with like. The trivial bare
 * build, the goal's reference, is built too: one line per page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBareProject } from '../../bench/stages/astro-bare.ts';
import { astroBuildOk } from '../helpers/astro-build.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const NODE_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');
const tempDir = useTempDirs('crosscheck-bare-');

/** Page number → byte size of its index.html. */
function builtSizes(dist: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const id of readdirSync(dist)) {
    const file = join(dist, id, 'index.html');
    if (/^\d+$/.test(id)) out.set(Number(id), statSync(file).size);
  }
  return out;
}

describe('the bench bare builds', () => {
  it('fills page i to sizes[i] bytes exactly, from a few hundred bytes to a source page', async ({ signal }) => {
    const dir = tempDir();
    // The shell alone is under 100 bytes: the first size is smaller than a real page, on purpose.
    const sizes = [120, 6_425, 136_843, 11_000, 520_000];
    writeBareProject(dir, 0, NODE_MODULES, { concurrency: 2, sizes });
    await astroBuildOk({ cwd: dir, signal });
    const built = builtSizes(join(dir, 'dist'));
    expect([...built.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    for (const [i, size] of sizes.entries()) expect(built.get(i), `page ${i}`).toBe(size);
    expect(readFileSync(join(dir, 'dist', '2', 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="en"><head><title>Page 2<\/title><\/head><body><p>x+<\/p><\/body><\/html>$/);
  });

  it('writes one short page per id without sizes', async ({ signal }) => {
    const dir = tempDir();
    writeBareProject(dir, 3, NODE_MODULES);
    await astroBuildOk({ cwd: dir, signal });
    const built = builtSizes(join(dir, 'dist'));
    expect([...built.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    for (const size of built.values()) expect(size).toBeLessThan(150);
  });
});
