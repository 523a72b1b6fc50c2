/**
 * The diagnostics catalog is the one list of rule names `npm run check` can print: each entry
 * is well formed, each is raised somewhere, and CONTRIBUTING's table names exactly these.
 * (That no other name can be raised is the compiler's job: `diagnostic()` takes catalog keys.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_RULES, DIAGNOSTICS, diagnosticEntrySchema, isDiagnosticRule } from '../../src/core/diagnostic-catalog.ts';
import { diagnostic } from '../../src/core/diagnostics.ts';
import { tableNames } from '../helpers/doc-tables.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The TypeScript source under src/, except the catalog itself. */
const sources = (readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('diagnostic-catalog.ts'))
  .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
  .join('\n');

/** `unknown-<what>` is built from unknownRef's `what` argument rather than written out. */
function raised(rule: string): boolean {
  if (sources.includes(`'${rule}'`)) return true;
  const what = /^unknown-(.+)$/.exec(rule)?.[1];
  return what !== undefined && sources.includes('`unknown-${what}`') && new RegExp(`unknownRef\\([^;]*'${what}'`).test(sources);
}

describe('the diagnostics catalog', () => {
  it.each(DIAGNOSTIC_RULES)('%s is well formed', (rule) => {
    expect(rule).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    expect(diagnosticEntrySchema.safeParse(DIAGNOSTICS[rule]).error).toBeUndefined();
  });

  it('lists only rules the code raises', () => {
    expect(DIAGNOSTIC_RULES.filter((r) => !raised(r))).toEqual([]);
  });

  it('matches the rules table in CONTRIBUTING.md, "What the check verifies", both ways', () => {
    const documented = tableNames('CONTRIBUTING.md', 'What the check verifies');
    expect(documented.filter((n) => !isDiagnosticRule(n)), 'in the table but not in src/core/diagnostic-catalog.ts').toEqual([]);
    expect(DIAGNOSTIC_RULES.filter((n) => !documented.includes(n)), 'in the catalog but not in the table').toEqual([]);
    expect(new Set(documented).size, 'a name listed twice').toBe(documented.length);
  });

  it('gives a diagnostic its severity and, when the caller has none, its default hint', () => {
    const d = diagnostic('claims/x.md', { line: 3, col: 5 }, 'via-self', 'A report cannot be attributed to its own source.');
    expect(d).toEqual({ file: 'claims/x.md', line: 3, col: 5, rule: 'via-self', severity: 'error', message: d.message, hint: DIAGNOSTICS['via-self'].hint });
    expect(diagnostic('x', undefined, 'via-self', 'm', 'Do this.').hint).toBe('Do this.');
    expect(diagnostic('x', undefined, 'yaml-syntax', 'm')).not.toHaveProperty('hint');
  });
});
