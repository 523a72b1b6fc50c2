/**
 * Quote verification. A quote must occur in its source's archived text after
 * normalising whitespace and typographic quotes/dashes, and nothing looser.
 *
 * Each source body is normalised and indexed once (token -> positions), so a quote
 * is located by looking up the rarest of its inner tokens instead of rescanning the text.
 * Normalisation works on character codes: it runs over every archived word of the
 * corpus, and a regular expression per character made it the slowest part of a check.
 */

/**
 * The `\s` class of JavaScript regular expressions minus U+FEFF: that one is zero-width,
 * and a quote must not match because an invisible character stood in for a visible space.
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Curly single quotes and primes fold to ', curly double quotes to ", dashes and minus to -. */
function foldCode(c: number): number {
  if (c < 0x2010) return c;
  if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) return 0x27;
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) return 0x22;
  if (c <= 0x2015 || c === 0x2212) return 0x2d;
  return c;
}


export interface QuoteIndex {
  norm: string;
  /**
   * Where normalised char i came from in the text: `i + shifts[k]` for the last k with
   * `shiftStarts[k] <= i`. The offset only changes where whitespace was folded, so these are a
   * few entries per paragraph instead of one per character: at 100k claims, a full offset
   * table per source kept hundreds of megabytes alive through the whole check.
   */
  shiftStarts: Int32Array;
  shifts: Int32Array;
  /**
   * Where each token of `norm` starts, grouped by a hash of the token: the tokens hashing to
   * bucket b start at `starts[heads[b]]` to `starts[heads[b + 1] - 1]`, in text order. Typed
   * arrays instead of a map of token strings: a corpus has millions of tokens, and a string
   * and an array for each made indexing the largest part of a check. Both are empty for a text
   * shorter than `TOKEN_INDEX_MIN_LENGTH`, which is scanned instead.
   */
  heads: Uint32Array;
  starts: Int32Array;
  textLength: number;
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of s[from, to). */
function tokenHash(s: string, from: number, to: number): number {
  let h = FNV_BASIS;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Texts shorter than this are searched by a scan of their normalised text instead of a token
 * index. The index costs about twice the text's size in typed arrays, kept for every source
 * through the whole check (at 100k claims, 147 MB of archived text: a few hundred megabytes of
 * the build worker's peak), while V8's substring search over an article of a few tens of
 * kilobytes is a matter of microseconds; the index pays for itself on book-length archives,
 * against which many quotes may fail.
 */
export const TOKEN_INDEX_MIN_LENGTH = 65_536;

/** Doubles the token arrays: token counts are not known until the pass ends. */
function growTokens(tok: { starts: Int32Array; hashes: Uint32Array }): void {
  const starts = new Int32Array(tok.starts.length * 2);
  const hashes = new Uint32Array(tok.hashes.length * 2);
  starts.set(tok.starts);
  hashes.set(tok.hashes);
  tok.starts = starts;
  tok.hashes = hashes;
}

/**
 * Normalises the text in one pass (a corpus's archived text is millions of characters; a
 * second pass over it cost as much as the first): the normalised text, where its characters
 * came from (`shiftStarts`/`shifts`, built as the pass goes, never a table per character)
 * and, when `tokens` is set, each token's start and `tokenHash` of its normalised characters.
 */
function normalizeText(text: string, tokens: boolean) {
  const codes = new Uint16Array(text.length);
  const at: number[] = [];
  const by: number[] = [];
  const tok = { starts: new Int32Array(tokens ? 64 : 0), hashes: new Uint32Array(tokens ? 64 : 0) };
  let count = 0;
  let n = 0;
  // The offset of the last emitted character: a new entry in at/by only when it changes.
  let lastShift = -1;
  let pendingSpace = false;
  let hash = FNV_BASIS;
  // Written out in the loop, without helper closures: this runs once per archived character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      if (tokens) {
        if (count === tok.hashes.length) growTokens(tok);
        tok.hashes[count++] = hash >>> 0;
      }
      if (i - n !== lastShift) {
        lastShift = i - n;
        at.push(n);
        by.push(lastShift);
      }
      codes[n++] = 0x20;
      pendingSpace = false;
    }
    const f = foldCode(c);
    if (tokens) {
      if (n === 0 || codes[n - 1] === 0x20) {
        if (count === tok.hashes.length) growTokens(tok);
        tok.starts[count] = n;
        hash = FNV_BASIS;
      }
      hash = Math.imul(hash ^ f, FNV_PRIME);
    }
    if (i - n !== lastShift) {
      lastShift = i - n;
      at.push(n);
      by.push(lastShift);
    }
    codes[n++] = f;
  }
  if (tokens && n > 0) {
    if (count === tok.hashes.length) growTokens(tok);
    tok.hashes[count++] = hash >>> 0;
  }
  const norm = new TextDecoder('utf-16le').decode(codes.subarray(0, n));
  return { norm, shiftStarts: Int32Array.from(at), shifts: Int32Array.from(by), tokenStarts: tok.starts, tokenHashes: tok.hashes, count };
}

/** Normalises text for quote matching; `map[i]` is the offset in `text` of normalised char i. */
export function normalizeForQuote(text: string): { norm: string; map: Int32Array } {
  const { norm, shiftStarts, shifts } = normalizeText(text, false);
  const map = new Int32Array(norm.length);
  for (let k = 0; k < shiftStarts.length; k++) {
    const to = k + 1 < shiftStarts.length ? shiftStarts[k + 1] : norm.length;
    for (let i = shiftStarts[k]; i < to; i++) map[i] = i + shifts[k];
  }
  return { norm, map };
}

