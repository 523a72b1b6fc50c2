/**
 * The page cache through real `astro build` runs on a copy of the project: an edit renders only
 * what it changed, a deleted page comes back, and the result equals a clean build.
 * openPageCache and pagesToRender on their own are in page-cache.test.ts.
 */
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuildOk } from '../helpers/astro-build.ts';
import { copyProject, hashTree } from '../hostile/site-build.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const pagesBuilt = (log: string) => Number(/(\d+) page\(s\) built/.exec(log)?.[1]);

describe('rebuilding the site', () => {
  it('renders only what an edit changed, renders a page that went missing, and ends with the output a clean build gives', async ({ signal }) => {
    const build = (cwd: string) => astroBuildOk({ cwd, signal });
    const root = copyProject();
    roots.push(root);
    const edited = join(root, 'claims/gpt-5-5/release-date.md');
    const editedPage = join(root, 'dist/claims/gpt-5-5/release-date/index.html');
    const untouchedPage = join(root, 'dist/claims/gpt-5-5/serving-hardware/index.html');

    const cold = await build(root);
    const all = pagesBuilt(cold);
    expect(all).toBeGreaterThan(100);
    const untouched = readFileSync(untouchedPage, 'utf8');

    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added by the page-cache test.\n`);
    const warm = await build(root);
    expect(readFileSync(editedPage, 'utf8')).toContain('A sentence added by the page-cache test.');
    expect(warm).toMatch(/claims\/gpt-5-5\/release-date\/index\.html/);
    expect(warm).not.toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html/);
    expect(pagesBuilt(warm)).toBeLessThan(all / 4);
    const kept = Number(/(\d+) unchanged page\(s\) kept/.exec(warm)?.[1]);
    expect(kept + pagesBuilt(warm)).toBe(all);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);

    unlinkSync(untouchedPage);
    const again = await build(root);
    expect(again).toMatch(/claims\/gpt-5-5\/serving-hardware\/index\.html/);
    expect(readFileSync(untouchedPage, 'utf8')).toBe(untouched);

    // The same data built from nothing: every file identical, none missing, none extra.
    const clean = copyProject();
    roots.push(clean);
    cpSync(edited, join(clean, 'claims/gpt-5-5/release-date.md'));
    await build(clean);
    expect(hashTree(join(root, 'dist'))).toEqual(hashTree(join(clean, 'dist')));
  });
});
