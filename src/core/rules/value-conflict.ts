/**
 * value-conflict: different sources report values for one claim that cannot all be true.
 * One flag per claim, listing every report involved in a disagreement. Disagreements inside
 * a single source are left to internal-inconsistency.
 */
import { claimName, givesList, listJoin, quoted, sourceName, upstreamNames, verdictSentence } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import { corroborates, countOrigins } from '../analyze/independence.ts';
import { sameMoment } from '../analyze/time.ts';
import type { Flag, FlagSeverity } from '../model.ts';
import { differentBaselines, leadingDiagnosis, likelyCause } from './causes.ts';
import { defineRule, type ReportRef, type RuleContext } from './types.ts';

/**
 * Reports whose date is the day their own article was published. Machine-written news often
 * dates an event by the article's byline, so this is the most likely cause when it happens.
 */
function articleDated(ctx: RuleContext, refs: ReportRef[]): ReportRef[] {
  return refs.filter((r) => {
    const v = r.report.value;
    const published = ctx.index.sourceById.get(r.report.source)?.published;
    return v.type === 'date' && v.precision === 'day' && published !== undefined && String(published) === v.iso;
  });
}

function cause(ctx: RuleContext, refs: ReportRef[], diagnosis: string | undefined): string {
  const dated = diagnosis === 'one-day-apart' || diagnosis === 'different-days' ? articleDated(ctx, refs) : [];
  if (dated.length === 0 || dated.length === refs.length) return likelyCause(diagnosis);
  const names = [...new Set(dated.map((r) => sourceName(ctx, r.report.source)))];
  const apart = diagnosis === 'one-day-apart' ? 'The dates are one day apart' : 'The dates differ';
  const gives = names.length > 1 ? 'each give the date of their own articles' : 'gives the date of its own article';
  return `${apart}, and ${listJoin(names)} ${gives}: probably the day it reported the news (article date) rather than the day it happened (event date).`;
}

function explain(ctx: RuleContext, refs: ReportRef[], diagnosis: string | undefined, precisionNotes: string[], arithmetic: string[]): string {
  const claim = refs[0].claim;
  const verdict = verdictSentence(claim);
  const parts = [`Sources disagree on ${claimName(ctx, claim)}: ${givesList(ctx, refs)}.`];
  // Figures compared after a conversion or by how far apart they are: the reader sees the sum.
  if (arithmetic.length) parts.push(arithmetic.join(' '));
  const baselines = baselineList(ctx, refs);
  // A verdict says more than the generic cause for labels; keep the paragraph short.
  const why = verdict && diagnosis === 'text-mismatch' ? '' : cause(ctx, refs, diagnosis);
  // Different baselines come first: the likely cause holds only if both measure the same thing,
  // and a reader must not be told both that one writer slipped and that both may be right. The
  // cause's worked example in parentheses is left out there, to keep the paragraph short.
  const brief = why.replace(/ \([^)]*\)/, '');
  if (baselines) parts.push(`Their baselines differ (${baselines}), so both may be right.${brief ? ` If they measure the same thing, then ${brief[0]!.toLowerCase()}${brief.slice(1)}` : ''}`);
  else if (why) parts.push(why);
  if (precisionNotes.length) parts.push(`Differences of precision only (${listJoin(precisionNotes)}) are not conflicts.`);
  // An editor has already done the checking a reader would be sent to do.
  if (verdict) return [...parts, verdict].join(' ');
  const upstreams = upstreamNames(ctx, refs);
  // Every side credits one upstream: the contradiction runs through it, so one side misreads it.
  const sources = new Set(refs.map((r) => r.report.source));
  if (upstreams.length === 1 && sources.size > 1 && refs.every((r) => r.report.via === refs[0].report.via)) {
    parts.push(`${sources.size === 2 ? 'Both' : 'All of them'} credit ${upstreams[0]}, so at most one reports it faithfully.`);
  }
  parts.push(
    upstreams.length
      ? `Check what ${listJoin(upstreams)} published, and what each source refers to.`
      : 'Check the primary source, such as the original announcement, for the exact value.',
  );
  return parts.join(' ');
}

/** Each source's baseline when the reports name two or more different ones, else undefined. */
function baselineList(ctx: RuleContext, refs: Pick<ReportRef, 'report'>[]): string | undefined {
  if (!differentBaselines(refs.map((r) => r.report))) return undefined;
  return refs
    .filter((r) => r.report.baseline)
    .map((r) => `${quoted(r.report.raw)} against ${r.report.baseline}`)
    .join('; ');
}


/**
 * High when the disagreeing reports come from at least two independent origins, each stating the
 * value as its own or someone's; medium when they trace to one origin (siblings, one upstream),
 * rest on an inferred or speculative reading, or measure against different baselines.
 */
function valueConflictSeverity(flag: Flag, ctx: RuleContext): FlagSeverity {
  const firm = flag.values.filter((v) => corroborates(v));
  // Figures against different baselines may both be true: a possible conflict, not a certain one.
  if (firm.length < flag.values.length || differentBaselines(flag.values)) return 'medium';
  return countOrigins(ctx.index.sourceById, firm) >= 2 ? 'high' : 'medium';
}

export const valueConflict = defineRule({
  kind: 'value-conflict',
  label: 'Conflicting values',
  name: 'Conflicting values',
  description: 'Sources give values for the same claim that cannot both be true.',
  severity: valueConflictSeverity,
  claimStatus: 'contested',
  check(ctx) {
    const flags: Flag<'value-conflict'>[] = [];
    for (const claim of ctx.index.claims) {
      const refs = ctx.index.reportsOf(claim);
      const involved = new Set<ReportRef>();
      const diagnoses: (string | undefined)[] = [];
      const precisionNotes = new Set<string>();
      const arithmetic = new Set<string>();
      for (let i = 0; i < refs.length; i++) {
        for (let j = i + 1; j < refs.length; j++) {
          const [a, b] = [refs[i], refs[j]];
          // Values of a time-varying property at different dates are a series, not a conflict.
          if (!sameMoment(ctx, claim.property, a.report, b.report)) continue;
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
          if (c.note && / differs? by /.test(c.note) && arithmetic.size < 2) arithmetic.add(c.note);
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
          explanation: explain(ctx, list, diagnosis, [...precisionNotes].sort(), [...arithmetic].sort()),
        }),
      );
    }
    return flags;
  },
});
