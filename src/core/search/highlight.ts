/**
 * Which parts of a result's text to mark. Returns plain segments; the page turns them into
 * text nodes and <mark> elements, so no result text is ever parsed as HTML.
 */
import { processTerm, tokenSpans } from './tokenize.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/** Hits joined only by a hyphen or slash read as one ("Terminal-Bench"): one mark, not two. */
const JOINER = /^[-‐‑/]$/u;

/** Offsets of the words whose processed form is one of `terms`. */
export function hitRanges(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (terms.size === 0) return out;
  for (const span of tokenSpans(text)) {
    const t = processTerm(span.raw);
    if (t === null || !terms.has(t)) continue;
    const last = out[out.length - 1];
    if (last && JOINER.test(text.slice(last[1], span.start))) last[1] = span.end;
    else out.push([span.start, span.end]);
  }
  return out;
}

function toSegments(text: string, ranges: Array<[number, number]>, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text, hits marked. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return toSegments(text, hitRanges(text, terms), 0, text.length);
}

/** Moves `at` to a nearby space so a snippet does not start or end mid-word. */
function toSpace(text: string, at: number, direction: 1 | -1, reach = 20): number {
  for (let d = 0; d <= reach; d++) {
    const p = at + d * direction;
    if (p <= 0) return 0;
    if (p >= text.length) return text.length;
    if (/\s/u.test(text[p])) return direction === 1 ? p + 1 : p;
  }
  return at;
}

/**
 * About `size` characters around the first hit (or the start), cut at spaces, with "…"
 * where text was left out. Undefined when the text has no hit and `requireHit` is set.
 */
export function snippet(text: string, terms: ReadonlySet<string>, size = 180, requireHit = false): Segment[] | undefined {
  const ranges = hitRanges(text, terms);
  if (ranges.length === 0 && requireHit) return undefined;
  const flat = text.replace(/\s+/gu, ' ');
  // Whitespace collapsing shifts offsets, so find hits again in the flattened text.
  const flatRanges = flat === text ? ranges : hitRanges(flat, terms);
  if (flat.length <= size) return toSegments(flat, flatRanges, 0, flat.length);
  const first = flatRanges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(size / 3));
  let to = Math.min(flat.length, from + size);
  from = Math.max(0, to - size);
  from = from === 0 ? 0 : toSpace(flat, from, 1);
  to = to === flat.length ? to : toSpace(flat, to, -1);
  if (to <= from) to = Math.min(flat.length, from + size);
  const segments = toSegments(flat, flatRanges, from, to);
  if (from > 0) segments.unshift({ text: '…', hit: false });
  if (to < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
