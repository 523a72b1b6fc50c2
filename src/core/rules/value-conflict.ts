/**
 * value-conflict: different sources report values for one claim that cannot all be true.
 * One flag per claim, listing every report involved in a disagreement. Disagreements inside
 * a single source are left to internal-inconsistency.
 */
import { claimName, listJoin, quoted, reportPhrase, upstreamNames } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Flag } from '../model.ts';
import { leadingDiagnosis, likelyCause } from './causes.ts';
import type { ReportRef, Rule, RuleContext } from './types.ts';

function explain(ctx: RuleContext, refs: ReportRef[], diagnosis: string | undefined, precisionNotes: string[]): string {
  const claim = refs[0].claim;
  const parts = [
    `Sources disagree on ${claimName(ctx, claim)}: ${listJoin(refs.map((r) => reportPhrase(ctx, r)))}.`,
    likelyCause(diagnosis),
  ];
  if (precisionNotes.length) {
    parts.push(`Other differences here are only of precision (${listJoin(precisionNotes)}) and are not conflicts.`);
  }
  const upstreams = upstreamNames(ctx, refs);
  parts.push(
    upstreams.length
      ? `Check the wording in ${listJoin(upstreams)}, and which event or quantity each source actually means.`
      : 'Check the primary source, such as the original announcement, for the exact value.',
  );
  return parts.join(' ');
}

export const valueConflict: Rule = {
  name: 'value-conflict',
  description: 'Different sources give values for the same claim that cannot all be true.',
  check(ctx) {
    const flags: Flag[] = [];
    for (const claim of ctx.index.claims) {
      const refs = ctx.index.reportsOf(claim);
      const involved = new Set<ReportRef>();
      const diagnoses: (string | undefined)[] = [];
      const precisionNotes = new Set<string>();
      for (let i = 0; i < refs.length; i++) {
        for (let j = i + 1; j < refs.length; j++) {
          const [a, b] = [refs[i], refs[j]];
          const c = ctx.compare(a.report.value, b.report.value);
          if (c.agree) {
            if (c.diagnosis === 'different-precision') {
              const [x, y] = [quoted(a.report.raw), quoted(b.report.raw)].sort();
              if (x !== y) precisionNotes.add(`${x} and ${y}`);
            }
            continue;
          }
          if (a.report.source === b.report.source) continue;
          involved.add(a);
          involved.add(b);
          diagnoses.push(c.diagnosis);
        }
      }
      if (involved.size === 0) continue;
      const list = refs.filter((r) => involved.has(r));
      const diagnosis = leadingDiagnosis(diagnoses);
      flags.push(
        makeFlag({
          kind: 'value-conflict',
          diagnosis,
          refs: list,
          explanation: explain(ctx, list, diagnosis, [...precisionNotes].sort()),
        }),
      );
    }
    return flags;
  },
};