/**
 * The index of one source's text. With `tokenIndexFrom` (a length), texts at least that long
 * also get a token index; shorter ones are scanned (TOKEN_INDEX_MIN_LENGTH says why).
 */
export function buildQuoteIndex(text: string, tokenIndexFrom = TOKEN_INDEX_MIN_LENGTH): QuoteIndex {
  const tokens = text.length >= tokenIndexFrom;
  const { norm, shiftStarts, shifts, tokenStarts, tokenHashes, count } = normalizeText(text, tokens);
  if (!tokens) return { norm, shiftStarts, shifts, heads: new Uint32Array(0), starts: new Int32Array(0), textLength: text.length };
  let buckets = 16;
  while (buckets < count) buckets <<= 1;
  const mask = buckets - 1;
  const heads = new Uint32Array(buckets + 1);
  for (let t = 0; t < count; t++) heads[(tokenHashes[t] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) heads[b + 1] += heads[b];
  const fill = heads.slice(0, buckets);
  const starts = new Int32Array(count);
  for (let t = 0; t < count; t++) starts[fill[tokenHashes[t] & mask]++] = tokenStarts[t];
  return { norm, shiftStarts, shifts, heads, starts, textLength: text.length };
}

/** The offset in the original text of normalised char i. */
export function originalOffset(index: QuoteIndex, i: number): number {
  let lo = 0;
  let hi = index.shiftStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.shiftStarts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return i + index.shifts[lo];
}

/**
 * The normalised text alone. Most quotes are already normal (single spaces, straight quotes,
 * no edge spaces): they are returned as they are after one scan, without the arrays and the
 * decoding that normalizeText needs (about a tenth of validating the 100k corpus went there).
 */
export function normalizedQuote(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    const changes = c === 0x20 ? i === 0 || i === last || text.charCodeAt(i - 1) === 0x20 : c < 0x20 || (c >= 0xa0 && (isSpace(c) || foldCode(c) !== c));
    if (changes) return normalizeText(text, false).norm;
  }
  return text;
}

/** Offsets of the quote in the original text, or null when it does not occur. */
export function findQuote(index: QuoteIndex, quote: string): { start: number; end: number } | null {
  const q = normalizedQuote(quote);
  if (q.length === 0) return null;
  const at = locate(index, q);
  if (at < 0) return null;
  const endNorm = at + q.length - 1;
  return { start: originalOffset(index, at), end: originalOffset(index, endNorm) + 1 };
}

/** The earliest offset of `q` in the normalised text, or -1. */
function locate(index: QuoteIndex, q: string): number {
  const parts = q.split(' ');
  // Inner tokens of a quote are whole tokens of the text; the first and last may be partial.
  // Without a token index (a short text), or with fewer than three tokens, the text is scanned.
  if (parts.length >= 3 && index.heads.length > 0) {
    const mask = index.heads.length - 2;
    let best = -1;
    let bestCount = Infinity;
    for (let k = 1; k < parts.length - 1; k++) {
      const b = tokenHash(parts[k], 0, parts[k].length) & mask;
      const n = index.heads[b + 1] - index.heads[b];
      if (n === 0) return -1;
      if (n < bestCount) {
        bestCount = n;
        best = k;
      }
    }
    // A bucket may hold other tokens that share its hash: each candidate is checked in full.
    const offset = parts.slice(0, best).join(' ').length + 1;
    const b = tokenHash(parts[best], 0, parts[best].length) & mask;
    for (let i = index.heads[b]; i < index.heads[b + 1]; i++) {
      const s = index.starts[i] - offset;
      if (s >= 0 && index.norm.startsWith(q, s)) return s;
    }
    return -1;
  }
  return index.norm.indexOf(q);
}

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/** The commonest Cyrillic and Greek look-alikes of Latin letters. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ѕ: 's', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
  ο: 'o', α: 'a', ν: 'v', ι: 'i', Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

function skeleton(s: string): string {
  return s.replace(INVISIBLE, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(CONFUSABLE_RE, (c) => CONFUSABLES[c] ?? c).toLowerCase();
}

/** A source's skeleton is computed once: hundreds of failed quotes against one long article must stay linear. */
const skeletons = new WeakMap<QuoteIndex, string>();
function sourceSkeleton(index: QuoteIndex): string {
  let s = skeletons.get(index);
  if (s === undefined) skeletons.set(index, (s = skeleton(index.norm)));
  return s;
}

/**
 * Explains a failed quote when it would have matched under a looser comparison
 * (invisible characters, homoglyphs, case), so the contributor learns why it failed.
 */
export function explainNearMiss(index: QuoteIndex, quote: string): string | undefined {
  const q = normalizeForQuote(quote).norm;
  const stripped = normalizeForQuote(quote.replace(INVISIBLE, '')).norm;
  const hasInvisible = stripped !== q;
  const loose = skeleton(stripped);
  // An invisible character may stand where the source has nothing, or where it has a space.
  const spaced = hasInvisible ? normalizeForQuote(quote.replace(INVISIBLE, ' ')).norm : '';
  if (hasInvisible && (index.norm.includes(stripped) || index.norm.includes(spaced))) {
    return 'The quote contains invisible characters (zero-width or direction marks) that the source does not; it matches only if they are ignored.';
  }
  if (loose.length > 0 && sourceSkeleton(index).includes(loose)) {
    return hasInvisible || /[^\u0000-\u024f\u2000-\u206f]/.test(stripped)
      ? 'The quote matches only if look-alike characters (homoglyphs), accents or invisible characters are ignored; copy it from the source instead of retyping it.'
      : 'The quote differs from the source only in letter case or accents; copy it exactly.';
  }
  return undefined;
}
