/**
 * Status and verdict fixtures (tests/fixtures/status/<case>/): each case is a small project
 * laid over the case folder `base`; the whole check and analysis run on it, and every claim's
 * status and every diagnostic must be exactly those its expected.txt lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../../src/core/model.ts';
import { checkProject } from '../../../src/core/project.ts';
import { readTree } from '../../helpers/fixture-project.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'status');
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'base')
  .map((d) => d.name)
  .sort();

function project(name: string) {
  const files = readTree(join(ROOT, 'base'));
  for (const [path, text] of readTree(join(ROOT, name))) if (path !== 'expected.txt') files.set(path, text);
  return checkProject([...files].map(([path, text]) => ({ path, text })));
}

const expected = (name: string) =>
  readFileSync(join(ROOT, name, 'expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();

describe('status and verdict fixtures (tests/fixtures/status/<case>/expected.txt)', () => {
  it('has a case for every status and for each verdict rule', () => {
    const statuses = new Set(cases.flatMap((c) => expected(c).filter((l) => l.startsWith('status ')).map((l) => l.split(' ')[2])));
    expect([...statuses].sort()).toEqual([...CLAIM_STATUSES].sort());
    for (const rule of ['verdict-evidence-not-found', 'verdict-unknown-flag', 'verdict-older-than-report', 'sources-share-boilerplate']) expect(cases).toContain(rule);
  });

  for (const name of cases) {
    it(name, () => {
      const result = project(name);
      const got = [
        ...result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`),
        ...[...result.analysis.claims.values()].map((a) => `status ${a.claim} ${a.status}`),
      ].sort();
      expect(got).toEqual(expected(name));
      for (const d of result.diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint ?? '').not.toBe('');
      }
      for (const a of result.analysis.claims.values()) expect(a.reason).toMatch(/^[A-Z0-9].*\.$/);
    });
  }
});
