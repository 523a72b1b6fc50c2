/**
 * The diff report as GitHub-flavoured markdown, for a job summary ($GITHUB_STEP_SUMMARY).
 * A pull request writes the quotes and values shown here, so every piece of user text is
 * escaped: no HTML, links, images, tables or mentions can be smuggled into the summary.
 */
import { claimLabel, flagHeadline, flagSources, namesOf, rawText } from './describe.ts';
import { inline } from './render-text.ts';
import { flagSentence, summarize } from './summary.ts';
import type { ProjectDiff, ReportRef, Snapshot } from './types.ts';

/** Escapes markdown punctuation and HTML, and flattens the text onto one line. */
export function md(text: string, max = 160): string {
  return inline(text, max)
    .replace(/[\\`*_{}[\]()#+\-.!|~>"']/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;');
}

function reportItem(r: ReportRef): string {
  return `${md(r.source)} reports **${md(rawText(r.raw), 40)}**${r.via ? ` via ${md(r.via)}` : ''}: “${md(r.quote, 120)}”`;
}

export function renderDiffMarkdown(diff: ProjectDiff, before: Snapshot, after: Snapshot, ref: string): string {
  const names = namesOf(before.corpus, after.corpus);
  const out: string[] = [`## Crosscheck: changes since \`${inline(ref, 80).replace(/`/g, "'")}\``, '', `${summarize(diff)}.`, '', `**${flagSentence(diff)}**`, ''];
  const { claims, sources, subjects, properties, flags } = diff;

  if (flags.added.length + flags.removed.length + flags.changed.length > 0) {
    out.push('### Flags', '');
    for (const f of flags.added) out.push(`- 🆕 **new** ${md(flagHeadline(f, names), 200)} — sources ${md(flagSources(f))}`, `  <br>${md(f.explanation, 400)}`);
    for (const f of flags.removed) out.push(`- ✅ **gone** ${md(flagHeadline(f, names), 200)}`);
    for (const f of flags.changed) out.push(`- ✏️ **changed** (${f.fields.join(', ')}) ${md(flagHeadline(f.after, names), 200)}`);
    out.push('');
  }
  if (claims.added.length + claims.removed.length + claims.changed.length > 0) {
    out.push('### Claims', '');
    for (const c of claims.added) {
      out.push(`- **added** ${md(claimLabel(c.id, names))} (${md(c.file)})`);
      for (const r of c.reports) out.push(`  - ${reportItem(r)}`);
    }
    for (const c of claims.changed) {
      out.push(`- **changed** ${md(claimLabel(c.id, names))} (${md(c.file)})`);
      for (const r of c.reports.added) out.push(`  - added: ${reportItem(r)}`);
      for (const r of c.reports.changed) out.push(`  - changed (${r.fields.join(', ')}): ${reportItem(r.after)}; was **${md(rawText(r.before.raw), 40)}**`);
      for (const r of c.reports.removed) out.push(`  - removed: ${reportItem(r)}`);
      if (c.fields.length) out.push(`  - ${c.fields.join(', ')} changed`);
      if (c.status) out.push(`  - status ${c.status.before} → ${c.status.after}`);
    }
    for (const c of claims.removed) out.push(`- **removed** ${md(claimLabel(c.id, names))} (${c.reports.length} reports)`);
    out.push('');
  }
  if (sources.added.length + sources.removed.length + sources.changed.length > 0) {
    out.push('### Sources', '');
    for (const s of sources.added) out.push(`- **added** ${md(s.id)}: “${md(s.title, 120)}”${s.archived ? '' : ' (not archived)'}`);
    for (const s of sources.changed) out.push(`- **changed** ${md(s.id)}: ${s.fields.join(', ')}`);
    for (const s of sources.removed) out.push(`- **removed** ${md(s.id)}: “${md(s.title, 120)}”`);
    out.push('');
  }
  const registry = [
    ...subjects.added.map((id) => `- subject **added** ${md(id)}`),
    ...subjects.removed.map((id) => `- subject **removed** ${md(id)}`),
    ...properties.added.map((id) => `- property **added** ${md(id)}`),
    ...properties.removed.map((id) => `- property **removed** ${md(id)}`),
  ];
  if (registry.length) out.push('### Registries', '', ...registry, '');
  return out.join('\n');
}
