/**
 * Shared pieces for the hostile-input tests: the valid base project from
 * tests/fixtures/check/base, ways to lay hostile files over it (in memory or on disk),
 * and a compact `file:line:col rule` view of the diagnostics.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { InputFile } from '../../src/core/parse/files.ts';
import { validateProject, type ValidationResult } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

export const CLAIM = 'claims/model-x/bench-score.md';
export const SOURCE = 'sources/alpha-news.md';
/** A sentence of sources/alpha-news.md (fixtures/check/base), verbatim. */
export const GOOD_QUOTE = 'On the Bench benchmark it scores 82.7%';

/** The valid base project with files replaced, added, or (with `null`) removed. */
export function project(overrides: Record<string, string | null> = {}): InputFile[] {
  const files = new Map(fixtureProject('valid').map((f) => [f.path, f.text]));
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
  return [...files].map(([path, text]) => ({ path, text }));
}

export function check(overrides: Record<string, string | null> = {}): ValidationResult {
  return validateProject(project(overrides));
}

/** `path:line:col rule`, sorted, the form the expected.txt fixtures use. */
export function lines(result: ValidationResult): string[] {
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`).sort();
}

export interface ClaimParts {
  frontMatter?: string;
  value?: string;
  quote?: string;
  extraReport?: string;
  body?: string;
}

/** A claim file for model-x/bench-score; each part can be swapped for a hostile one. */
export function claim(p: ClaimParts = {}): string {
  const fm =
    p.frontMatter ??
    [
      'subject: model-x',
      'property: bench-score',
      'reports:',
      '  - source: alpha-news',
      `    value: ${p.value ?? '"82.7%"'}`,
      `    quote: ${p.quote ?? JSON.stringify(GOOD_QUOTE)}`,
      ...(p.extraReport ? [p.extraReport] : []),
    ].join('\n');
  return `---\n${fm}\n---\n${p.body ?? 'Notes.'}\n`;
}

/** Writes a project to a fresh temporary folder and returns its path. */
export function writeProject(files: InputFile[], prefix = 'crosscheck-hostile-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) {
    const abs = join(root, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.text);
  }
  return root;
}

/** Node 24 from node_modules: the system node is older and cannot run the TypeScript CLI. */
export const NODE = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'node');
export const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'check.ts');
export const REPO = join(import.meta.dirname, '..', '..');
