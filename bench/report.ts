/** Tables and goal verdicts from the medians the benchmark collected, per corpus size. */
import { formatBytes, formatMs, formatRatio, ratio } from './stats.ts';

export type Figures = Record<string, number>;
export type Results = Map<number, Figures>;

type Kind = 'ms' | 'bytes' | 'pct' | 'count' | 'ratio';
const METRICS: [key: string, label: string, kind: Kind][] = [
  ['corpusBytes', 'corpus size on disk', 'bytes'],
  ['floorMs', 'parse floor (read + YAML + zod)', 'ms'],
  ['floorPositionsMs', 'parse floor with positioned YAML', 'ms'],
  ['checkMs', 'check (loadProject)', 'ms'],
  ['checkRss', 'check peak RSS', 'bytes'],
  ['readMs', '  read files', 'ms'],
  ['validateMs', '  validate + quotes', 'ms'],
  ['analyzeMs', '  conflict detection (analyze)', 'ms'],
  ['searchBuildMs', 'search index build', 'ms'],
  ['searchBuildRss', 'search build peak RSS (incl. load)', 'bytes'],
  ['searchBytesP50', 'search: bytes before first result p50', 'bytes'],
  ['searchBytesP95', 'search: bytes before first result p95', 'bytes'],
  ['searchColdP50', 'search: first query (load + search) p50', 'ms'],
  ['searchColdP95', 'search: first query (load + search) p95', 'ms'],
  ['searchWarmP50', 'search: warm query p50', 'ms'],
  ['searchWarmP95', 'search: warm query p95', 'ms'],
  ['searchExactP95', '  exact p95', 'ms'],
  ['searchPrefixP95', '  prefix p95', 'ms'],
  ['searchFuzzyP95', '  fuzzy p95', 'ms'],
  ['searchHitRate', 'search: hit rate (top 10)', 'pct'],
  ['searchHitFuzzy', '  fuzzy queries', 'pct'],
  ['pagefindIndexMs', 'Pagefind indexing', 'ms'],
  ['pagefindBytesP50', 'Pagefind: bytes before first result p50', 'bytes'],
  ['pagefindBytesP95', 'Pagefind: bytes before first result p95', 'bytes'],
  ['pagefindWarmP50', 'Pagefind: warm query p50', 'ms'],
  ['pagefindWarmP95', 'Pagefind: warm query p95', 'ms'],
  ['pagefindHitRate', 'Pagefind: hit rate (top 10)', 'pct'],
  ['pagefindHitFuzzy', '  fuzzy queries', 'pct'],
  ['sitePages', 'HTML pages the site builds', 'count'],
  ['barePages', 'bare Astro build: trivial pages', 'count'],
  ['bareBuildMs', 'bare Astro build (same page count)', 'ms'],
  ['bareBuildRss', 'bare Astro build peak RSS', 'bytes'],
  ['siteColdMs', 'site build, cold', 'ms'],
  ['siteColdRss', 'site build peak RSS', 'bytes'],
  ['siteWarmMs', 'site build after editing one claim', 'ms'],
  ['siteOverBare', 'site ÷ bare build, median of per-run ratios', 'ratio'],
  ['bareConcurrency', "bare build with the site's build.concurrency: N", 'count'],
  ['bareSameMs', "bare build with the site's build.concurrency", 'ms'],
  ['siteOverBareSame', '  site ÷ that, median of per-run ratios', 'ratio'],
  // CPU by kind of thread (bench/stages/thread-cpu.mjs): which thread a change moved.
  ['siteCpuMainMs', 'site build CPU: main thread (renders the pages)', 'ms'],
  ['siteCpuWorkersMs', '  build worker threads (load, index, exports)', 'ms'],
  ['siteCpuV8Ms', "  V8's helper threads (concurrent GC)", 'ms'],
  ['siteCpuFsMs', "  libuv's pool (file system)", 'ms'],
  ['siteCpuTotalMs', '  all threads', 'ms'],
  ['bareSameCpuMainMs', 'same-settings bare build CPU: main thread', 'ms'],
  ['bareSameCpuV8Ms', "  V8's helper threads (concurrent GC)", 'ms'],
  ['bareSameCpuTotalMs', '  all threads', 'ms'],
  ['siteOverBareSameCpu', 'site ÷ same-settings bare, CPU of all threads', 'ratio'],
  // Information, not a goal: the same-settings bare build writing pages of the site's sizes.
  ['sitePageBytes', "bytes of the site's HTML pages", 'bytes'],
  ['bareBytesWritten', '  bare build writing pages of those sizes: bytes', 'bytes'],
  ['bareBytesMs', '  that build', 'ms'],
  ['bareBytesRss', '  its peak RSS', 'bytes'],
  ['siteOverBareBytes', '  site ÷ that, median of per-run ratios', 'ratio'],
  ['bareBytesCpuMainMs', '  its CPU: main thread', 'ms'],
  ['bareBytesCpuV8Ms', "  V8's helper threads (concurrent GC)", 'ms'],
  ['bareBytesCpuTotalMs', '  all threads', 'ms'],
];

