/** "Did you mean …?" for mistyped ids: same key after case/Unicode folding, or a small edit distance. */
import { idKey } from './ids.ts';

export function suggest(id: string, known: readonly string[]): string | undefined {
  const key = idKey(id);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const k of known) {
    if (idKey(k) === key) return k;
    if (Math.abs(k.length - id.length) >= bestDistance) continue;
    const d = distance(key, idKey(k), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best;
}

/** Levenshtein distance, giving up early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return prev[b.length];
}
