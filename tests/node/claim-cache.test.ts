/**
 * Claim outcomes kept between builds give exactly the validation of checking every claim:
 * on every fixture case, after an edit to one claim, with duplicate ids across files, and
 * never across a change to a source, a registry or the checking code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/core/parse/files.ts';
import { validateProject } from '../../src/core/validate.ts';
import { CLAIM_CACHE_FILE, openClaimCache } from '../../src/node/claim-cache.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixture-project.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';
import { readdirSync } from 'node:fs';
import { claim, CLAIM, project } from '../hostile/helpers.ts';

const temp = useTempDirs('crosscheck-claim-cache-');

/** Validates `files` through a cache in `dir` (saving it), with its hit and miss counts. */
function cached(dir: string, files: InputFile[], code = 'code') {
  const cache = openClaimCache(dir, files, code);
  const result = validateProject(files, { claimOutcomes: cache.outcomes });
  cache.save();
  return { result, ...cache.stats() };
}

const claimCount = (files: InputFile[]) => files.filter((f) => /^claims\/[^/]+\/[^/]+\.md$/.test(f.path)).length;

describe('openClaimCache', () => {
  it('checks every claim once, then none, with the same result as checking them all', () => {
    const dir = temp();
    const files = project();
    const first = cached(dir, files);
    expect(first.hits).toBe(0);
    expect(first.misses).toBe(claimCount(files));
    const second = cached(dir, files);
    expect(second.misses).toBe(0);
    expect(second.hits).toBe(claimCount(files));
    expect(second.result).toEqual(validateProject(files));
  });

  it('checks again only the claim that changed', () => {
    const dir = temp();
    cached(dir, project());
    const edited = project({ [CLAIM]: claim({ value: '"82.9%"' }) });
    const run = cached(dir, edited);
    expect(run.misses).toBe(1);
    expect(run.result).toEqual(validateProject(edited));
  });

  it('gives every fixture case the diagnostics and corpus of a full check, after a cache of the valid project', () => {
    const cases = readdirSync(FIXTURES).filter((c) => c !== 'base');
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      const dir = temp();
      cached(dir, fixtureProject('valid'));
      const files = fixtureProject(name);
      // Twice: the first run fills the cache from this case, the second reads it back.
      expect(cached(dir, files).result, name).toEqual(validateProject(files));
      expect(cached(dir, files).result, name).toEqual(validateProject(files));
    }
  });

  it('still reports a second file with the same id when both outcomes come from the cache', () => {
    const dir = temp();
    const files = project({ 'claims/model-x/bench-score-copy.md': claim() });
    const expected = validateProject(files);
    expect(expected.diagnostics.map((d) => d.rule)).toContain('duplicate-id');
    cached(dir, files);
    const again = cached(dir, files);
    expect(again.misses).toBe(0);
    expect(again.result).toEqual(expected);
  });

  it('is void when a source, a registry or the checking code changes', () => {
    const dir = temp();
    const files = project();
    cached(dir, files);
    const source = files.find((f) => f.path.startsWith('sources/'))!;
    // The same length, one letter of the archived text changed: a quote may no longer match.
    const at = source.text.lastIndexOf('e');
    const withSource = files.map((f) => (f === source ? { ...f, text: `${f.text.slice(0, at)}a${f.text.slice(at + 1)}` } : f));
    expect(cached(dir, withSource).hits).toBe(0);
    const subjects = withSource.map((f) => (f.path === 'claims/subjects.yaml' ? { ...f, text: `${f.text}\n` } : f));
    expect(cached(dir, subjects).hits).toBe(0);
    expect(cached(dir, subjects, 'other code').hits).toBe(0);
    expect(cached(dir, subjects, 'other code').misses).toBe(0);
  });

  it('starts empty from a damaged cache file', () => {
    const dir = temp();
    const files = project();
    cached(dir, files);
    writeFileSync(join(dir, CLAIM_CACHE_FILE), 'not a cache');
    const run = cached(dir, files);
    expect(run.hits).toBe(0);
    expect(run.result).toEqual(validateProject(files));
  });
});
