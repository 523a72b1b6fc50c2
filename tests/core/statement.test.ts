/**
 * The statement handed out before claims are checked: validation gives the same result with
 * or without it, it is what the checked corpus states when nothing is wrong, and it counts
 * every error found before the checks, so a caller never takes a failing project for a good one.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/core/parse/files.ts';
import { claimStatement, sourceStatement, type Statement } from '../../src/core/statement.ts';
import { validateProject, type ClaimOutcome, type ClaimOutcomeCache } from '../../src/core/validate.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixture-project.ts';
import { claim, CLAIM, project } from '../hostile/helpers.ts';

function withStatement(files: InputFile[], claimOutcomes?: ClaimOutcomeCache) {
  const statements: Statement[] = [];
  const result = validateProject(files, { claimOutcomes, onStatement: (s) => statements.push(s) });
  expect(statements).toHaveLength(1);
  return { result, statement: statements[0]! };
}

/** Outcomes kept by path and text, as the site's claim cache keeps them. */
function memoryCache(): ClaimOutcomeCache {
  const kept = new Map<string, ClaimOutcome>();
  return { get: (f) => kept.get(`${f.path}\n${f.text}`), set: (f, o) => void kept.set(`${f.path}\n${f.text}`, o) };
}

const cases = readdirSync(FIXTURES).filter((c) => c !== 'base');
const errorCount = (files: InputFile[]) => validateProject(files).diagnostics.filter((d) => d.severity === 'error').length;

describe('validateProject with onStatement', () => {
  it('gives every fixture case the result it gives without one', () => {
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      const files = fixtureProject(name);
      expect(withStatement(files).result, name).toEqual(validateProject(files));
    }
  });

  it('states exactly the checked corpus, less quotes, values and archived text, when there is no error', () => {
    const files = project();
    const { result, statement } = withStatement(files);
    expect(statement.errors).toBe(0);
    expect(statement.claims).toEqual(result.corpus.claims.map(claimStatement));
    expect(statement.sources).toEqual(result.corpus.sources.map(sourceStatement));
    expect(statement.subjects).toEqual(result.corpus.subjects);
    expect(statement.properties).toEqual(result.corpus.properties);
    expect(statement.sources.some((s) => 'body' in s)).toBe(false);
  });

  it('states the same with claim outcomes kept from an earlier run', () => {
    const files = project();
    const cache = memoryCache();
    const first = withStatement(files, cache);
    const second = withStatement(files, cache);
    expect(second.statement).toEqual(first.statement);
    expect(second.result).toEqual(first.result);
  });

  it('counts the errors found before the checks, and none of those the checks find later', () => {
    // A claim whose front matter breaks the schema fails before the checks.
    const broken = project({ [CLAIM]: claim({ frontMatter: 'subject: model-x\nproperty: bench-score\nreports: 3' }) });
    expect(withStatement(broken).statement.errors).toBeGreaterThan(0);
    // A quote that is not in its source is found by the checks: the statement has no error yet,
    // and the full result has one.
    const misquoted = project({ [CLAIM]: claim({ quote: 'a sentence no archived article contains' }) });
    const { result, statement } = withStatement(misquoted);
    expect(statement.errors).toBe(0);
    expect(result.diagnostics.map((d) => d.rule)).toContain('quote-not-found');
  });

  it('never counts fewer errors than the full check when only parsing fails', () => {
    for (const name of ['schema-invalid', 'schema-missing-field', 'yaml-syntax', 'frontmatter-unterminated', 'yaml-duplicate-key']) {
      const files = fixtureProject(name);
      const { statement } = withStatement(files);
      expect(statement.errors, name).toBeGreaterThan(0);
      expect(statement.errors, name).toBeLessThanOrEqual(errorCount(files));
    }
  });
});
