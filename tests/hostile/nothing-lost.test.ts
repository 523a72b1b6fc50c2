/**
 * Property 10 (validation half; the build half is in site-output.build.test.ts): every claim
 * and source file either reaches the corpus or is named as rejected, on the real corpus,
 * on every check fixture and on every hostile case; and the same tree validates to
 * identical results twice.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/core/parse/files.ts';
import { validateProject, type ValidationResult } from '../../src/core/validate.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { readProjectFiles } from '../../src/node/read-project.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixture-project.ts';
import { CLAIM, REPO, project } from './helpers.ts';
import { YAML_CASES } from './yaml-cases.ts';

const isClaimFile = (p: string) => /^claims\/[^/]+\/[^/]+$/.test(p);
const isSourceFile = (p: string) => /^sources\/[^/]+$/.test(p);

/** Each claim and source file is in exactly one of: the corpus, the rejected list. */
function expectNothingLost(files: InputFile[], result: ValidationResult): void {
  const claimsIn = new Set(result.corpus.claims.map((c) => c.file));
  const sourcesIn = new Set(result.corpus.sources.map((s) => s.file));
  const rejected = new Set(result.rejected);
  const claimFiles = files.map((f) => f.path).filter(isClaimFile);
  const sourceFiles = files.map((f) => f.path).filter(isSourceFile);
  expect(result.corpus.claims.length + claimFiles.filter((f) => rejected.has(f)).length).toBe(claimFiles.length);
  expect(result.corpus.sources.length + sourceFiles.filter((f) => rejected.has(f)).length).toBe(sourceFiles.length);
  for (const f of claimFiles) expect(claimsIn.has(f) !== rejected.has(f), f).toBe(true);
  for (const f of sourceFiles) expect(sourcesIn.has(f) !== rejected.has(f), f).toBe(true);
  // Every rejected file is named in at least one error of its own, or is a claim left off with a
  // source it cites, which says so in one source-invalid error rather than one per report.
  const held = new Set(result.heldBySources.claims);
  const holding = result.diagnostics.some((d) => d.rule === 'source-invalid');
  for (const f of rejected) expect(result.diagnostics.some((d) => d.file === f && d.severity === 'error') || (held.has(f) && holding), f).toBe(true);
  expect(result.stats.claims).toEqual({ read: claimFiles.length, valid: claimsIn.size, invalid: claimFiles.length - claimsIn.size });
}

/** A JSON form of a full result, analysis included (Maps as sorted entries). */
function snapshot(root: string): string {
  const p = loadProject(root);
  return JSON.stringify({
    diagnostics: p.diagnostics,
    corpus: p.corpus,
    stats: p.stats,
    rejected: p.rejected,
    claims: [...p.analysis.claims].sort(([a], [b]) => (a < b ? -1 : 1)),
    flags: p.analysis.flags,
  });
}

describe('nothing lost', () => {
  it('on the real corpus', () => {
    const files = readProjectFiles(REPO);
    expect(files.filter((f) => isClaimFile(f.path)).length).toBeGreaterThan(0);
    expectNothingLost(files, validateProject(files));
  });

  it('on every tests/fixtures/check case', () => {
    const cases = readdirSync(FIXTURES).filter((c) => c !== 'base');
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      const files = fixtureProject(name);
      expectNothingLost(files, validateProject(files));
    }
  });

  it('on every hostile YAML case, and on all of them at once', () => {
    const all = project();
    YAML_CASES.forEach((c, i) => {
      const files = project({ [CLAIM]: c.text });
      expectNothingLost(files, validateProject(files));
      all.push({ path: `claims/model-x/bench-score--case${i}.md`, text: c.text });
    });
    const result = validateProject(all);
    expectNothingLost(all, result);
    expect(result.corpus.claims.map((c) => c.file)).toEqual([CLAIM]);
  });

  it('when files are refused before parsing (size, symlink, name)', () => {
    const files: InputFile[] = [
      ...project(),
      { path: 'claims/model-x/huge.md', text: '', size: 10 * 1024 * 1024 },
      { path: 'claims/model-x/link.md', text: '', symlink: true },
      { path: 'claims/model-x/Bad_Name.md', text: '---\n---\n' },
      { path: 'sources/pipe.md', text: '', special: true },
    ];
    const result = validateProject(files);
    expectNothingLost(files, result);
    expect(result.rejected).toEqual(['claims/model-x/Bad_Name.md', 'claims/model-x/huge.md', 'claims/model-x/link.md', 'sources/pipe.md']);
  });
});

describe('deterministic', () => {
  it('the real corpus validates and analyses to identical results twice', () => {
    expect(snapshot(REPO)).toBe(snapshot(REPO));
  });

  it('a hostile project validates to identical results twice', () => {
    const files = project(Object.fromEntries(YAML_CASES.map((c, i) => [`claims/model-x/bench-score--case${i}.md`, c.text])));
    const once = JSON.stringify(validateProject(files));
    const twice = JSON.stringify(validateProject(files.map((f) => ({ ...f }))));
    expect(twice).toBe(once);
  });
});
