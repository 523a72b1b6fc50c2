/**
 * A claim's value camps (camps.ts) as the pages show them: each camp's value, how many
 * independent origins back it, its sources by short name, and what marks it. Computed once per
 * claim and remembered, so the claim page, its flag cards, the source pages and the home page
 * share one result; the work per claim depends only on that claim's own reports.
 */
import type { Claim, TypedValue } from '../core/model.ts';
import { formatUpTo } from '../core/values/index.ts';
import { claimCampSplit, type CampSplit, type CampStanding } from '../core/analyze/camps.ts';
import { chartLayout, type ChartLayout } from './chart.ts';
import { chartPlan, chartPosition, worthCharting, type ChartPlan } from './chart-plan.ts';
import { normalizedText, plural, rawText } from './format.ts';
import { sourceName, type SiteData } from './site-data.ts';

export interface CampSourceView {
  report: number;
  source: string;
  name: string;
  raw: string;
  via?: string;
  viaName?: string;
  /** What the figure is measured against, in its quote's words. */
  baseline?: string;
}

export interface CampView {
  letter: string;
  standing: CampStanding;
  /** Marked on the page: the camp disagrees with the leading camp or with the verdict. */
  odd: boolean;
  /** The camp's value in the engine's words, from its most precise report. */
  value: string;
  /** The distinct values as the sources wrote them. */
  written: string[];
  origins: number;
  originsText: string;
  /** "· 2 reports" beside the origins when the two counts differ, else empty. */
  reportsText: string;
  /** What the marker says: "Disagrees with camp A", "Most independent origins", … */
  note: string;
  /** A split whose sides rest on the very same origins: one origin giving different values. */
  sameOrigin: boolean;
  sources: CampSourceView[];
  /** "also fits camp B" notes by report index. */
  alsoFits: Map<number, string[]>;
}

const memo = new WeakMap<Claim, CampSplit>();

/** "Disagrees with camp A" -> "disagrees with camp A": only the sentence's first letter. */
export const lowerFirstWord = (s: string): string => (s ? s[0].toLowerCase() + s.slice(1) : s);

/** A value's interval width, to name a camp by its most precise report. */
function width(v: TypedValue): number | undefined {
  const p = chartPosition(v);
  if (p) return p.interval.hi - p.interval.lo;
  return 'firstDay' in v ? v.lastDay - v.firstDay : undefined;
}

export function claimCamps(data: SiteData, claim: Claim): CampSplit {
  let split = memo.get(claim);
  if (!split) {
    // The same split the claim's status and the exports read (src/core/analyze/camps.ts).
    split = claimCampSplit(claim, { sources: data.sources, timeVarying: data.properties.get(claim.property)?.timeVarying === true, width });
    memo.set(claim, split);
  }
  return split;
}

/**
 * How the pages mark one report: `odd` when its camp disagrees with the verdict or the leading
 * camp, `split` when it is a side of a split; nothing otherwise. Read from the analysis'
 * `disagreeing` list, so a page marks exactly the reports claims.json lists.
 */
export function reportMark(data: SiteData, claim: Claim, report: number): 'odd' | 'split' | undefined {
  if (data.analysis.claims.get(claim.id)?.disagreeing.includes(report) !== true) return undefined;
  const split = claimCamps(data, claim);
  const standing = split.camps[split.campOf[report]!]?.standing;
  return standing === 'odd' ? 'odd' : standing === 'tied' ? 'split' : undefined;
}

function noteFor(standing: CampStanding, leader: string | undefined, split: CampSplit): string {
  if (standing === 'agreed') return 'All reports agree';
  if (standing === 'verdict') return 'Matches the verdict';
  if (standing === 'leading') return 'Most independent origins';
  if (standing === 'tied') {
    const others = split.camps.filter((c) => c.standing === 'tied' && c.letter !== leader).map((c) => c.letter);
    const camps = `camp${others.length > 1 ? 's' : ''} ${others.join(', ')}`;
    // Sibling articles or one upstream on both sides: no independent voices to weigh.
    if (split.sameOrigin) return `Same origin as ${camps}: one origin gives both values`;
    return `Split: as many origins as ${camps}`;
  }
  return '';
}

/** "2 independent origins", and when some of them also stand behind another camp, which. */
function originsText(camp: CampSplit['camps'][number], split: CampSplit): string {
  // Inferred, speculative and denying reports count no origin: say why rather than "0".
  if (camp.origins.length === 0) return 'no independent origin: an inferred or speculative reading only';
  const others = split.camps.filter((c) => c !== camp && c.origins.some((o) => camp.origins.includes(o)));
  const shared = camp.origins.filter((o) => others.some((c) => c.origins.includes(o))).length;
  const count = plural(camp.origins.length, 'independent origin');
  if (shared === 0) return count;
  // Camps' origins then add up to more than the claim's: say where the overlap is.
  const which = shared === camp.origins.length ? (shared === 1 ? 'it also stands' : 'all also stand') : `${shared === 1 ? 'one' : shared} also ${shared === 1 ? 'stands' : 'stand'}`;
  return `${count} (${which} behind camp ${others.map((c) => c.letter).join(', ')})`;
}

