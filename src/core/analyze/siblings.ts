/**
 * Sibling sources: two archived articles that share boilerplate word for word (the same
 * footer, the same reference list) most likely come from one producer, and then count as one
 * origin. The check suggests declaring a common `family` for them; sources that declare
 * families (the same or different ones) have been looked at and are left alone.
 */
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';
import type { Source } from '../model.ts';

/** A passage is one line of the body, this long at least once whitespace is collapsed. */
const MIN_PASSAGE = 30;
/** Shared passages that make two sources siblings: one could be a shared quotation. */
const MIN_SHARED = 2;
/** A line in more sources than this is site-wide furniture that says nothing about a pair. */
const MAX_SHARING = 20;
/**
 * Lines are compared on their first characters only: 300 characters in common already mean a
 * copied passage, and it bounds the work on long paragraphs (a 10 MB corpus took 0.4 s whole).
 */
const KEY_LENGTH = 300;

const TYPOGRAPHY = /[\u2018\u2019\u201c\u201d\u2013\u2014]/;
const UNEVEN_SPACE = /\s{2}|[^\S ]/;

/** A line folded for comparison; each replacement runs only when the line needs it, since most lines need none. */
function passageKey(line: string): string {
  let key = line.trim();
  if (TYPOGRAPHY.test(key)) key = key.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
  if (UNEVEN_SPACE.test(key)) key = key.replace(/\s+/g, ' ');
  return key.toLowerCase();
}

export interface SiblingPair {
  /** The two source ids, in id order. */
  a: string;
  b: string;
  /** The shared passages as they read in `b`, with their line in b's file. */
  passages: Array<{ text: string; line: number }>;
}

/** Two FNV-1a hashes of a passage key folded into one 53-bit number: collisions are rare and checked anyway. */
function keyHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * Pairs of archived sources that share at least two long lines of text.
 *
 * Every long line of every source is a candidate, and most are unique: the first pass keeps a
 * hash and a position for each (a few numbers), not its text; only lines whose hash recurs are
 * read again and compared. Keeping every line's key and text held the whole archive twice more
 * through the check (about 150 MB at 100k claims).
 */
export function findSiblings(sources: readonly Source[]): SiblingPair[] {
  const sorted = [...sources].filter((s) => s.archived).sort((x, y) => (x.id < y.id ? -1 : 1));
  // Per hash, the sources and line numbers (within the body) holding it, flattened in pairs.
  const holders = new Map<number, number[]>();
  sorted.forEach((s, i) => {
    const seen = new Set<number>();
    s.body.split('\n').forEach((raw, n) => {
      if (raw.length < MIN_PASSAGE) return;
      const key = passageKey(raw.slice(0, KEY_LENGTH));
      if (key.length < MIN_PASSAGE) return;
      const h = keyHash(key);
      if (seen.has(h)) return;
      seen.add(h);
      const list = holders.get(h);
      if (list) list.push(i, n);
      else holders.set(h, [i, n]);
    });
  });
  const lines = new Map<number, string[]>();
  const lineOf = (source: number, n: number) => {
    let all = lines.get(source);
    if (!all) lines.set(source, (all = sorted[source].body.split('\n')));
    return all[n];
  };
  const pairs = new Map<string, SiblingPair>();
  for (const flat of holders.values()) {
    if (flat.length < 4) continue;
    // Lines sharing a hash, grouped by their actual key: a hash collision makes two groups.
    const groups = new Map<string, Array<{ source: number; line: number; text: string }>>();
    for (let k = 0; k < flat.length; k += 2) {
      const raw = lineOf(flat[k], flat[k + 1]);
      const key = passageKey(raw.slice(0, KEY_LENGTH));
      // Each source holds a hash once (the first pass skips repeats), so a group never lists a source twice.
      const group = groups.get(key) ?? [];
      group.push({ source: flat[k], line: sorted[flat[k]].bodyLine + flat[k + 1], text: raw.trim() });
      groups.set(key, group);
    }
    for (const list of groups.values()) {
      if (list.length < 2 || list.length > MAX_SHARING) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = [sorted[list[x].source].id, sorted[list[y].source].id];
          const key = `${a}\u0000${b}`;
          const pair = pairs.get(key) ?? { a, b, passages: [] };
          pair.passages.push({ text: list[y].text, line: list[y].line });
          pairs.set(key, pair);
        }
      }
    }
  }
  return [...pairs.values()]
    .filter((p) => p.passages.length >= MIN_SHARED)
    .map((p) => ({ ...p, passages: p.passages.sort((m, n) => m.line - n.line) }))
    .sort((p, q) => (p.a + p.b < q.a + q.b ? -1 : 1));
}

/** A warning for each sibling pair that declares no family: the later source by id carries it. */
export function siblingDiagnostics(sources: readonly Source[]): Diagnostic[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return findSiblings(sources)
    .filter((p) => byId.get(p.a)?.family === undefined && byId.get(p.b)?.family === undefined)
    .map((p) => {
      const b = byId.get(p.b)!;
      const first = p.passages[0];
      return diagnostic(
        b.file,
        { line: first.line, col: 1 },
        'sources-share-boilerplate',
        `This source shares ${p.passages.length} passages word for word with ${quoteUserText(p.a)}, such as ${quoteUserText(first.text, 60)}: they look like siblings from one producer, and would count as two independent origins.`,
        `If one publisher or generator produced both, give both the same \`family:\` (for example \`family: ${p.a}\`) so they count as one origin; if they are independent, give each its own family.`,
      );
    });
}
