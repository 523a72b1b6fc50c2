/**
 * A data error stops `astro build` with the check's own messages, and the build writes no
 * search index for data it refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataError } from '../../src/build/data-error.ts';
import { diagnostic } from '../../src/core/diagnostics.ts';
import { NODE, REPO } from '../hostile/helpers.ts';
import { copyProject } from '../hostile/site-build.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('a build of data with errors', () => {
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

describe('dataError', () => {
  it('is undefined without errors, warnings included', () => {
    expect(dataError([])).toBeUndefined();
    expect(dataError([{ ...diagnostic('claims/a/b.md', { line: 1, col: 1 }, 'value-unparseable', 'm'), severity: 'warning' }])).toBeUndefined();
  });

  it('lists the first twenty errors in file order as the check prints them, says how many more, and carries no stack', () => {
    const errors = Array.from({ length: 25 }, (_, i) => diagnostic(`claims/x/c${String(24 - i).padStart(2, '0')}.md`, { line: 2, col: 3 }, 'quote-not-found', `problem ${24 - i}`));
    const error = dataError(errors)!;
    expect(error.message).toMatch(/^25 problem\(s\) in claims\/ or sources\/ stop the build:\n {2}claims\/x\/c00\.md:2:3 {2}problem 0 {2}\[quote-not-found\]/);
    expect(error.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(error.message).toMatch(/… and 5 more$/);
    expect(error.hint).toContain('npm run check');
    expect(error.stack).toBe('');
  });
});