export function campViews(data: SiteData, claim: Claim): CampView[] {
  const split = claimCamps(data, claim);
  const hasVerdict = split.camps.some((c) => c.standing === 'verdict');
  const leaders = split.camps.filter((c) => c.standing === 'leading' || c.standing === 'verdict' || c.standing === 'tied').map((c) => c.letter);
  return split.camps.map((camp) => {
    const lead = claim.reports[camp.lead];
    const written = [...new Set(camp.reports.map((i) => rawText(claim.reports[i].raw)))];
    const odd = camp.standing === 'odd';
    const against = hasVerdict ? 'the verdict' : leaders.length === 1 ? `camp ${leaders[0]}` : `camps ${leaders.join(' and ')}`;
    return {
      letter: camp.letter,
      standing: camp.standing,
      odd,
      value: normalizedText(lead.value) || rawText(lead.raw),
      written,
      origins: camp.origins.length,
      originsText: originsText(camp, split),
      reportsText: camp.reports.length !== camp.origins.length ? plural(camp.reports.length, 'report') : '',
      note: odd ? `Disagrees with ${against}` : noteFor(camp.standing, camp.letter, split),
      sameOrigin: split.sameOrigin,
      sources: camp.reports.map((i) => {
        const r = claim.reports[i];
        return {
          report: i,
          source: r.source,
          name: sourceName(data, r.source),
          raw: rawText(r.raw),
          ...(r.via ? { via: r.via, viaName: sourceName(data, r.via) } : {}),
          ...(r.baseline ? { baseline: r.baseline } : {}),
        };
      }),
      alsoFits: new Map(camp.alsoFits.map((x) => [x.report, x.camps])),
    };
  });
}

/**
 * The camps section's heading. One camp whose reports write different values (lists of
 * different length, figures of different precision) is not "one value": say that they differ
 * and still fit together.
 */
export function campsHeading(views: readonly CampView[]): { title: string; note?: string } {
  if (views.length !== 1) return { title: `${views.length} camps` };
  const written = views[0]!.written.length;
  if (written <= 1) return { title: 'One value, every report agrees' };
  return {
    title: 'Every report fits together',
    note: `The sources give ${written} different values, and each can be true together with every other: they differ in precision or in how much they list, not in what they say.`,
  };
}

export interface ClaimChart {
  layout: ChartLayout;
  kind: ChartPlan['kind'];
  /** The chart in words, for its <desc>. */
  description: string;
}

/** The claim's dot plot, one row per camp, or undefined when there is nothing to compare on an axis. */
export function claimChart(claim: Claim, views: CampView[]): ClaimChart | undefined {
  const plan = chartPlan(claim.reports.map((r) => r.value));
  if (!plan || !worthCharting(plan)) return undefined;
  // On the change axis, say where each camp lands: "35x lower → 2.9% of the original".
  const left = (v: CampView): string => {
    if (plan.kind !== 'change') return '';
    const pc = (n: number) => `${formatUpTo(n, n < 10 ? 1 : 0)}%`;
    const where = (m: { value?: number; interval: { lo: number; hi: number } }) =>
      m.value !== undefined ? pc(m.value) : m.interval.hi <= 100 ? `under ${pc(m.interval.hi)}` : m.interval.lo >= 100 ? `over ${pc(m.interval.lo)}` : '';
    const figures = [...new Set(v.sources.flatMap((s) => plan.positions[s.report].marks.map(where)))].filter(Boolean);
    return figures.length ? ` → ${figures.join(' or ')} of the original` : '';
  };
  const rows = views.map((v) => ({
    title: `${v.letter} · ${v.written.join(' · ')}${left(v)}`,
    // The count alone: the camp cards above say which origins a camp shares with another.
    detail: `${v.origins === 0 ? 'no independent origin' : plural(v.origins, 'independent origin')}: ${[...new Set(v.sources.map((s) => s.name))].join(', ')}`,
    ...(v.odd ? { mark: `≠ ${v.note}` } : {}),
    odd: v.odd,
    marks: v.sources.flatMap((s) => plan.positions[s.report].marks.map((m) => ({ report: s.report, ...m }))),
  }));
  const layout = chartLayout(rows, plan.axis);
  if (!layout) return undefined;
  const description = views
    .map((v) => `Camp ${v.letter}${v.odd ? ` (${lowerFirstWord(v.note)})` : ''}, ${v.originsText}: ${v.sources.map((s) => `${s.name} gives ${s.raw}`).join(', ')}`)
    .join('. ');
  return { layout, kind: plan.kind, description: `${description}.` };
}
