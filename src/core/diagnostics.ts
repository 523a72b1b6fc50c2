/**
 * Every problem Crosscheck finds in user data is a Diagnostic: a stable rule name,
 * a position, what is wrong, and what to do about it (Astro's error style).
 * Nothing here throws: validation collects diagnostics and goes on, so one run
 * reports every problem at once.
 */
import { DIAGNOSTICS, type DiagnosticRule, type Severity } from './diagnostic-catalog.ts';
import type { Position } from './model.ts';

export type { DiagnosticRule, Severity } from './diagnostic-catalog.ts';

export interface Diagnostic {
  /** Path relative to the project root, forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Stable, kebab-case rule name, e.g. `quote-not-found`, from the catalog. Tests and tools match on it. */
  rule: DiagnosticRule;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** A diagnostic of a catalog rule: its severity, and its default hint when none is given, come from the catalog. */
export function diagnostic(file: string, at: Position | undefined, rule: DiagnosticRule, message: string, hint?: string): Diagnostic {
  const entry = DIAGNOSTICS[rule];
  const shown = hint || entry.hint;
  return {
    file,
    line: at?.line ?? 1,
    col: at?.col ?? 1,
    rule,
    severity: entry.severity,
    message,
    ...(shown ? { hint: shown } : {}),
  };
}

/** True when any diagnostic is an error: the project may not be built (warnings do not stop it). */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/**
 * Causes before effects: the registries and sources come before the claims that use them, so a
 * source's own error is read before the claim errors it causes ("has errors of its own").
 */
function fileRank(file: string): number {
  if (file === 'claims/subjects.yaml' || file === 'claims/properties.yaml') return 0;
  if (file.startsWith('sources/')) return 1;
  if (file.startsWith('claims/')) return 2;
  return 3;
}

/** Sort by kind of file (registries, sources, claims), then file, position and rule, so output is stable between runs. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      fileRank(a.file) - fileRank(b.file) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * Echoed user text must never be able to forge terminal escapes or CI annotations:
 * control characters (including newlines) become visible escapes, and long text is cut.
 */
export function quoteUserText(text: unknown, max = 80): string {
  const s = typeof text === 'string' ? text : JSON.stringify(text) ?? String(text);
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  // The same invisible and bidi set ids.ts refuses in ids, so what is refused is also shown.
  return JSON.stringify(cut).replace(/[\u0080-\u009f\u00ad\u061c\u180e\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
