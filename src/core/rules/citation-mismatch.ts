/**
 * citation-mismatch: sources agree on a value but credit it to different upstreams.
 *
 * Every value type is checked, dates and yes/no facts included. Several upstreams can well
 * publish the same date independently, so the flag does not say a citation is wrong: it says
 * the reader cannot tell from the articles which upstream said it, and should check before
 * relying on either. Pairs where one upstream's own source record cites the other are skipped —
 * that is repetition, and both citations are right.
 *
 * The strongest evidence of a wrong citation is a reference number that both articles use
 * ("[1]") but that maps to a different upstream in each article's reference list (`cites`, in
 * order): the sentence was probably copied with its number and never remapped. Such flags get
 * the diagnosis `same-reference-number` instead of `different-upstream`, and say why.
 */
import { claimName, listJoin, quoted, sourceName } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Flag, Source } from '../model.ts';
import { defineRule, type ReportRef, type RuleContext } from './types.ts';

function repeats(ctx: RuleContext, via: string, other: string): boolean {
  return ctx.index.sourceById.get(via)?.cites.includes(other) ?? false;
}

/** Reference numbers a quote carries: "[2]" → [2], "[1, 3]" → [1, 3]. Years in brackets are not references. */
export function referenceNumbers(quote: string): number[] {
  const numbers: number[] = [];
  for (const m of quote.matchAll(/\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g)) {
    for (const n of m[1].split(',')) numbers.push(Number(n.trim()));
  }
  return numbers;
}

/** The reference number a report's quote uses for its `via`, read through its article's reference list. */
function referenceFor(source: Source | undefined, ref: ReportRef): number | undefined {
  if (!source) return undefined;
  return referenceNumbers(ref.report.quote).find((n) => source.cites[n - 1] === ref.report.via);
}

/** The "[n]" two reports share while it points to different upstreams in their two articles. */
function sharedNumber(ctx: RuleContext, refs: ReportRef[]): number | undefined {
  const numbered = refs.map((r) => ({ r, n: referenceFor(ctx.index.sourceById.get(r.report.source), r) }));
  for (const a of numbered) {
    for (const b of numbered) {
      if (a.n !== undefined && a.n === b.n && a.r.report.via !== b.r.report.via) return a.n;
    }
  }
  return undefined;
}

function explain(ctx: RuleContext, refs: ReportRef[], n: number | undefined): string {
  const claim = refs[0].claim;
  const vias = [...new Set(refs.map((r) => r.report.via as string))].sort().map((v) => sourceName(ctx, v));
  const values = listJoin([...new Set(refs.map((r) => quoted(r.report.raw)))]);
  const credits = listJoin(refs.map((r) => `${sourceName(ctx, r.report.source)} credits ${sourceName(ctx, r.report.via as string)}`));
  const parts = [
    `Sources agree on ${claimName(ctx, claim)} (${values}) but credit different upstreams: ${credits}.`,
    `Both can be true if ${listJoin(vias)} each published it; check which upstream actually said it before relying on either citation.`,
  ];
  if (n !== undefined) {
    parts.push(
      `Both articles mark it "[${n}]", which points to a different upstream in each reference list: a strong sign that a reference number was copied without being remapped.`,
    );
  }
  return parts.join(' ');
}

export const citationMismatch = defineRule({
  kind: 'citation-mismatch',
  label: 'Citation mismatches',
  name: 'Citation mismatch',
  description: 'Sources agree on a figure but credit it to different upstreams; at least one attribution is probably wrong.',
  severity: 'low',
  check(ctx) {
    const flags: Flag<'citation-mismatch'>[] = [];
    for (const claim of ctx.index.claims) {
      const refs = ctx.index.reportsOf(claim).filter((r) => r.report.via);
      const involved = new Set<ReportRef>();
      for (let i = 0; i < refs.length; i++) {
        for (let j = i + 1; j < refs.length; j++) {
          const [a, b] = [refs[i], refs[j]];
          const va = a.report.via as string;
          const vb = b.report.via as string;
          if (a.report.source === b.report.source || va === vb) continue;
          if (repeats(ctx, va, vb) || repeats(ctx, vb, va)) continue;
          if (!ctx.compare(a.report.value, b.report.value).agree) continue;
          involved.add(a);
          involved.add(b);
        }
      }
      if (involved.size === 0) continue;
      const list = refs.filter((r) => involved.has(r));
      const n = sharedNumber(ctx, list);
      flags.push(
        makeFlag({
          kind: 'citation-mismatch',
          diagnosis: n === undefined ? 'different-upstream' : 'same-reference-number',
          refs: list,
          explanation: explain(ctx, list, n),
        }),
      );
    }
    return flags;
  },
});
