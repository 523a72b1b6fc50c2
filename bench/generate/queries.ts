/**
 * The fixed query set for search quality and latency, derived from the generated data:
 * for sampled claims, what a reader would type to find it — the subject and property
 * in full (exact), with the last word half typed (prefix), and with a typo (fuzzy).
 * A query hits when its intended claim is among the first 10 results.
 */
import type { GenCorpus } from './corpus.ts';
import { subRng } from './prng.ts';

export type QueryKind = 'exact' | 'prefix' | 'fuzzy';
export interface BenchQuery {
  kind: QueryKind;
  q: string;
  /** The claim id that should be found. */
  claim: string;
}

/** Cut the last word to about half, at least 3 letters (the engine prefix-matches from 3). */
export function truncateLast(q: string): string {
  const words = q.split(' ');
  const last = words[words.length - 1];
  if (last.length <= 3) return q;
  words[words.length - 1] = last.slice(0, Math.max(3, Math.ceil(last.length / 2)));
  return words.join(' ');
}

/** One substituted letter in the longest word of 5+ letters (within a fuzzy distance of 1). */
export function typo(q: string, at: number): string {
  const words = q.split(' ');
  let best = -1;
  for (let i = 0; i < words.length; i++) if (/^[a-z]{5,}$/i.test(words[i]) && (best < 0 || words[i].length > words[best].length)) best = i;
  if (best < 0) return q;
  const w = words[best];
  const pos = 1 + (at % (w.length - 2));
  const replacement = w[pos] === 'e' ? 'a' : 'e';
  words[best] = w.slice(0, pos) + replacement + w.slice(pos + 1);
  return words.join(' ');
}

export function makeQueries(corpus: GenCorpus, count = 100): BenchQuery[] {
  const rng = subRng(corpus.seed, 'queries');
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  const plain = corpus.claims.filter((c) => Object.keys(c.qualifiers).length === 0);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, plain.length)) picked.add(rng.int(0, plain.length - 1));
  const out: BenchQuery[] = [];
  for (const n of [...picked].sort((a, b) => a - b)) {
    const c = plain[n];
    const q = `${subjects.get(c.subject)?.name} ${properties.get(c.property)?.label}`.toLowerCase();
    out.push({ kind: 'exact', q, claim: c.id }, { kind: 'prefix', q: truncateLast(q), claim: c.id }, { kind: 'fuzzy', q: typo(q, n), claim: c.id });
  }
  return out;
}
