/** JSON shapes shared by the API documents. */
import type { Flag, Interval, TypedValue } from '../model.ts';
import { formatValue, normalize } from '../values/index.ts';
import type { Report } from '../model.ts';

export const API_VERSION = 1;

export interface ExportOptions {
  /** A build label or date supplied by the caller; omitted when absent, never read from a clock. */
  generated?: string;
}

export interface IntervalJson {
  /** null stands for an unbounded end (JSON has no Infinity). */
  lo: number | null;
  hi: number | null;
  loOpen: boolean;
  hiOpen: boolean;
}

export function intervalJson(i: Interval): IntervalJson {
  return {
    lo: Number.isFinite(i.lo) ? i.lo : null,
    hi: Number.isFinite(i.hi) ? i.hi : null,
    loOpen: i.loOpen,
    hiOpen: i.hiOpen,
  };
}

export function header(options: ExportOptions): { version: number; generated?: string } {
  return options.generated === undefined ? { version: API_VERSION } : { version: API_VERSION, generated: options.generated };
}

/** The type-specific details of a value, with intervals made JSON-safe. */
export function valueDetails(v: TypedValue): Record<string, unknown> {
  switch (v.type) {
    case 'number':
    case 'percent':
    case 'money':
    case 'multiplier':
    case 'change': {
      const { type: _type, interval, ...rest } = v;
      const details: Record<string, unknown> = { ...rest, interval: intervalJson(interval) };
      if (v.type === 'change') details.factor = intervalJson(v.factor);
      return details;
    }
    case 'date':
      return { precision: v.precision, iso: v.iso };
    default:
      return {};
  }
}

export interface ReportJson {
  source: string;
  raw: string | number | boolean;
  normalized: string | number | boolean;
  display: string;
  type: TypedValue['type'];
  quote: string;
  via?: string;
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
    quote: r.quote,
    ...(r.via ? { via: r.via } : {}),
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
