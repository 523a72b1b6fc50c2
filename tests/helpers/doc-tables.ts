/** Reads the names a doc's table lists, so tests can keep docs in step with the code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Every `code` name in the first column of the first table under the heading `heading`
 * (exact heading text, any level) of a markdown file at the project root.
 * Throws when the heading or its table is missing, so a renamed section fails loudly.
 */
export function tableNames(file: string, heading: string): string[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, '').trim() === heading);
  if (start < 0) throw new Error(`${file} has no heading "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const first = section.findIndex((l) => l.startsWith('|'));
  if (first < 0) throw new Error(`${file}, "${heading}": no table`);
  const rows: string[] = [];
  for (const line of section.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|')[1]);
  }
  return rows.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}
