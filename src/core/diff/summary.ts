/** Counts and one-sentence summaries shared by the text and markdown renderings of a diff. */
import type { Flag } from '../model.ts';
import type { ProjectDiff } from './types.ts';

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function reportCounts(d: ProjectDiff): { added: number; removed: number; changed: number } {
  let added = d.claims.added.reduce((n, c) => n + c.reports.length, 0);
  let removed = d.claims.removed.reduce((n, c) => n + c.reports.length, 0);
  let changed = 0;
  for (const c of d.claims.changed) {
    added += c.reports.added.length;
    removed += c.reports.removed.length;
    changed += c.reports.changed.length;
  }
  return { added, removed, changed };
}

function parts(counts: [number, string][]): string {
  return counts
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${n} ${w}`)
    .join(', ');
}

/** "1 claim added, 2 changed; 3 reports added; 1 source added; 1 new flag" or "no changes". */
export function summarize(d: ProjectDiff): string {
  const r = reportCounts(d);
  const groups = [
    withNoun(d.claims.added.length + d.claims.removed.length + d.claims.changed.length, 'claim', parts([[d.claims.added.length, 'added'], [d.claims.removed.length, 'removed'], [d.claims.changed.length, 'changed']])),
    withNoun(r.added + r.removed + r.changed, 'report', parts([[r.added, 'added'], [r.removed, 'removed'], [r.changed, 'changed']])),
    withNoun(d.sources.added.length + d.sources.removed.length + d.sources.changed.length, 'source', parts([[d.sources.added.length, 'added'], [d.sources.removed.length, 'removed'], [d.sources.changed.length, 'changed']])),
    withNoun(d.subjects.added.length + d.subjects.removed.length, 'subject', parts([[d.subjects.added.length, 'added'], [d.subjects.removed.length, 'removed']])),
    withNoun(d.properties.added.length + d.properties.removed.length, 'property', parts([[d.properties.added.length, 'added'], [d.properties.removed.length, 'removed']]), 'properties'),
  ].filter(Boolean);
  return groups.length ? groups.join('; ') : 'no changes to claims, reports, sources or registries';
}

/** "3 claims: 1 added, 2 changed" reads oddly; "claims: 1 added, 2 changed" does not. */
function withNoun(total: number, noun: string, detail: string, many = `${noun}s`): string {
  if (total === 0) return '';
  return `${total === 1 ? noun : many} ${detail}`;
}

/** "1 new value-conflict, 2 new possible-misreading" — by kind, in kind order of first appearance. */
export function byKind(flags: readonly Flag[]): string {
  const counts = new Map<string, number>();
  for (const f of flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

/** The sentence a reviewer reads first: what this change does to the flags. */
export function flagSentence(d: ProjectDiff): string {
  const { added, removed } = d.flags;
  if (added.length === 0 && removed.length === 0) return 'This change creates no new flags and resolves none.';
  const out: string[] = [];
  if (added.length) out.push(`creates ${plural(added.length, 'new flag')} (${byKind(added)})`);
  if (removed.length) out.push(`resolves ${plural(removed.length, 'flag')} (${byKind(removed)})`);
  return `This change ${out.join(' and ')}.`;
}
