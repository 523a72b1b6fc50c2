/**
 * internal-inconsistency: one source contradicts itself — two of its reports on one claim
 * disagree, or its values break a declared relation between properties of one subject
 * (a blended price outside its own input and output prices; a value not below its bound).
 */
import { claimList, claimName, listJoin, lowerFirst, quoted, sourceName } from '../analyze/describe.ts';
import { makeFlag } from '../analyze/flag.ts';
import { sameMoment } from '../analyze/time.ts';
import type { Claim, Flag, Relation } from '../model.ts';
import { entirelyBelow } from '../values/interval.ts';
import { leadingDiagnosis, likelyCause } from './causes.ts';
import { relationRange } from './relation-range.ts';
import { defineRule, type ReportRef, type RuleContext } from './types.ts';

function selfDisagreements(ctx: RuleContext): Flag<'internal-inconsistency'>[] {
  const flags: Flag<'internal-inconsistency'>[] = [];
  for (const [source, refs] of [...ctx.index.reportsBySource].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const byClaim = new Map<Claim, ReportRef[]>();
    for (const r of refs) byClaim.set(r.claim, [...(byClaim.get(r.claim) ?? []), r]);
    for (const [claim, own] of byClaim) {
      const involved = new Set<ReportRef>();
      const diagnoses: (string | undefined)[] = [];
      for (let i = 0; i < own.length; i++) {
        for (let j = i + 1; j < own.length; j++) {
          if (!sameMoment(ctx, claim.property, own[i].report, own[j].report)) continue;
          const c = ctx.compare(own[i].report.value, own[j].report.value);
          if (c.agree) continue;
          involved.add(own[i]);
          involved.add(own[j]);
          diagnoses.push(c.diagnosis);
        }
      }
      if (involved.size === 0) continue;
      const list = own.filter((r) => involved.has(r));
      const diagnosis = leadingDiagnosis(diagnoses);
      const values = listJoin(list.map((r) => quoted(r.report.raw)));
      flags.push(
        makeFlag({
          kind: 'internal-inconsistency',
          diagnosis,
          refs: list,
          discriminator: 'self',
          explanation: [
            `${sourceName(ctx, source)} gives ${values} for ${claimName(ctx, claim)}, which cannot all be true.`,
            likelyCause(diagnosis),
            'Check the article for a correction or an update, and which passage states the value it means.',
          ].join(' '),
        }),
      );
    }
  }
  return flags;
}

/** Claims of one subject with identical qualifiers, keyed by property. */
function propertyGroups(ctx: RuleContext): Map<string, Map<string, Claim>> {
  const groups = new Map<string, Map<string, Claim>>();
  for (const claim of ctx.index.claims) {
    const q = Object.keys(claim.qualifiers).sort().map((k) => `${k}=${claim.qualifiers[k]}`).join(';');
    const key = `${claim.subject}\u0000${q}`;
    const group = groups.get(key) ?? new Map<string, Claim>();
    if (!group.has(claim.property)) group.set(claim.property, claim);
    groups.set(key, group);
  }
  return groups;
}

/** The relations between values of one subject; differences and ratios are arithmetic-mismatch's. */
type OrderRelation = Extract<Relation, { kind: 'between' | 'less-than' }>;

function relationKey(r: OrderRelation): string {
  return r.kind === 'between' ? `between:${r.property}:${r.low}:${r.high}` : `less-than:${r.property}:${r.than}`;
}

/** Does this trio (or pair) of values break the relation? Unknown or incomparable means no. */
function violates(ctx: RuleContext, relation: OrderRelation, refs: ReportRef[]): boolean {
  const ranges = refs.map((r) => relationRange(r.report.value));
  if (ranges.some((x) => !x) || new Set(ranges.map((x) => x?.family)).size !== 1) return false;
  const [v, a, b] = ranges.map((x) => x!.interval);
  if (relation.kind === 'less-than') return v.lo >= a.hi;
  return entirelyBelow(v, a) || entirelyBelow(b, v);
}

function relationFlags(ctx: RuleContext): Flag<'internal-inconsistency'>[] {
  const flags: Flag<'internal-inconsistency'>[] = [];
  const groups = [...propertyGroups(ctx).values()];
  const relations = ctx.corpus.relations.filter((r): r is OrderRelation => r.kind === 'between' || r.kind === 'less-than').sort((x, y) => (relationKey(x) < relationKey(y) ? -1 : 1));
  for (const relation of relations) {
    const props = relation.kind === 'between' ? [relation.property, relation.low, relation.high] : [relation.property, relation.than];
    for (const group of groups) {
      const claims = props.map((p) => group.get(p));
      if (claims.some((c) => !c)) continue;
      const perClaim = claims.map((c) => ctx.index.reportsOf(c as Claim));
      const sources = [...new Set(perClaim[0].map((r) => r.report.source))].sort();
      for (const source of sources) {
        const own = perClaim.map((refs) => refs.filter((r) => r.report.source === source));
        if (own.some((refs) => refs.length === 0)) continue;
        const broken = new Set<ReportRef>();
        const combos = own.reduce<ReportRef[][]>((acc, refs) => acc.flatMap((c) => refs.map((r) => [...c, r])), [[]]);
        for (const combo of combos) if (violates(ctx, relation, combo)) combo.forEach((r) => broken.add(r));
        if (broken.size === 0) continue;
        const list = own.flat().filter((r) => broken.has(r));
        flags.push(
          makeFlag({
            kind: 'internal-inconsistency',
            diagnosis: relation.kind === 'between' ? 'outside-range' : 'not-less-than',
            refs: list,
            discriminator: relationKey(relation),
            explanation: explainRelation(ctx, relation, claims as Claim[], list, source),
          }),
        );
      }
    }
  }
  return flags;
}

function explainRelation(ctx: RuleContext, relation: OrderRelation, claims: Claim[], refs: ReportRef[], source: string): string {
  const of = (claim: Claim): string => listJoin(refs.filter((r) => r.claim === claim).map((r) => quoted(r.report.raw)));
  const [main, ...others] = claims;
  const alongside = others.map((c) => `${of(c)} for ${claimName(ctx, c)}`);
  const vias = [...new Set(refs.map((r) => r.report.via).filter((v): v is string => Boolean(v)))].sort();
  return [
    `${sourceName(ctx, source)} gives ${of(main)} for ${claimName(ctx, main)}, alongside ${claimList(alongside)}.`,
    `These cannot all hold: ${lowerFirst(relation.description.replace(/\.$/, ''))}.`,
    'The odd one out may be per a different unit (per thousand rather than per million), belong to another product or tier, or be mistyped.',
    `Check the passage in the source${vias.length ? ` and its upstream ${listJoin(vias.map((v) => sourceName(ctx, v)))}` : ''} to see which figure is meant.`,
  ].join(' ');
}

export const internalInconsistency = defineRule({
  kind: 'internal-inconsistency',
  label: 'Internal inconsistencies',
  name: 'Internal inconsistency',
  description:
    'One source contradicts itself: two of its values disagree, or break a relation such as a blended price between input and output prices.',
  severity: 'medium',
  claimStatus: 'inconsistent',
  check(ctx) {
    return [...selfDisagreements(ctx), ...relationFlags(ctx)];
  },
});
