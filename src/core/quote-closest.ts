/**
 * For a quote that does not occur: the passage of the source it most likely meant, and the
 * words that differ ("82.9%" where the source has "82.7%"), so a one-character slip is
 * found at a glance. Works on the normalised text of the quote index: the window of the
 * quote's length that shares the most words with it, widened a little and trimmed with a
 * word diff (jsdiff) so that a dropped or added word still lines up.
 */
import { diffArrays } from 'diff';
import { normalizeForQuote, originalOffset, type QuoteIndex } from './quotes.ts';

export interface ClosestPassage {
  /** Offsets of the passage in the source text. */
  start: number;
  end: number;
  /** Each place where the quote and the passage differ; an empty side means nothing there. */
  differences: { quote: string; source: string }[];
}

/** Below this share of the quote's words, no passage is "close": saying so would mislead. */
const MIN_SHARED = 0.5;

export function closestPassage(index: QuoteIndex, quote: string): ClosestPassage | undefined {
  const q = normalizeForQuote(quote).norm.split(' ').filter(Boolean);
  if (q.length === 0) return undefined;
  const tokens = tokenize(index.norm);
  if (tokens.length === 0) return undefined;
  const best = bestWindow(tokens.map((t) => t.word), q);
  if (best.shared < Math.max(1, Math.ceil(q.length * MIN_SHARED))) return undefined;

  // Widen by two words each side, then drop what the diff says lies outside the quote.
  const from = Math.max(0, best.at - 2);
  const to = Math.min(tokens.length, best.at + q.length + 2);
  const window = tokens.slice(from, to);
  // A quote may start or end inside a word ("cores 82.7" of "scores 82.7%"): not a difference.
  const first = q[0];
  const lastWord = q[q.length - 1];
  const parts = diffArrays(q, window.map((t) => t.word), { comparator: (a, b) => a === b || (a === first && b.endsWith(a)) || (a === lastWord && b.startsWith(a)) });
  // One operation per word: `at` is the window position of a source word (eq and ins).
  type Op = { kind: 'eq' | 'del' | 'ins'; word: string; at: number };
  const ops: Op[] = [];
  let at = 0;
  for (const part of parts) {
    const kind = part.added ? 'ins' : part.removed ? 'del' : 'eq';
    for (const word of part.value) ops.push({ kind, word: kind === 'del' ? word : window[at].word, at: kind === 'del' ? -1 : at++ });
  }
  const firstEq = ops.findIndex((o) => o.kind === 'eq');
  if (firstEq < 0) return undefined;
  const lastEq = ops.length - 1 - [...ops].reverse().findIndex((o) => o.kind === 'eq');
  // Source words before the first and after the last matching word lie outside the quote,
  // except as many as stand in for quote words there (a replaced first or last word).
  const outside = (edge: Op[], fromStart: boolean): Set<Op> => {
    const ins = edge.filter((o) => o.kind === 'ins');
    const dropped = ins.length - Math.min(ins.length, edge.length - ins.length);
    return new Set(fromStart ? ins.slice(0, dropped) : ins.slice(ins.length - dropped));
  };
  const drop = new Set([...outside(ops.slice(0, firstEq), true), ...outside(ops.slice(lastEq + 1), false)]);
  const inside = ops.filter((o) => !drop.has(o));
  const kept = inside.filter((o) => o.kind !== 'del').map((o) => window[o.at]);
  if (kept.length === 0) return undefined;

  const differences: ClosestPassage['differences'] = [];
  let pending: { quote: string[]; source: string[] } | undefined;
  for (const o of inside) {
    if (o.kind === 'eq') {
      if (pending) differences.push({ quote: pending.quote.join(' '), source: pending.source.join(' ') });
      pending = undefined;
      continue;
    }
    pending ??= { quote: [], source: [] };
    (o.kind === 'del' ? pending.quote : pending.source).push(o.word);
  }
  if (pending) differences.push({ quote: pending.quote.join(' '), source: pending.source.join(' ') });

  const head = kept[0];
  const tail = kept[kept.length - 1];
  return { start: originalOffset(index, head.start), end: originalOffset(index, tail.start + tail.word.length - 1) + 1, differences };
}

/**
 * The sentence for a quote-not-found message: where the closest passage is, what it says,
 * and what differs. `show` quotes user text safely (quoteUserText).
 */
export function describeClosest(c: ClosestPassage, text: string, where: { file: string; bodyLine: number }, show: (s: string, max: number) => string): string {
  const line = where.bodyLine + countNewlines(text, c.start);
  const passage = text.slice(c.start, c.end).replace(/\s+/g, ' ');
  const diffs = c.differences.slice(0, 3).map((d) =>
    d.quote && d.source ? `${show(d.quote, 40)} where the source has ${show(d.source, 40)}` : d.quote ? `${show(d.quote, 40)}, which the source does not have there` : `no ${show(d.source, 40)}, which the source has there`,
  );
  const more = c.differences.length > 3 ? `, and ${c.differences.length - 3} more difference${c.differences.length === 4 ? '' : 's'}` : '';
  return `The closest passage is at ${where.file}:${line}: ${show(passage, 160)}${diffs.length ? `; the quote has ${diffs.join('; ')}${more}` : ''}.`;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function tokenize(norm: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm.charCodeAt(i) === 0x20) {
      if (i > start) out.push({ word: norm.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** The start of the window of `q.length` words sharing the most words with `q` (a sliding multiset count: linear in the text). */
function bestWindow(words: string[], q: string[]): { at: number; shared: number } {
  const need = new Map<string, number>();
  for (const w of q) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, d: 1 | -1) => {
    const limit = need.get(w);
    if (limit === undefined) return;
    const before = have.get(w) ?? 0;
    const after = before + d;
    have.set(w, after);
    shared += Math.min(after, limit) - Math.min(before, limit);
  };
  const n = Math.min(q.length, words.length);
  for (let i = 0; i < n; i++) add(words[i], 1);
  let best = { at: 0, shared };
  for (let i = n; i < words.length; i++) {
    add(words[i], 1);
    add(words[i - n], -1);
    if (shared > best.shared) best = { at: i - n + 1, shared };
  }
  return best;
}
