/** Small statistics helpers for the benchmark: medians over runs, latency percentiles, ratios. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** a / b, or NaN when either is missing, so a missing reference never shows as a ratio of 0 or ∞. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
  return a / b;
}

export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '–';
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

/** Median of each numeric field over several runs of the same measurement. */
export function medianOf<T extends Record<string, number>>(runs: readonly T[]): T {
  const out: Record<string, number> = {};
  for (const key of Object.keys(runs[0] ?? {})) out[key] = median(runs.map((r) => r[key]));
  return out as T;
}

/** What both search engines' query runs record, summarised the same way so their figures compare. */
export interface QueryRecord {
  coldBytes: number[];
  coldMs: number[];
  warm: Record<string, number[]>;
  hits: number;
  hitsByKind: Record<string, number>;
  queries: number;
}

export function summariseQueries(r: QueryRecord): Record<string, number> {
  const all = Object.values(r.warm).flat();
  const perKind = r.queries / 3;
  return {
    firstQueryBytesP50: percentile(r.coldBytes, 50),
    firstQueryBytesP95: percentile(r.coldBytes, 95),
    coldMsP50: percentile(r.coldMs, 50),
    coldMsP95: percentile(r.coldMs, 95),
    warmMsP50: percentile(all, 50),
    warmMsP95: percentile(all, 95),
    exactP95: percentile(r.warm.exact, 95),
    prefixP95: percentile(r.warm.prefix, 95),
    fuzzyP95: percentile(r.warm.fuzzy, 95),
    hitRate: r.hits / r.queries,
    hitExact: r.hitsByKind.exact / perKind,
    hitPrefix: r.hitsByKind.prefix / perKind,
    hitFuzzy: r.hitsByKind.fuzzy / perKind,
  };
}
