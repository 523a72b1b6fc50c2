/** Every `file:line` that `npm run new` prints points at a line that exists, and every file it writes ends with a newline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, runCli } from './cli-helpers.ts';

function expectLinesExist(root: string, stdout: string): number {
  const refs = [...stdout.matchAll(/((?:sources|claims)\/[\w/.-]+\.md):(\d+)/g)];
  for (const [, file, line] of refs) {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // Lines of a file that ends with a newline: one per newline.
    expect(Number(line)).toBeLessThanOrEqual(text.split('\n').length - 1);
  }
  return refs.length;
}

describe('scaffolded files', () => {
  it('a source without text: the line to paste at exists', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'Model X system card', '--root', root]);
    expect(r.code).toBe(0);
    expect(expectLinesExist(root, r.stdout)).toBeGreaterThan(0);
  });

  it('a source with no title yet: the title line exists', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'https://example.org/a/b-c', '--no-fetch', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fill in the title/);
    expect(expectLinesExist(root, r.stdout)).toBe(2);
  });

  it('a claim without its report fields: the report line exists', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['claim', 'model-x', 'release-date', '--root', root]);
    expect(r.code).toBe(0);
    expect(expectLinesExist(root, r.stdout)).toBeGreaterThan(0);
  });

  it('an unarchived upstream ends with a newline', () => {
    const root = fixtureCopy();
    expect(runCli('new', ['source', 'Upstream card', '--id', 'upstream-card', '--archived', 'no', '--root', root]).code).toBe(0);
    expect(readFileSync(join(root, 'sources', 'upstream-card.md'), 'utf8')).toMatch(/\n---\n$/);
  });
});
