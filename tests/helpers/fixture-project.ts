/** Reads fixture folders into in-memory InputFiles: a shared valid base, overlaid by each case's files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../../src/core/parse/files.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check');

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs).split('\\').join('/'), readFileSync(abs, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** The base project with `caseName`'s files laid over it (expected.txt excluded). */
export function fixtureProject(caseName: string): InputFile[] {
  const files = readTree(join(FIXTURES, 'base'));
  for (const [path, text] of readTree(join(FIXTURES, caseName))) if (path !== 'expected.txt') files.set(path, text);
  return [...files].map(([path, text]) => ({ path, text }));
}

export function expectedLines(caseName: string): string[] {
  return readFileSync(join(FIXTURES, caseName, 'expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
}
