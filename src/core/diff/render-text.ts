/**
 * The diff report for a terminal or a CI log. All user text goes through `inline`, so a
 * pull request cannot forge terminal escapes or workflow commands through a quote.
 */
import { quoteUserText } from '../diagnostics.ts';
import { claimLabel, flagHeadline, flagSources, namesOf, rawText } from './describe.ts';
import { flagSentence, summarize } from './summary.ts';
import type { ClaimChange, ProjectDiff, ReportRef, Snapshot } from './types.ts';

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, green: (s) => s, red: (s) => s, yellow: (s) => s };

/** Control, bidi and invisible characters become visible escapes; long text is cut. */
export function inline(text: string, max = 160): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function reportLine(r: ReportRef): string {
  return `${inline(r.source)}: ${quoteUserText(rawText(r.raw), 40)}${r.via ? ` via ${inline(r.via)}` : ''} — ${quoteUserText(r.quote, 70)}`;
}

function claimChangeLines(c: ClaimChange, p: Paint): string[] {
  const out: string[] = [];
  for (const r of c.reports.added) out.push(`      ${p.green('+')} report ${reportLine(r)}  ${p.dim(`(${c.file}:${r.position.line})`)}`);
  for (const r of c.reports.changed) {
    const what = r.fields
      .map((f) =>
        f === 'value'
          ? `value ${quoteUserText(rawText(r.before.raw), 30)} → ${quoteUserText(rawText(r.after.raw), 30)}`
          : f === 'via'
            ? `via ${inline(r.before.via ?? '(none)')} → ${inline(r.after.via ?? '(none)')}`
            : `quote → ${quoteUserText(r.after.quote, 60)}`,
      )
      .join('; ');
    out.push(`      ${p.yellow('~')} report ${inline(r.after.source)}: ${what}  ${p.dim(`(${c.file}:${r.after.position.line})`)}`);
  }
  for (const r of c.reports.removed) out.push(`      ${p.red('-')} report ${reportLine(r)}`);
  if (c.fields.length) out.push(`      ${p.yellow('~')} ${c.fields.join(', ')} changed`);
  if (c.status) out.push(`      ${p.yellow('~')} status ${c.status.before} → ${c.status.after}`);
  return out;
}

/** `ref` is the git ref the diff is against, as the user typed it. */
export function renderDiffText(diff: ProjectDiff, before: Snapshot, after: Snapshot, ref: string, paint: Paint = PLAIN): string {
  const names = namesOf(before.corpus, after.corpus);
  const p = paint;
  const lines: string[] = ['', p.bold(`Changes since ${inline(ref, 80)}: ${summarize(diff)}.`)];

  const { claims, sources, subjects, properties, flags } = diff;
  if (claims.added.length + claims.removed.length + claims.changed.length > 0) {
    lines.push('  Claims');
    for (const c of claims.added) {
      lines.push(`    ${p.green('+')} ${inline(c.id)}  ${inline(claimLabel(c.id, names))}  ${p.dim(`(${c.file})`)}`);
      for (const r of c.reports) lines.push(`      ${p.green('+')} report ${reportLine(r)}  ${p.dim(`(${c.file}:${r.position.line})`)}`);
    }
    for (const c of claims.changed) {
      lines.push(`    ${p.yellow('~')} ${inline(c.id)}  ${inline(claimLabel(c.id, names))}  ${p.dim(`(${c.file})`)}`);
      lines.push(...claimChangeLines(c, p));
    }
    for (const c of claims.removed) lines.push(`    ${p.red('-')} ${inline(c.id)}  ${inline(claimLabel(c.id, names))}  ${p.dim(`(${c.reports.length} reports)`)}`);
  }
  if (sources.added.length + sources.removed.length + sources.changed.length > 0) {
    lines.push('  Sources');
    for (const s of sources.added) lines.push(`    ${p.green('+')} ${inline(s.id)}  ${quoteUserText(s.title, 70)}${s.archived ? '' : '  (not archived)'}  ${p.dim(`(${s.file})`)}`);
    for (const s of sources.changed) lines.push(`    ${p.yellow('~')} ${inline(s.id)}  ${s.fields.join(', ')} changed  ${p.dim(`(${s.file})`)}`);
    for (const s of sources.removed) lines.push(`    ${p.red('-')} ${inline(s.id)}  ${quoteUserText(s.title, 70)}`);
  }
  // Registry changes are ids only: one line each keeps a big registry edit readable.
  const ids = (label: string, c: { added: string[]; removed: string[] }) => {
    if (c.added.length) lines.push(`  ${label} ${p.green('+')} ${c.added.map((id) => inline(id)).join(', ')}`);
    if (c.removed.length) lines.push(`  ${label} ${p.red('-')} ${c.removed.map((id) => inline(id)).join(', ')}`);
  };
  ids('Subjects (claims/subjects.yaml)', subjects);
  ids('Properties (claims/properties.yaml)', properties);

  lines.push(`  Flags: ${p.bold(flagSentence(diff))}`);
  for (const f of flags.added) lines.push(`    ${p.yellow('+ new')} ${inline(flagHeadline(f, names), 200)}  ${p.dim(`(sources ${inline(flagSources(f))}; id ${inline(f.id)})`)}`);
  for (const f of flags.removed) lines.push(`    ${p.green('- gone')} ${inline(flagHeadline(f, names), 200)}  ${p.dim(`(id ${inline(f.id)})`)}`);
  for (const f of flags.changed) lines.push(`    ${p.yellow('~ changed')} ${inline(flagHeadline(f.after, names), 200)}  ${p.dim(`(${f.fields.join(', ')}; id ${inline(f.after.id)})`)}`);
  return lines.join('\n');
}
