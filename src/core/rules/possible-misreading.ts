/**
 * possible-misreading: one upstream figure read two ways. The same number turns up in
 * different claims from different sources — "a 20% improvement in key capabilities" in one
 * article and "operational expenses increasing by 20%" in another, both citing VentureBeat.
 *
 * Heuristic, tuned to stay quiet on coincidences:
 *  - only figures (numbers, percents, money, multipliers, changes) whose written number has
 *    at least two digits before any scale word, or decimals: "20%", "10,000", "$200 million",
 *    "35x", "$5.30" count; "1M", "2 million", "3x" are too common to mean anything;
 *  - the figure must be the same written number (same value in base units, bounds ignored,
 *    so "over 10,000" matches "10,000");
 *  - the two reports come from different sources, on different claims whose meaning differs
 *    (a different property, or a different unit on the same property — the same property on
 *    two subjects, like two models scoring 57, is a coincidence, not a misreading);
 *  - neither source reports the figure on the other claim too (then it knowingly holds both);
 *  - and they are linked, in one of two ways, each flagged on its own:
 *    same-upstream: both trace to the same origin (the cited upstream, or the source itself
 *    when it is cited) — the strongest evidence, whatever the kind of figure;
 *    same-subject: both claims are about one subject and the number counts visibly different
 *    things — a different unit word ("over 10,000 systems" against "over 10,000 employees") or
 *    a different kind of value ("$20 million" against "20 million users"). Percents, changes
 *    and multipliers are left out of this link: a model's launch is full of 20% figures, and
 *    they carry no unit that could show two of them count different things.
 * Pairs are grouped per figure and link into connected groups, one flag each. A same-subject
 * group never takes in two reports of one upstream group (see subjectGroups).
 */
import { claimList, claimName, listJoin, origin, quoted, sourceName, subjectName } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Flag, TypedValue } from '../model.ts';
import { formatNumber, unitOf } from '../values/format.ts';
import { defineRule, type ReportRef, type RuleContext } from './types.ts';

type Figure = Extract<TypedValue, { halfStep: number }>;

function isFigure(v: TypedValue): v is Figure {
  return 'halfStep' in v && Number.isFinite(v.value);
}

/** Digits written before the scale word: "200 million" → 200, "1M" → 1. */
export function isNoteworthy(v: TypedValue): boolean {
  if (!isFigure(v) || v.value === 0) return false;
  if (v.decimals > 0) return true;
  return Math.abs(v.value) / (2 * v.halfStep) >= 10 - 1e-9;
}

const figureKey = (v: Figure): string => String(Number(v.value.toPrecision(12)));

function differentMeaning(a: ReportRef, b: ReportRef): boolean {
  if (a.claim.property !== b.claim.property) return true;
  return unitOf(a.report.value).toLowerCase() !== unitOf(b.report.value).toLowerCase();
}

/** Relative figures: common, and unitless, so a shared subject says nothing about them. */
const RELATIVE = new Set<TypedValue['type']>(['percent', 'change', 'multiplier']);

/**
 * What a count or an amount counts, reduced to its head word: "NVIDIA systems" → "system",
 * "GPUs" → "gpu", "USD per 1M input tokens" → "usd per 1m input token". A number written
 * without unit words takes its property's unit, which says what the claim counts.
 */
export function countedThing(ctx: RuleContext, ref: ReportRef): string | undefined {
  const v = ref.report.value;
  const unit = v.type === 'number' ? (v.unit ?? ctx.index.propertyById.get(ref.claim.property)?.unit) : unitOf(v);
  if (!unit) return undefined;
  const words = unit.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (v.type === 'number') words.splice(0, words.length - 1);
  const last = words.length - 1;
  words[last] = words[last].replace(/(?<=[^s])s$/, '');
  return words.join(' ');
}

/** Same number on one subject counting visibly different things. */
function countsDifferentThings(ctx: RuleContext, a: ReportRef, b: ReportRef): boolean {
  const [va, vb] = [a.report.value, b.report.value];
  if (RELATIVE.has(va.type) || RELATIVE.has(vb.type)) return false;
  if (va.type !== vb.type) return true;
  const [ua, ub] = [countedThing(ctx, a), countedThing(ctx, b)];
  return ua !== undefined && ub !== undefined && ua !== ub;
}

type Link = 'same-upstream' | 'same-subject';

/** "20%" when every report writes a percent, "$200 million" when all are dollars, else the bare number. */
function describeFigure(refs: ReportRef[], value: number): string {
  const n = formatNumber(value);
  const values = refs.map((r) => r.report.value);
  if (values.every((v) => v.type === 'percent' || (v.type === 'change' && v.form === 'percent'))) return `${n}%`;
  if (values.every((v) => v.type === 'money' && v.currency === 'USD')) return `$${n}`;
  return n;
}

/** Connected groups of reports, in first-seen order (deterministic given ordered edges). */
function components(edges: [ReportRef, ReportRef][]): ReportRef[][] {
  const parent = new Map<ReportRef, ReportRef>();
  const find = (x: ReportRef): ReportRef => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as ReportRef;
    return root;
  };
  for (const [a, b] of edges) {
    for (const r of [a, b]) if (!parent.has(r)) parent.set(r, r);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<ReportRef, ReportRef[]>();
  for (const r of parent.keys()) {
    const root = find(r);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  }
  return [...groups.values()];
}

