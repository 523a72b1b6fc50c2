/** Wording helpers shared by rule explanations, so every flag names things the same way. */
import type { Claim, RawValue } from '../model.ts';
import type { ReportRef, RuleContext } from '../rules/types.ts';
import { sourceShortNames } from '../source-name.ts';

/** A value in quotes as the tables show it: booleans as yes/no. */
export function quoted(raw: RawValue): string {
  return `"${typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw)}"`;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Longest title prefix, at a word boundary, that a flag can name a source by without drowning its point. */
export const TITLE_LIMIT = 60;

/** "The Efficiency Play That Could…": the title cut at a word boundary, with an ellipsis when cut. */
export function shortTitle(title: string, limit = TITLE_LIMIT): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > 0 ? cut.slice(0, space) : clean.slice(0, limit)).replace(/[\s,;:.\u2013\u2014-]+$/, '');
  return `${head}…`;
}

const shortNames = new WeakMap<RuleContext['index'], Map<string, string>>();

/**
 * A source by its one short name, the same the site shows (src/core/source-name.ts): its publisher
 * ("VentureBeat"), or a short title in quotes when it has none. An upstream id not in the corpus
 * is named as written.
 */
export function sourceName(ctx: RuleContext, id: string): string {
  const source = ctx.index.sourceById.get(id);
  if (!source) return id;
  let names = shortNames.get(ctx.index);
  if (!names) shortNames.set(ctx.index, (names = sourceShortNames([...ctx.index.sourceById.values()])));
  const name = names.get(id) ?? id;
  return source.publisher ? name : `"${name}"`;
}

export function subjectName(ctx: RuleContext, id: string): string {
  return ctx.index.subjectById.get(id)?.name ?? id;
}

export function lowerFirst(label: string): string {
  // Only a plain capitalised first word is lowered: names keep their case ("API price", "GDPval
  // score", "Terminal-Bench 2.0 score", "GB200 count").
  return /^[A-Z][a-z]*(?:\s|$)/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/**
 * A qualifier value by name: a subject's name when it is one ("versus: GPT-5.4"), else as the
 * claim's first quote writes it ("feature: In-Flight Monitoring", "partner: ServiceNow"), else
 * the id with spaces for hyphens. Readers never see an id.
 */
export function qualifierValueName(claim: Pick<Claim, 'reports'>, value: string, subjects: (id: string) => string | undefined): string {
  const subject = subjects(value);
  if (subject) return subject;
  // The id's words in order, each hyphen read as a hyphen or a space, matched whole in a quote.
  const words = value.split('-').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[-\\s]')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const r of claim.reports) {
    const m = pattern.exec(r.quote ?? '');
    if (m) return m[0];
  }
  return value.replace(/-/g, ' ');
}

/** "versus: GPT-5.4, feature: In-Flight Monitoring": the qualifiers in words. */
export function qualifierNames(ctx: RuleContext, claim: Claim): string {
  return Object.keys(claim.qualifiers)
    .sort()
    .map((k) => `${k.replace(/-/g, ' ')}: ${qualifierValueName(claim, claim.qualifiers[k], (id) => ctx.index.subjectById.get(id)?.name)}`)
    .join(', ');
}

/**
 * "GPT-5.5 · Release date", "GPT-5.5 · API price change (versus: GPT-5.4)": the name the claim's
 * page has. A possessive garbles labels that are not plain nouns ("GPT-5.5's systems deployed
 * on", "GPT-5.5's same per-token latency as"), so no label goes after one; sentences put the
 * name after "for" or "on" ('gives "over 10,000" for GPT-5.5 · Systems deployed on').
 */
export function claimName(ctx: RuleContext, claim: Claim): string {
  const qualifiers = qualifierNames(ctx, claim);
  const label = ctx.index.propertyById.get(claim.property)?.label ?? claim.property.replace(/-/g, ' ');
  return `${subjectName(ctx, claim.subject)} · ${label}${qualifiers ? ` (${qualifiers})` : ''}`;
}

/**
 * Claims in a list: "a and b", or "a; b; and c" when a name holds a comma ("API price, input"),
 * so a reader still sees where each ends.
 */
export function claimList(names: string[]): string {
  if (!names.some((n) => n.includes(','))) return listJoin(names);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}; and ${names[1]}`;
  return `${names.slice(0, -1).join('; ')}; and ${names[names.length - 1]}`;
}

/**
 * Reports grouped by what they say and whom they cite, each group once:
 * 'A and B give "GB200 NVL72" (citing NVIDIA), C gives "H100 and GB200"'.
 * Naming each source once keeps a five-source flag to one readable sentence.
 */
export function givesList(ctx: RuleContext, refs: ReportRef[]): string {
  const groups = new Map<string, ReportRef[]>();
  for (const r of refs) {
    const key = `${typeof r.report.raw}:${String(r.report.raw)}\u0000${r.report.via ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const phrases = [...groups.values()].map((group) => {
    const names = [...new Set(group.map((r) => sourceName(ctx, r.report.source)))];
    const via = group[0].report.via ? ` (citing ${sourceName(ctx, group[0].report.via)})` : '';
    return `${listJoin(names)} ${names.length > 1 ? 'give' : 'gives'} ${quoted(group[0].report.raw)}${via}`;
  });
  return listJoin(phrases);
}

/** The first sentence of a note, capped at `maxWords` words, for quoting inside a flag. */
export function firstSentence(text: string, maxWords = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  const words = sentence.split(' ');
  return words.length <= maxWords ? sentence : `${words.slice(0, maxWords).join(' ').replace(/[,;:]$/, '')}…`;
}

/** What an editor has already concluded about a claim, for flags that a reader might otherwise act on twice. */
export function verdictSentence(claim: Claim): string | undefined {
  const verdict = claim.verdict;
  if (!verdict) return undefined;
  const note = firstSentence(verdict.note);
  if (verdict.value === undefined) return `An editor's verdict says: "${note}"`;
  return `An editor's verdict settles on ${quoted(verdict.value)}: "${note}"`;
}

/** The upstreams a set of reports cite, by name, for "what to check" sentences. */
export function upstreamNames(ctx: RuleContext, refs: ReportRef[]): string[] {
  const vias = [...new Set(refs.map((r) => r.report.via).filter((v): v is string => Boolean(v)))].sort();
  return vias.map((v) => sourceName(ctx, v));
}

export function origin(ref: ReportRef): string {
  return ref.report.via ?? ref.report.source;
}
