/** Wording helpers shared by rule explanations, so every flag names things the same way. */
import type { Claim, RawValue } from '../model.ts';
import type { ReportRef, RuleContext } from '../rules/types.ts';

export function quoted(raw: RawValue): string {
  return `"${String(raw)}"`;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A source by title (and publisher), or an upstream id as written when it is not in the corpus. */
export function sourceName(ctx: RuleContext, id: string): string {
  const source = ctx.index.sourceById.get(id);
  if (!source) return id;
  const publisher = source.publisher && !source.title.includes(source.publisher) ? ` (${source.publisher})` : '';
  return `"${source.title}"${publisher}`;
}

export function subjectName(ctx: RuleContext, id: string): string {
  return ctx.index.subjectById.get(id)?.name ?? id;
}

export function lowerFirst(label: string): string {
  // Keep acronyms and names ("API price", "GDPval score") as written.
  return /^[A-Z](?:[a-z]|\s)/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

export function propertyName(ctx: RuleContext, id: string): string {
  return lowerFirst(ctx.index.propertyById.get(id)?.label ?? id.replace(/-/g, ' '));
}

/** "GPT-5.5's release date (versus: claude-opus-4-7)". */
export function claimName(ctx: RuleContext, claim: Claim): string {
  const qualifiers = Object.keys(claim.qualifiers)
    .sort()
    .map((k) => `${k}: ${claim.qualifiers[k]}`);
  const suffix = qualifiers.length ? ` (${qualifiers.join(', ')})` : '';
  const subject = subjectName(ctx, claim.subject);
  const possessive = /s$/i.test(subject) ? `${subject}'` : `${subject}'s`;
  return `${possessive} ${propertyName(ctx, claim.property)}${suffix}`;
}

/** '"Title" gives "April 24, 2026" (citing VentureBeat)'. */
export function reportPhrase(ctx: RuleContext, ref: ReportRef, verb = 'gives'): string {
  const via = ref.report.via ? ` (citing ${sourceName(ctx, ref.report.via)})` : '';
  return `${sourceName(ctx, ref.report.source)} ${verb} ${quoted(ref.report.raw)}${via}`;
}

/** The upstreams a set of reports cite, by name, for "what to check" sentences. */
export function upstreamNames(ctx: RuleContext, refs: ReportRef[]): string[] {
  const vias = [...new Set(refs.map((r) => r.report.via).filter((v): v is string => Boolean(v)))].sort();
  return vias.map((v) => sourceName(ctx, v));
}

export function origin(ref: ReportRef): string {
  return ref.report.via ?? ref.report.source;
}