function show(v: number | undefined, kind: Kind): string {
  if (v === undefined || !Number.isFinite(v)) return '–';
  if (kind === 'ms') return formatMs(v);
  if (kind === 'bytes') return formatBytes(v);
  if (kind === 'pct') return `${(v * 100).toFixed(1)}%`;
  if (kind === 'ratio') return formatRatio(v);
  return String(v);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function figuresTable(results: Results): string {
  const sizes = [...results.keys()];
  const header = ['stage', ...sizes.map((s) => `${s.toLocaleString('en-US')} claims`), ...(sizes.length > 1 ? ['growth (last ×10)'] : [])];
  const rows: string[][] = [];
  for (const [key, label, kind] of METRICS) {
    const values = sizes.map((s) => results.get(s)?.[key]);
    if (values.every((v) => v === undefined)) continue;
    const growth = sizes.length > 1 ? [kind === 'pct' || kind === 'ratio' ? '' : formatRatio(ratio(values[values.length - 1], values[values.length - 2]))] : [];
    rows.push([label, ...values.map((v) => show(v, kind)), ...growth]);
  }
  return table(header, rows);
}

export interface Goal {
  goal: string;
  value: string;
  met: boolean | undefined;
}

/** The issue's goals, judged at `at` claims (and growth from `at` to `next` when measured). */
export function goals(results: Results, at: number, next?: number): Goal[] {
  const f = results.get(at) ?? {};
  const n = next ? results.get(next) : undefined;
  const out: Goal[] = [];
  const add = (goal: string, r: number, limit: number, fmt = formatRatio(r)) => out.push({ goal, value: fmt, met: Number.isFinite(r) ? r <= limit : undefined });
  add(`check ≤ 3× parse floor (${at})`, ratio(f.checkMs, f.floorMs), 3);
  // The fair reference: a bare build with the site's own build settings (build.concurrency).
  add(`full site build ≤ 3× a bare Astro build with the same settings (${at})`, f.siteOverBareSame ?? ratio(f.siteColdMs, f.bareSameMs), 3);
  add(`  and ≤ 1.5× a bare Astro build at Astro's defaults (${at})`, f.siteOverBare ?? ratio(f.siteColdMs, f.bareBuildMs), 1.5);
  add(`warm rebuild ≤ 0.5× cold (${at})`, ratio(f.siteWarmMs, f.siteColdMs), 0.5);
  add(`search bytes before first result ≤ Pagefind's (p50, ${at})`, ratio(f.searchBytesP50, f.pagefindBytesP50), 1);
  add(`search warm p95 ≤ Pagefind's warm p95 (${at})`, ratio(f.searchWarmP95, f.pagefindWarmP95), 1);
  const hit = (f.searchHitRate ?? Number.NaN) - (f.pagefindHitRate ?? Number.NaN);
  out.push({ goal: `search hit rate ≥ Pagefind's (${at})`, value: Number.isFinite(hit) ? `${(f.searchHitRate * 100).toFixed(1)}% vs ${(f.pagefindHitRate * 100).toFixed(1)}%` : '–', met: Number.isFinite(hit) ? hit >= 0 : undefined });
  if (n && next) {
    add(`check grows ≤ 12× from ${at} to ${next}`, ratio(n.checkMs, f.checkMs), 12);
    add(`conflict detection grows ≤ 12× from ${at} to ${next}`, ratio(n.analyzeMs, f.analyzeMs), 12);
    const gb4 = 4 * 1024 ** 3;
    add(`check peak RSS ≤ 4 GB at ${next}`, ratio(n.checkRss, gb4), 1, formatBytes(n.checkRss));
    add(`search index build peak RSS ≤ 4 GB at ${next}`, ratio(n.searchBuildRss, gb4), 1, formatBytes(n.searchBuildRss));
    add(`site build grows ≤ 11× from ${at} to ${next}`, ratio(n.siteColdMs, f.siteColdMs), 11);
    add(`site build ≤ 3× a same-settings bare build at ${next}`, n.siteOverBareSame ?? ratio(n.siteColdMs, n.bareSameMs), 3);
    add(`site build peak RSS ≤ 4 GB at ${next}`, ratio(n.siteColdRss, gb4), 1, formatBytes(n.siteColdRss));
  }
  return out;
}

export function goalsTable(list: Goal[]): string {
  return table(['goal', 'measured', 'met'], list.map((g) => [g.goal, g.value, g.met === undefined ? 'not measured' : g.met ? 'yes' : 'NO']));
}
