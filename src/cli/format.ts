/**
 * Renders diagnostics for people (grouped by file, colour on a TTY), for GitHub
 * (workflow annotations on the PR's lines) and for tools (JSON).
 */
import type { Diagnostic } from '../core/diagnostics.ts';
import { sortDiagnostics } from '../core/diagnostics.ts';
import type { Flag } from '../core/model.ts';
import type { ValidationResult } from '../core/validate.ts';

export type Format = 'text' | 'github' | 'json';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLORS: Colors = { red: ansi(31), yellow: ansi(33), dim: ansi(2), bold: ansi(1), green: ansi(32) };
export const NO_COLORS: Colors = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, green: (s) => s };

/**
 * Anything that reaches a terminal or a CI log is stripped of control characters first;
 * bidi overrides and line separators too, so a file name cannot reorder or split a line.
 */
export function safeLine(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\n/g, '\\n');
}

export function formatText(result: ValidationResult, c: Colors): string {
  const lines: string[] = [];
  let current = '';
  for (const d of sortDiagnostics(result.diagnostics)) {
    if (d.file !== current) {
      current = d.file;
      lines.push('', c.bold(safeLine(d.file)));
    }
    const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
    lines.push(`  ${safeLine(`${d.file}:${d.line}:${d.col}`)}  ${sev}  ${safeLine(d.message)}  ${c.dim(`[${d.rule}]`)}`);
    if (d.hint) lines.push(`    ${c.dim('→')} ${safeLine(d.hint)}`);
  }
  return lines.join('\n');
}

export function formatSummary(result: ValidationResult, flags: Flag[] | undefined, c: Colors): string {
  const { files, sources, claims } = result.stats;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const out = [
    '',
    `${files.read} files read: ${files.valid} valid, ${files.invalid} invalid (sources ${sources.valid}/${sources.read}, claims ${claims.valid}/${claims.read}).`,
    `${result.corpus.claims.reduce((n, cl) => n + cl.reports.length, 0)} reports in valid claims, each quote verified against its archived source.`,
  ];
  if (flags) {
    const byKind = new Map<string, number>();
    for (const f of flags) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    const parts = [...byKind].map(([k, n]) => `${n} ${k}`);
    const resolved = flags.filter((f) => f.resolved).length;
    // Invalid claims are left out of the analysis: say so, or a flag count that fell looks like a fix.
    const invalid = claims.invalid;
    const held = result.heldBySources;
    const left = invalid
      ? ` Not computed for the ${invalid} invalid claim${invalid === 1 ? '' : 's'}${held.reports ? ` (${held.reports} report${held.reports === 1 ? '' : 's'} in ${held.claims.length} of them cite${held.reports === 1 ? 's' : ''} a source with errors)` : ''}.`
      : '';
    out.push(`Flags (findings, not errors): ${parts.length ? parts.join(', ') : 'none'}${resolved ? `; ${resolved} resolved by a verdict` : ''}.${left}`);
  }
  out.push(
    errors > 0
      ? c.red(`✖ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}. Fix ${errors === 1 ? 'it' : 'them'} and run \`npm run check\` again.`)
      : c.green(`✔ No errors${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`),
  );
  return out.join('\n');
}

/** GitHub workflow commands: data escapes %, CR, LF; properties also escape ":" and ",". */
export function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map(
      (d) =>
        `::${d.severity} file=${ghProp(safeLine(d.file))},line=${d.line},col=${d.col},title=${ghProp(d.rule)}::${ghData(safeLine(d.message + (d.hint ? ` ${d.hint}` : '')))}`,
    )
    .join('\n');
}

export function formatJson(result: ValidationResult, flags: Flag[] | undefined): string {
  return JSON.stringify(
    {
      version: 1,
      ok: !result.diagnostics.some((d) => d.severity === 'error'),
      stats: result.stats,
      // Claims kept off only with a source that has errors get no diagnostic of their own: list them.
      heldBySources: result.heldBySources,
      diagnostics: sortDiagnostics(result.diagnostics),
      flags: flags?.map((f) => ({ id: f.id, kind: f.kind, claims: f.claims, sources: f.sources })) ?? [],
    },
    null,
    2,
  );
}
