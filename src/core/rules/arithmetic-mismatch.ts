/**
 * arithmetic-mismatch: a lead, a gap or a ratio that the reported figures it is made of do not
 * give. `claims/properties.yaml` declares the arithmetic: a `difference` (a "13+ point lead" is
 * the subject's score minus the other model's) or a `ratio` ("doubled" is the subject's price over
 * the other's). The other subject is the one the claim's `versus` qualifier names.
 *
 * A source that reports the result and both figures is checked against its own figures; a source
 * that reports only the result is checked against the figures other sources give, and flagged only
 * when no combination of them fits (conflicting figures are value-conflict's to flag, not this rule's).
 * Intervals carry each figure's written precision and bound, so "13+" against 82.7% − 69.4% fits.
 */
import { claimName, listJoin, quoted, sourceName, subjectName } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import type { Claim, Flag, Interval, Relation, TypedValue } from '../model.ts';
import { formatUpTo } from '../values/figures.ts';
import { intersects } from '../values/interval.ts';
import { formatValue } from '../values/index.ts';
import { multiplierType } from '../values/multiplier.ts';
import { relationRange } from './relation-range.ts';
import { defineRule, type ReportRef, type RuleContext } from './types.ts';

type Arithmetic = Extract<Relation, { kind: 'difference' | 'ratio' }>;

/** a − b, or a ÷ b, on intervals; undefined when the figures are not on one number line. */
function combine(kind: Arithmetic['kind'], a: TypedValue, b: TypedValue): Interval | undefined {
  const [ra, rb] = [relationRange(a), relationRange(b)];
  if (!ra || !rb || ra.family !== rb.family) return undefined;
  const [x, y] = [ra.interval, rb.interval];
  if (kind === 'difference') return { lo: x.lo - y.hi, hi: x.hi - y.lo, loOpen: x.loOpen || y.hiOpen, hiOpen: x.hiOpen || y.loOpen };
  if (!(y.lo > 0) || x.lo < 0) return undefined;
  return { lo: x.lo / y.hi, hi: x.hi / y.lo, loOpen: x.loOpen || y.hiOpen, hiOpen: x.hiOpen || y.loOpen };
}

/** The stated result as an interval of the same quantity: points for a lead, a factor for a change. */
function stated(kind: Arithmetic['kind'], v: TypedValue): Interval | undefined {
  if (kind === 'difference') return v.type === 'number' || v.type === 'percent' ? v.interval : undefined;
  if (v.type === 'change') return v.factor;
  if (v.type === 'multiplier') return multiplierType.asChange?.(v).factor;
  return undefined;
}

/** The figure as a reader checks it: "82.7% − 69.4% = 13.3", "$5.30 ÷ $2.50 = 2.12x". */
function arithmeticText(kind: Arithmetic['kind'], a: ReportRef, b: ReportRef): string {
  const [va, vb] = [a.report.value, b.report.value];
  const written = (v: TypedValue) => formatValue(v).replace(/ per .*$/, '');
  const [x, y] = [relationRange(va)!.interval, relationRange(vb)!.interval];
  const mid = (i: Interval) => (i.lo + i.hi) / 2;
  if (kind === 'difference') {
    const d = 'value' in va && 'value' in vb ? (va.value as number) - (vb.value as number) : mid(x) - mid(y);
    return `${written(va)} − ${written(vb)} = ${formatUpTo(d, 1)} points`;
  }
  const r = 'value' in va && 'value' in vb && (vb.value as number) !== 0 ? (va.value as number) / (vb.value as number) : mid(x) / mid(y);
  return `${written(va)} ÷ ${written(vb)} = ${formatUpTo(r, 2)}x`;
}

interface Check {
  result: ReportRef;
  a: ReportRef;
  b: ReportRef;
}

function fits(kind: Arithmetic['kind'], c: Check): boolean | undefined {
  const want = stated(kind, c.result.report.value);
  const got = combine(kind, c.a.report.value, c.b.report.value);
  if (!want || !got) return undefined;
  return intersects(want, got);
}

