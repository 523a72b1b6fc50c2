/**
 * citation-mismatch: sources agree on a figure but credit it to different upstreams.
 * A specific figure (6,613,169 downloads) normally has one original publisher, so two
 * attributions mean at least one source cited the wrong place, or one upstream repeated the other.
 *
 * Only figures are checked: dates and yes/no facts are routinely published by several
 * upstreams independently, so differing attributions for them are not suspicious. Pairs
 * where one upstream's own source record cites the other are skipped — that is repetition.
 */
import { claimName, listJoin, quoted, reportPhrase, sourceName } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Flag } from '../model.ts';
import type { ReportRef, Rule, RuleContext } from './types.ts';

const FIGURES = new Set(['number', 'percent', 'money', 'multiplier', 'change']);

function repeats(ctx: RuleContext, via: string, other: string): boolean {
  return ctx.index.sourceById.get(via)?.cites.includes(other) ?? false;
}

function explain(ctx: RuleContext, refs: ReportRef[]): string {
  const claim = refs[0].claim;
  const vias = [...new Set(refs.map((r) => r.report.via as string))].sort().map((v) => sourceName(ctx, v));
  const values = [...new Set(refs.map((r) => quoted(r.report.raw)))];
  return [
    `Sources agree on ${claimName(ctx, claim)} (${listJoin(values)}) but credit it to different upstreams: ${listJoin(refs.map((r) => reportPhrase(ctx, r)))}.`,
    'A figure this specific usually has one original publisher, so at least one attribution is probably wrong, or one upstream repeated the other without saying so.',
    `Check which of ${listJoin(vias)} first published the figure and correct the other citation.`,
  ].join(' ');
}

export const citationMismatch: Rule = {
  name: 'citation-mismatch',
  description: 'Sources agree on a figure but attribute it to different upstream sources.',
  check(ctx) {
    const flags: Flag[] = [];
    for (const claim of ctx.index.claims) {
      const refs = ctx.index.reportsOf(claim).filter((r) => r.report.via && FIGURES.has(r.report.value.type));
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
      flags.push(makeFlag({ kind: 'citation-mismatch', diagnosis: 'different-upstream', refs: list, explanation: explain(ctx, list) }));
    }
    return flags;
  },
};
