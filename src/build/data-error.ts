/**
 * The error that stops a build (or shows in the dev server's overlay) when the data has
 * errors: the same lines as `npm run check`, at most twenty, and where to see the rest.
 */
import { AstroError } from 'astro/errors';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';

/**
 * Astro prints a user error as its message and hint; with no stack, it adds no stack trace,
 * which would only point into this file, never at the data.
 */
export class CrosscheckDataError extends AstroError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = 'CrosscheckDataError';
    this.stack = '';
  }
}

const SHOWN = 20;

export function dataError(diagnostics: readonly Diagnostic[]): CrosscheckDataError | undefined {
  const errors = sortDiagnostics([...diagnostics]).filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const shown = errors.slice(0, SHOWN).map((d) => `  ${d.file}:${d.line}:${d.col}  ${d.message}  [${d.rule}]`);
  const more = errors.length > SHOWN ? `\n  … and ${errors.length - SHOWN} more` : '';
  return new CrosscheckDataError(
    `${errors.length} problem(s) in claims/ or sources/ stop the build:\n${shown.join('\n')}${more}`,
    'Run `npm run check` for the full report, with a hint for each problem.',
  );
}