/**
 * Same-subject groups never hold two reports of one upstream group: that pair is already
 * flagged, and chaining through a third report would bury it in a bigger group. Such a
 * component is flagged pair by pair instead.
 */
function subjectGroups(edges: [ReportRef, ReportRef][], upstream: ReportRef[][]): ReportRef[][] {
  const groupOf = new Map<ReportRef, number>();
  upstream.forEach((members, n) => members.forEach((r) => groupOf.set(r, n)));
  return components(edges).flatMap((members) => {
    const seen = members.map((r) => groupOf.get(r)).filter((n) => n !== undefined);
    if (new Set(seen).size === seen.length) return [members];
    const inside = new Set(members);
    return edges.filter(([a]) => inside.has(a)).map((edge) => [...edge]);
  });
}

function explain(ctx: RuleContext, refs: ReportRef[], figure: string, kind: Link): string {
  const shared = kind === 'same-upstream' ? origin(refs[0]) : undefined;
  const phrases = refs.map((r) => {
    // The shared upstream is named once, after the list.
    const via = r.report.via && r.report.via !== shared ? ` (citing ${sourceName(ctx, r.report.via)})` : '';
    return `${sourceName(ctx, r.report.source)} gives ${quoted(r.report.raw)} for ${claimName(ctx, r.claim)}${via}`;
  });
  if (kind === 'same-upstream') {
    const upstream = sourceName(ctx, shared as string);
    const both = refs.length === 2 ? 'both' : 'all';
    const all = refs.every((r) => r.report.via === shared) ? `, ${both} citing ${upstream}` : `, ${both} tracing to ${upstream}`;
    return [
      `The same figure, ${figure}, is attached to different things: ${claimList(phrases)}${all}.`,
      'One upstream figure may have been read two ways when it was paraphrased.',
      `Check what ${figure} measures in ${upstream} and correct the claim that misreads it.`,
    ].join(' ');
  }
  const subject = subjectName(ctx, refs[0].claim.subject);
  const claims = new Set(refs.map((r) => r.claim)).size;
  const vias = [...new Set(refs.map((r) => r.report.via).filter((v): v is string => Boolean(v)))].sort();
  const where = vias.length ? listJoin(vias.map((v) => sourceName(ctx, v))) : 'the original reporting';
  return [
    `The number ${figure} counts different things in ${claims === 2 ? 'two claims' : 'claims'} about ${subject}: ${claimList(phrases)}.`,
    'The same number for different things may be one figure read two ways.',
    `Check ${where} to see what ${figure} counts, and correct the claim that misreads it.`,
  ].join(' ');
}

/**
 * Index pairs (i < j, in loop order) of reports that share an origin or a subject: only these
 * can be linked. A common figure ("20%") is written by thousands of reports in a large corpus,
 * and testing every pair of them made this rule quadratic in the corpus size.
 */
function linkablePairs(refs: ReportRef[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  refs.forEach((r, i) => {
    for (const key of [`o\u0000${origin(r)}`, `s\u0000${r.claim.subject}`]) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x] * refs.length + list[y];
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([list[x], list[y]]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

export const possibleMisreading = defineRule({
  kind: 'possible-misreading',
  label: 'Possible misreadings',
  name: 'Possible misreading',
  description: 'The same figure turns up in different claims from sources that trace to one origin: one of them may have misread it.',
  severity: 'medium',
  claimStatus: 'disputed-reading',
  check(ctx) {
    const groups = new Map<string, ReportRef[]>();
    for (const claim of ctx.index.claims) {
      for (const ref of ctx.index.reportsOf(claim)) {
        const v = ref.report.value;
        if (!isFigure(v) || !isNoteworthy(v)) continue;
        const key = figureKey(v);
        const list = groups.get(key);
        if (list) list.push(ref);
        else groups.set(key, [ref]);
      }
    }
    const flags: Flag<'possible-misreading'>[] = [];
    for (const key of [...groups.keys()].sort()) {
      const refs = groups.get(key) as ReportRef[];
      const holds = new Set(refs.map((r) => `${r.report.source}\u0000${r.claim.id}`));
      const edges: Record<Link, [ReportRef, ReportRef][]> = { 'same-upstream': [], 'same-subject': [] };
      for (const [i, j] of linkablePairs(refs)) {
        const [a, b] = [refs[i], refs[j]];
        if (a.claim === b.claim || a.report.source === b.report.source || !differentMeaning(a, b)) continue;
        if (holds.has(`${a.report.source}\u0000${b.claim.id}`) || holds.has(`${b.report.source}\u0000${a.claim.id}`)) continue;
        if (origin(a) === origin(b)) edges['same-upstream'].push([a, b]);
        else if (a.claim.subject === b.claim.subject && countsDifferentThings(ctx, a, b)) edges['same-subject'].push([a, b]);
      }
      const upstream = components(edges['same-upstream']);
      const subject = subjectGroups(edges['same-subject'], upstream);
      for (const [kind, groupsOfKind] of [['same-upstream', upstream], ['same-subject', subject]] as const) {
        for (const members of groupsOfKind) {
          const figure = describeFigure(members, Number(key));
          flags.push(
            makeFlag({
              kind: 'possible-misreading',
              diagnosis: kind,
              refs: members,
              discriminator: `${key}:${kind}`,
              explanation: explain(ctx, members, figure, kind),
            }),
          );
        }
      }
    }
    return flags;
  },
});
