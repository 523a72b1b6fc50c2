/**
 * Value camps: the reports of a claim grouped by what they say. Two reports belong together
 * when the engine's own comparison (src/core/compare/) says both can be true, and a camp is a
 * group whose members all agree pairwise, so a camp can be named by one value. Agreement is not
 * transitive ("69%" fits both "69.4%" and "68.6%", which do not fit each other), so the split is a
 * choice: the camp with the most independent origins is taken first, then the next among the rest.
 * A report that would also fit another camp says so (`alsoFits`) instead of being counted twice.
 *
 * Which camp is marked: with an editor's verdict value, every camp that does not match it; without
 * one, every camp behind the one with the most independent origins. When the leading camps tie,
 * none is the odd one out and the claim is a split.
 *
 * The claim's status and the exports (`disagreeing`) read the same split as the pages, through
 * `claimCampSplit`, so a row marked on a page is the row the exports list.
 */
import type { Claim, RawValue, Source, TypedValue } from '../model.ts';
import { compareValues } from '../compare/index.ts';
import { independentOrigins, type OriginReport } from './independence.ts';
import { mayBeSameMoment } from './time.ts';

export interface CampReport extends OriginReport {
  raw: RawValue;
  value: TypedValue;
  /** When the value held, for a time-varying property. */
  asOf?: string;
}

/**
 * - `agreed`: the only camp: every report fits together;
 * - `leading`: backed by more independent origins than any other camp;
 * - `verdict`: matches the editor's verdict value;
 * - `tied`: as many origins as the other leading camps: no majority to measure against;
 * - `odd`: disagrees with the leading camp, or with the verdict.
 */
export type CampStanding = 'agreed' | 'leading' | 'verdict' | 'tied' | 'odd';

export interface Camp {
  /** "A", "B", … in display order (largest first). */
  letter: string;
  /** Indexes of the claim's reports in the camp, ascending. */
  reports: number[];
  /** The camp's distinct independent origins (see independence.ts). */
  origins: string[];
  /** The report whose value names the camp: the most precise one, else the first. */
  lead: number;
  standing: CampStanding;
  /** Reports of this camp that would also fit other camps, by their letters. */
  alsoFits: Array<{ report: number; camps: string[] }>;
}

export interface CampSplit {
  camps: Camp[];
  /** Camp position (in `camps`) of each report, by report index. */
  campOf: number[];
  /** Two or more camps lead with the same number of origins, and no verdict settles it. */
  split: boolean;
  /**
   * A split whose leading camps rest on the very same origins (sibling articles, one upstream):
   * not independent sources disagreeing but one origin giving two values.
   */
  sameOrigin: boolean;
}

/** Whether two reports can both be true. */
export type Agrees = (a: CampReport, b: CampReport) => boolean;

const engineAgrees: Agrees = (a, b) => compareValues(a.value, b.value).agree;

/** Above this many reports the best-camp search is greedy instead of exhaustive (2^n subsets). */
const EXACT_LIMIT = 12;

const letter = (k: number): string => (k < 26 ? String.fromCharCode(65 + k) : `${String.fromCharCode(65 + Math.floor(k / 26) - 1)}${String.fromCharCode(65 + (k % 26))}`);

interface Options {
  /** The editor's verdict value, parsed as the property's type. */
  verdict?: TypedValue;
  /** Whether a report's value can be true together with the verdict's; by default the engine's comparison. */
  matchesVerdict?: (r: CampReport, verdict: TypedValue) => boolean;
  /** Width of a value's interval, to pick the most precise report as a camp's lead; absent: the first report leads. */
  width?: (v: TypedValue) => number | undefined;
  agrees?: Agrees;
  /** Counts a group's independent origins; by default without families (see independence.ts). */
  origins?: (reports: CampReport[]) => string[];
}

export function valueCamps(reports: readonly CampReport[], options: Options = {}): CampSplit {
  const agrees = options.agrees ?? engineAgrees;
  const n = reports.length;
  const adj: boolean[][] = reports.map((a, i) => reports.map((b, j) => i === j || agrees(a, b)));
  // Most claims agree throughout: one camp, with no search.
  const allAgree = adj.every((row) => row.every(Boolean));
  const originsOf = options.origins ?? ((rs: CampReport[]) => independentOrigins(rs));
  const groups = n === 0 ? [] : allAgree ? [reports.map((_, i) => i)] : n <= EXACT_LIMIT ? exactGroups(reports, adj, originsOf) : greedyGroups(n, adj);
  const origins = groups.map((g) => originsOf(g.map((i) => reports[i])));
  const order = groups
    .map((g, k) => ({ g, o: origins[k] }))
    .sort((a, b) => b.o.length - a.o.length || b.g.length - a.g.length || a.g[0] - b.g[0]);
  const campOf: number[] = new Array(n).fill(0);
  order.forEach(({ g }, k) => g.forEach((i) => (campOf[i] = k)));

  const matches = options.matchesVerdict ?? ((r: CampReport, v: TypedValue) => compareValues(r.value, v).agree);
  // What a camp could count on: its own reports and those of other camps that fit all of it. A
  // camp that reaches the leader's count this way is not outvoted: which of two overlapping
  // groups was taken first is a choice, not a finding (and must not depend on report order).
  const reach = order.length < 2 ? [] : order.map(({ g }) => originsOf(reports.filter((_, i) => g.includes(i) || g.every((j) => adj[i][j]))).length);
  const standings = standingsOf(
    order.map((x) => x.o.length),
    reach,
    order.map(({ g }) => options.verdict !== undefined && g.every((i) => matches(reports[i], options.verdict!))),
    options.verdict !== undefined,
  );
  const camps: Camp[] = order.map(({ g, o }, k) => ({
    letter: letter(k),
    reports: g,
    origins: o,
    lead: leadOf(g, reports, options.width),
    standing: standings[k],
    alsoFits: g
      .map((i) => ({
        report: i,
        camps: order.flatMap((other, m) => (m !== k && other.g.every((j) => adj[i][j]) ? [letter(m)] : [])),
      }))
      .filter((x) => x.camps.length > 0),
  }));
  const split = standings.filter((s) => s === 'tied').length > 1;
  const tiedOrigins = new Set(camps.filter((c) => c.standing === 'tied').map((c) => c.origins.join(' ')));
  return { camps, campOf, split, sameOrigin: split && tiedOrigins.size === 1 && !tiedOrigins.has('') };
}

