/** JSON shapes shared by the API documents. */
import type { Flag, Report, TypedValue, Verdict } from '../model.ts';
import { definitionFor, formatValue, normalize } from '../values/index.ts';

export { intervalJson, type IntervalJson } from '../values/interval.ts';

export const API_VERSION = 1;

export interface ExportOptions {
  /** A build label or date supplied by the caller; omitted when absent, never read from a clock. */
  generated?: string;
}

export function header(options: ExportOptions): { version: number; generated?: string } {
  return options.generated === undefined ? { version: API_VERSION } : { version: API_VERSION, generated: options.generated };
}

/** The type-specific details of a value, with intervals made JSON-safe: each type lists its own. */
export function valueDetails(v: TypedValue): Record<string, unknown> {
  return definitionFor(v).exportFields(v);
}

export interface ReportJson {
  source: string;
  raw: string | number | boolean;
  normalized: string | number | boolean;
  display: string;
  type: TypedValue['type'];
  quote: string;
  via?: string;
  claimant?: string;
  stance?: string;
  inferred?: true;
  asOf?: string;
  [detail: string]: unknown;
}

export function reportJson(r: Report): ReportJson {
  return {
    source: r.source,
    raw: r.raw,
    normalized: normalize(r.value),
    display: formatValue(r.value),
    type: r.value.type,
    ...valueDetails(r.value),
    // A figure's precision as reports.csv gives it: the step of its last written digit.
    ...('halfStep' in r.value && r.value.halfStep > 0 ? { precision: Number((r.value.halfStep * 2).toPrecision(12)) } : {}),
    quote: r.quote,
    ...(r.via ? { via: r.via } : {}),
    ...(r.claimant ? { claimant: r.claimant } : {}),
    ...(r.stance ? { stance: r.stance } : {}),
    ...(r.inferred ? { inferred: true as const } : {}),
    ...(r.asOf ? { asOf: r.asOf } : {}),
  };
}

/** A verdict as the API gives it: everything but positions and parsed values. */
export interface VerdictJson {
  rating: string;
  value?: string | number | boolean;
  note: string;
  reviewer: string;
  reviewed: string;
  evidence: Array<{ source: string; quote: string }>;
  resolves: 'all' | string[];
}

export function verdictJson(v: Verdict): VerdictJson {
  return {
    rating: v.rating,
    ...(v.value !== undefined ? { value: v.value } : {}),
    note: v.note,
    reviewer: v.reviewer,
    reviewed: v.reviewed,
    evidence: v.evidence.map((e) => ({ source: e.source, quote: e.quote })),
    resolves: v.resolves === 'all' ? 'all' : [...v.resolves],
  };
}

const SEVERITY_ORDER = ['high', 'medium', 'low'] as const;

/** The highest severity among each claim's open (unresolved) flags; undefined without one. */
export function claimSeverity(analysis: { flags: Flag[] }): (claim: string) => string | undefined {
  const best = new Map<string, number>();
  for (const f of analysis.flags) {
    if (f.resolved || !f.severity) continue;
    const rank = SEVERITY_ORDER.indexOf(f.severity);
    for (const c of f.claims) best.set(c, Math.min(best.get(c) ?? rank, rank));
  }
  return (claim) => {
    const rank = best.get(claim);
    return rank === undefined ? undefined : SEVERITY_ORDER[rank];
  };
}

/** Flag ids per claim and per source, for cross-links. */
export function flagIndex(flags: Flag[]): { byClaim: Map<string, string[]>; bySource: Map<string, string[]> } {
  const byClaim = new Map<string, string[]>();
  const bySource = new Map<string, string[]>();
  for (const f of flags) {
    for (const c of f.claims) byClaim.set(c, [...(byClaim.get(c) ?? []), f.id]);
    for (const s of f.sources) bySource.set(s, [...(bySource.get(s) ?? []), f.id]);
  }
  return { byClaim, bySource };
}

export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
