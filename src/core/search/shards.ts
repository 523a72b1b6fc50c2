/**
 * Term sharding. Every indexed term belongs to exactly one key: the longest planned key
 * that is a prefix of the term. Keys are packed into shard files; a query fetches only the
 * files that can hold its terms. Big first letters are split into longer keys, so a shard
 * stays near its byte budget however large the corpus grows.
 */

/** Key -> shard file number. */
export type ShardKeys = Record<string, number>;

const chars = (s: string) => Array.from(s);
const head = (s: string, n: number) => chars(s).slice(0, n).join('');

interface KeyWeight {
  key: string;
  weight: number;
}

function splitGroup(terms: Array<[string, number]>, key: string, depth: number, budget: number, maxDepth: number): KeyWeight[] {
  const total = terms.reduce((sum, [, w]) => sum + w, 0);
  if (total <= budget || depth >= maxDepth) return [{ key, weight: total }];
  let own = 0;
  const children = new Map<string, Array<[string, number]>>();
  for (const entry of terms) {
    if (chars(entry[0]).length <= depth) {
      own += entry[1];
      continue;
    }
    const child = head(entry[0], depth + 1);
    const list = children.get(child);
    if (list) list.push(entry);
    else children.set(child, [entry]);
  }
  // The parent key stays, holding the terms no longer key claims (and any query that short).
  const out: KeyWeight[] = [{ key, weight: own }];
  for (const [child, list] of children) out.push(...splitGroup(list, child, depth + 1, budget, maxDepth));
  return out;
}

/**
 * Plans keys and packs them, in sorted order, into files of at most `budget` weight
 * (a single key heavier than the budget gets a file of its own).
 */
export function planShards(weights: Map<string, number>, budget: number, maxDepth = 4): { keys: ShardKeys; files: number } {
  const groups = new Map<string, Array<[string, number]>>();
  for (const entry of weights) {
    const k = head(entry[0], 1);
    if (k.length === 0) continue;
    const list = groups.get(k);
    if (list) list.push(entry);
    else groups.set(k, [entry]);
  }
  const planned: KeyWeight[] = [];
  for (const [key, list] of groups) planned.push(...splitGroup(list, key, 1, budget, maxDepth));
  planned.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const keys: ShardKeys = {};
  let file = 0;
  let filled = 0;
  let used = false;
  for (const { key, weight } of planned) {
    if (used && filled + weight > budget) {
      file += 1;
      filled = 0;
    }
    keys[key] = file;
    filled += weight;
    used = true;
  }
  return { keys, files: used ? file + 1 : 0 };
}

/** The key that holds `term`, or undefined when no indexed term starts like it. */
export function keyFor(term: string, keys: ShardKeys): string | undefined {
  const cs = chars(term);
  for (let n = cs.length; n >= 1; n--) {
    const k = cs.slice(0, n).join('');
    if (Object.hasOwn(keys, k)) return k;
  }
  return undefined;
}

/**
 * The files a query term needs: the one holding the term itself and, for a prefix
 * search, every file holding a longer key that starts with the term.
 */
export function filesForTerm(term: string, keys: ShardKeys, prefix: boolean): number[] {
  const files = new Set<number>();
  const own = keyFor(term, keys);
  if (own !== undefined) files.add(keys[own]);
  if (prefix) {
    for (const k of Object.keys(keys)) if (k.length > term.length && k.startsWith(term)) files.add(keys[k]);
  }
  return [...files].sort((a, b) => a - b);
}
