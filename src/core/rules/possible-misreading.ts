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
 *  - and they are linked: both trace to the same origin (the cited upstream, or the source
 *    itself when it is cited), or both claims are about the same subject;
 *  - neither source reports the figure on the other claim too (then it knowingly holds both).
 * Linked pairs are grouped, one flag per group of reports sharing a figure and a kind of link.
 */
import { claimName, listJoin, origin, sourceName, subjectName, quoted } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Flag, TypedValue } from '../model.ts';
import { formatNumber, unitOf } from '../values/format.ts';
import type { ReportRef, Rule, RuleContext } from './types.ts';

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

type Link = 'same-upstream' | 'same-subject';

function link(a: ReportRef, b: ReportRef): Link | undefined {
  if (origin(a) === origin(b)) return 'same-upstream';
  if (a.claim.subject === b.claim.subject) return 'same-subject';
  return undefined;
}

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
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()];
}

function explain(ctx: RuleContext, refs: ReportRef[], figure: string, kind: Link): string {
  const phrases = refs.map((r) => {
    const via = r.report.via ? `, citing ${sourceName(ctx, r.report.via)}` : '';
    return `${sourceName(ctx, r.report.source)} gives ${quoted(r.report.raw)} as ${claimName(ctx, r.claim)}${via}`;
  });
  const origins = [...new Set(refs.map(origin))].sort().map((o) => sourceName(ctx, o));
  const subjects = [...new Set(refs.map((r) => r.claim.subject))].sort().map((s) => subjectName(ctx, s));
  const linkSentence =
    kind === 'same-upstream'
      ? `They trace the number to the same place (${listJoin(origins)}).`
      : `They are about the same subject (${listJoin(subjects)}).`;
  const upstreams = refs.some((r) => r.report.via) ? listJoin(origins) : 'the original reporting';
  return [
    `The number ${figure} appears in different claims from different sources: ${listJoin(phrases)}.`,
    linkSentence,
    'This may be one upstream figure read two ways: a number that measures one thing in the original attached to a different quantity when it was paraphrased.',
    `Check ${upstreams} to see what ${figure} actually measures, and correct the claim that misreads it.`,
  ].join(' ');
}

export const possibleMisreading: Rule = {
  name: 'possible-misreading',
  description: 'The same figure appears in different claims from different sources that share an upstream or a subject: one figure possibly read two ways.',
  check(ctx) {
    const groups = new Map<string, ReportRef[]>();
    for (const claim of ctx.index.claims) {
      for (const ref of ctx.index.reportsOf(claim)) {
        const v = ref.report.value;
        if (!isFigure(v) || !isNoteworthy(v)) continue;
        const key = figureKey(v);
        groups.set(key, [...(groups.get(key) ?? []), ref]);
      }
    }
    const flags: Flag[] = [];
    for (const key of [...groups.keys()].sort()) {
      const refs = groups.get(key) as ReportRef[];
      const holds = new Set(refs.map((r) => `${r.report.source}\u0000${r.claim.id}`));
      const edges: Record<Link, [ReportRef, ReportRef][]> = { 'same-upstream': [], 'same-subject': [] };
      for (let i = 0; i < refs.length; i++) {
        for (let j = i + 1; j < refs.length; j++) {
          const [a, b] = [refs[i], refs[j]];
          if (a.claim === b.claim || a.report.source === b.report.source || !differentMeaning(a, b)) continue;
          if (holds.has(`${a.report.source}\u0000${b.claim.id}`) || holds.has(`${b.report.source}\u0000${a.claim.id}`)) continue;
          const kind = link(a, b);
          if (kind) edges[kind].push([a, b]);
        }
      }
      // Upstream links explain more, so they are grouped first; subject links only add
      // pairs that an upstream group has not already put together.
      const upstream = components(edges['same-upstream']);
      const together = new Map<ReportRef, number>();
      upstream.forEach((members, n) => members.forEach((r) => together.set(r, n)));
      const subject = components(
        edges['same-subject'].filter(([a, b]) => together.get(a) === undefined || together.get(a) !== together.get(b)),
      );
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
};