/**
 * The reports a reader should see as disagreeing: those of a camp marked odd, and on a split,
 * those of every leading camp (no side is right, so each disagrees with the other).
 */
export function disagreeingReports(split: CampSplit): number[] {
  const right = split.camps.filter((c) => c.standing !== 'odd' && !(split.split && c.standing === 'tied')).map((c) => c.letter);
  const tied = split.split ? split.camps.filter((c) => c.standing === 'tied').map((c) => c.letter) : [];
  const out: number[] = [];
  for (const camp of split.camps) {
    if (right.includes(camp.letter)) continue;
    const fits = (i: number) => camp.alsoFits.find((x) => x.report === i)?.camps ?? [];
    for (const i of camp.reports) {
      const also = fits(i);
      // A report that also fits a camp taken as right, or every other side of a split, disagrees with no one that counts.
      const fitsRight = also.some((l) => right.includes(l));
      const fitsEverySide = camp.standing === 'tied' && tied.every((l) => l === camp.letter || also.includes(l));
      if (!fitsRight && !fitsEverySide) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

export interface ClaimCampOptions {
  sources: ReadonlyMap<string, Source>;
  /** The claim's property changes over time: reports as of different dates never disagree. */
  timeVarying: boolean;
  /** The comparison to use (the analysis passes its memoised one). */
  compare?: (a: TypedValue, b: TypedValue) => { agree: boolean };
  width?: Options['width'];
}

/**
 * A claim's camps as the engine judges them: the verdict's value settles which camp is right,
 * families and upstreams count once, and for a time-varying property only reports of one
 * moment can disagree. The status, the exports and the pages all call this.
 */
export function claimCampSplit(claim: Claim, how: ClaimCampOptions): CampSplit {
  const compare = how.compare ?? compareValues;
  const verdict = claim.verdict?.typed;
  return valueCamps(claim.reports, {
    agrees: (a, b) => !mayBeSameMoment(how.timeVarying, a, b) || compare(a.value, b.value).agree,
    matchesVerdict: (r, v) => compare(r.value, v).agree,
    origins: (rs) => independentOrigins(rs, how.sources),
    ...(how.width ? { width: how.width } : {}),
    ...(verdict ? { verdict } : {}),
  });
}

function standingsOf(originCounts: number[], reach: number[], matchesVerdict: boolean[], hasVerdict: boolean): CampStanding[] {
  if (originCounts.length <= 1) return originCounts.map(() => 'agreed');
  if (hasVerdict && matchesVerdict.some(Boolean)) return matchesVerdict.map((m) => (m ? 'verdict' : 'odd'));
  const top = originCounts[0];
  const level = reach.map((r, k) => k === 0 || r >= top);
  if (level.filter(Boolean).length === 1) return originCounts.map((_, k) => (k === 0 ? 'leading' : 'odd'));
  return level.map((l) => (l ? 'tied' : 'odd'));
}

function leadOf(group: number[], reports: readonly CampReport[], width: Options['width']): number {
  if (!width) return group[0];
  let best = group[0];
  let bestWidth = width(reports[best].value) ?? Infinity;
  for (const i of group.slice(1)) {
    const w = width(reports[i].value) ?? Infinity;
    if (w < bestWidth) [best, bestWidth] = [i, w];
  }
  return best;
}

/** Repeatedly takes the clique of remaining reports with the most origins, then the most reports, then the earliest. */
function exactGroups(reports: readonly CampReport[], adj: boolean[][], originsOf: (reports: CampReport[]) => string[]): number[][] {
  const n = reports.length;
  const masks = adj.map((row) => row.reduce((m, ok, j) => (ok ? m | (1 << j) : m), 0));
  let left = (1 << n) - 1;
  const groups: number[][] = [];
  while (left !== 0) {
    let best: number[] = [];
    let bestScore = [-1, -1];
    // Every subset of what is left, as a bitmask; a clique when each member agrees with all the others.
    for (let s = left; s > 0; s = (s - 1) & left) {
      const members: number[] = [];
      let clique = true;
      for (let i = 0; i < n && clique; i++) {
        if (s & (1 << i)) {
          members.push(i);
          if ((masks[i] & s) !== s) clique = false;
        }
      }
      if (!clique) continue;
      const score = [originsOf(members.map((i) => reports[i])).length, members.length];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && earlier(members, best))))) {
        best = members;
        bestScore = score;
      }
    }
    groups.push(best);
    for (const i of best) left &= ~(1 << i);
  }
  return groups;
}

const earlier = (a: number[], b: number[]): boolean => {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] < b[k];
  return a.length < b.length;
};

/** Each report joins the first group it agrees with entirely, in report order. */
function greedyGroups(n: number, adj: boolean[][]): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const home = groups.find((g) => g.every((j) => adj[i][j]));
    if (home) home.push(i);
    else groups.push([i]);
  }
  return groups;
}
