import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkCopiesToOutput } from '../../src/node/incremental-output.ts';
import { NODE, REPO } from '../hostile/helpers.ts';
import { copyProject } from '../hostile/site-build.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const tempDir = useTempDirs('crosscheck-incremental-');

describe('linkCopiesToOutput', () => {
  it('links a fresh cache folder to the output folder, creating both', () => {
    const root = tempDir();
    const cache = join(root, '.cache');
    const out = join(root, 'dist');
    expect(linkCopiesToOutput(cache, out)).toBe('linked');
    expect(lstatSync(join(cache, 'dist')).isSymbolicLink()).toBe(true);
    writeFileSync(join(cache, 'dist', 'page.html'), 'x');
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('x');
  });

  it('leaves a link that already leads to the output folder', () => {
    const root = tempDir();
    const cache = join(root, '.cache');
    const out = join(root, 'dist');
    linkCopiesToOutput(cache, out);
    expect(linkCopiesToOutput(cache, out)).toBe('already-linked');
  });

  it('replaces the copies an earlier build left, and a link to another output folder', () => {
    const root = tempDir();
    const cache = join(root, '.cache');
    const out = join(root, 'dist');
    mkdirSync(join(cache, 'dist', 'claims'), { recursive: true });
    writeFileSync(join(cache, 'dist', 'claims', 'old.html'), 'old copy');
    expect(linkCopiesToOutput(cache, out)).toBe('linked');
    expect(existsSync(join(out, 'claims', 'old.html'))).toBe(false);
    expect(realpathSync(join(cache, 'dist'))).toBe(realpathSync(out));

    const other = join(root, 'elsewhere');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.html'), 'not ours');
    unlinkSync(join(cache, 'dist'));
    symlinkSync(other, join(cache, 'dist'));
    expect(linkCopiesToOutput(cache, out)).toBe('linked');
    expect(realpathSync(join(cache, 'dist'))).toBe(realpathSync(out));
    // Only the link went; what it led to is untouched.
    expect(readFileSync(join(other, 'keep.html'), 'utf8')).toBe('not ours');
  });

  it('reports a failure instead of throwing', () => {
    const root = tempDir();
    const blocker = join(root, 'file');
    writeFileSync(blocker, '');
    const result = linkCopiesToOutput(join(blocker, 'cache'), join(root, 'dist'));
    expect(result).toMatchObject({ failed: expect.any(String) });
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

function countFiles(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1;
  return n;
}

describe('incremental builds of the site with shared copies', () => {
  it('keeps one copy of each page, rebuilds only what changed, and renders again a page that went missing', () => {
    const root = copyProject();
    roots.push(root);
    const cache = join(root, '.cache', 'astro');
    const edited = 'claims/gpt-5-5/release-date.md';
    const editedPage = join(root, 'dist', 'claims', 'gpt-5-5', 'release-date', 'index.html');
    const untouchedPage = join(root, 'dist', 'claims', 'gpt-5-5', 'serving-hardware', 'index.html');

    build(root);
    expect(lstatSync(join(cache, 'dist')).isSymbolicLink()).toBe(true);
    const files = countFiles(join(root, 'dist'));
    const untouched = readFileSync(untouchedPage, 'utf8');

    writeFileSync(join(root, edited), `${readFileSync(join(root, edited), 'utf8')}\nA sentence added by the incremental-build test.\n`);
    const warm = build(root);
    expect(readFileSync(editedPage, 'utf8')).toContain('A sentence added by the incremental-build test.');
    expect(warm).toMatch(/claims\/gpt-5-5\/release-date\/index\.html(?! \(cached\))/);
    expect(warm).toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html \(cached\)/);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);
    expect(countFiles(join(root, 'dist'))).toBe(files);

    // No copy to restore it from: the page is rendered again, exactly as before.
    unlinkSync(untouchedPage);
    const again = build(root);
    expect(again).not.toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html \((cached|restored)\)/);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);
  }, 600_000);
});
