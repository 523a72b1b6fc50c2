/**
 * A data error stops `astro build` with the check's own messages, and the build writes no
 * search index for data it refused.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyProject } from '../hostile/site-build.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('a build of data with errors', () => {
  it('fails the build on a quote the source does not contain, naming file, line and rule, without a stack trace', async ({ signal }) => {
    const claim = 'claims/gpt-5-5/release-date.md';
    const root = copyProject((r) => {
      const path = join(r, claim);
      const text = readFileSync(path, 'utf8');
      const quote = /quote: "([^"]+)"/.exec(text);
      expect(quote).not.toBeNull();
      writeFileSync(path, text.replace(quote![1], 'a sentence no archived article contains'));
    });
    roots.push(root);
    const run = await astroBuild({ cwd: root, signal });
    const output = run.stdout + run.stderr;
    expect(run.code).not.toBe(0);
    expect(output).toContain('problem(s) in claims/ or sources/ stop the build');
    expect(output).toMatch(new RegExp(`${claim.replace(/[./]/g, '\\$&')}:\\d+:\\d+ .*\\[quote-not-found\\]`));
    expect(output).toContain('npm run check');
    // The data is at fault, not the code: no stack trace.
    expect(output).not.toMatch(/Stack trace|    at /);
    expect(existsSync(join(root, 'dist', 'search', 'meta.json'))).toBe(false);
  });
});

