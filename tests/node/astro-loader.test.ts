/**
 * A data error stops `astro build` with the check's own messages, and the build writes no
 * search index for data it refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, REPO } from '../hostile/helpers.ts';
import { copyProject } from '../hostile/site-build.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('the content loader in a build', () => {
  it('fails the build on a quote the source does not contain, naming file, line and rule, without a stack trace', () => {
    const claim = 'claims/gpt-5-5/release-date.md';
    const root = copyProject((r) => {
      const path = join(r, claim);
      const text = readFileSync(path, 'utf8');
      const quote = /quote: "([^"]+)"/.exec(text);
      expect(quote).not.toBeNull();
      writeFileSync(path, text.replace(quote![1], 'a sentence no archived article contains'));
    });
    roots.push(root);
    const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const run = spawnSync(NODE, [astro, 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('problem(s) in claims/ or sources/ stop the build');
    expect(output).toMatch(new RegExp(`${claim.replace(/[./]/g, '\\$&')}:\\d+:\\d+ .*\\[quote-not-found\\]`));
    expect(output).toContain('npm run check');
    // The data is at fault, not the code: no stack trace.
    expect(output).not.toMatch(/Stack trace|    at /);
    expect(existsSync(join(root, 'dist', 'search', 'meta.json'))).toBe(false);
  }, 320_000);
});