/** The subject's and the other subject's claims on `of`, without qualifiers of their own. */
function operands(ctx: RuleContext, relation: Arithmetic, claim: Claim): [Claim, Claim] | undefined {
  const other = claim.qualifiers[relation.versus];
  if (!other) return undefined;
  const find = (subject: string) =>
    (ctx.index.claimsBySubject.get(subject) ?? []).find((c) => c.property === relation.of && Object.keys(c.qualifiers).length === 0);
  const [a, b] = [find(claim.subject), find(other)];
  return a && b ? [a, b] : undefined;
}

function explain(ctx: RuleContext, relation: Arithmetic, claim: Claim, result: ReportRef, misfits: Check[], own: boolean): string {
  const source = sourceName(ctx, result.report.source);
  const sums = [...new Set(misfits.map((m) => arithmeticText(relation.kind, m.a, m.b)))].sort();
  const whose = own ? 'its own figures give' : `the figures reported for the two give${sums.length > 1 ? ' only' : ''}`;
  const others = own ? [] : [...new Set(misfits.flatMap((m) => [m.a.report.source, m.b.report.source]))].sort().map((s) => sourceName(ctx, s));
  return [
    `${source} gives ${quoted(result.report.raw)} for ${claimName(ctx, claim)}, but ${whose} ${listJoin(sums)}.`,
    `${relation.description.replace(/\.$/, '')}, so these cannot all be right.`,
    own
      ? 'One of the figures may be mistyped, rounded twice, or about another version of the benchmark or product.'
      : `Check the figures in ${listJoin(others)} against what ${source} compares with ${subjectName(ctx, claim.qualifiers[relation.versus])}.`,
  ].join(' ');
}

function relationKey(r: Arithmetic): string {
  return `${r.kind}:${r.property}:${r.of}:${r.versus}`;
}

export const arithmeticMismatch = defineRule({
  kind: 'arithmetic-mismatch',
  label: 'Arithmetic mismatches',
  name: 'Arithmetic mismatch',
  description: 'A lead, gap or ratio that the reported figures it is made of do not give.',
  // A lead or ratio the figures do not give is one reading too many of the same numbers:
  // as serious as two sources disagreeing, but no more certain about which figure is wrong.
  severity: 'medium',
  claimStatus: 'contested',
  check(ctx) {
    const flags: Flag<'arithmetic-mismatch'>[] = [];
    const relations = ctx.corpus.relations.filter((r): r is Arithmetic => r.kind === 'difference' || r.kind === 'ratio');
    relations.sort((x, y) => (relationKey(x) < relationKey(y) ? -1 : 1));
    for (const relation of relations) {
      for (const claim of ctx.index.claims) {
        if (claim.property !== relation.property) continue;
        const pair = operands(ctx, relation, claim);
        if (!pair) continue;
        const [as, bs] = pair.map((c) => ctx.index.reportsOf(c));
        for (const result of ctx.index.reportsOf(claim)) {
          const source = result.report.source;
          const [ownA, ownB] = [as.filter((r) => r.report.source === source), bs.filter((r) => r.report.source === source)];
          const own = ownA.length > 0 && ownB.length > 0;
          const checks = (own ? ownA : as).flatMap((a) => (own ? ownB : bs).map((b) => ({ result, a, b })));
          const verdicts = checks.map((c) => fits(relation.kind, c));
          // Unknown (figures not on one number line) never flags; one fitting combination clears the result.
          if (verdicts.some((v) => v !== false) || checks.length === 0) continue;
          flags.push(
            makeFlag({
              kind: 'arithmetic-mismatch',
              diagnosis: own ? 'own-figures' : 'other-sources',
              refs: [result, ...new Set(checks.flatMap((c) => [c.a, c.b]))],
              discriminator: `${relationKey(relation)}:${source}`,
              explanation: explain(ctx, relation, claim, result, checks, own),
            }),
          );
        }
      }
    }
    return flags;
  },
});
