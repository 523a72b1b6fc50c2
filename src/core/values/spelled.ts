/**
 * Spelled-out numbers ("two million", "forty-two", "half a million", "one hundred and
 * twenty", "two and a half billion"), found in running text and rewritten as the numeral the
 * engine's grammar reads ("2 million", "42", "0.5 million", "120", "2.5 billion").
 *
 * The rewrite keeps the scale word instead of multiplying it out, so "forty thousand" gets
 * the precision the numeral grammar gives "40 thousand" (±500), as a writer rounding to
 * thousands means it. Pure, no dependencies: see README "Stack notes" for why no library.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words in the spelling the numeral grammar reads back. */
const SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

export interface SpelledNumber {
  /** Offsets of the words in the text searched (end exclusive). */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The same number as the numeral grammar reads it: "2 million", "0.5 million", "42". */
  numeral: string;
  value: number;
}

/** One token: a number word, a hyphenated tens-units pair, or a connective. */
const TOKEN = /[A-Za-z]+(?:-[A-Za-z]+)?/y;

type Word =
  | { kind: 'small'; n: number } // 0..99
  | { kind: 'hundred' }
  | { kind: 'scale'; exp: number }
  | { kind: 'and' }
  | { kind: 'a' }
  | { kind: 'half' };

function classify(token: string): Word | undefined {
  const t = token.toLowerCase();
  if (Object.hasOwn(UNITS, t)) return { kind: 'small', n: UNITS[t] };
  if (Object.hasOwn(TENS, t)) return { kind: 'small', n: TENS[t] };
  const pair = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (pair && Object.hasOwn(TENS, pair[1]) && Object.hasOwn(UNITS, pair[2]) && UNITS[pair[2]] > 0 && UNITS[pair[2]] < 10) {
    return { kind: 'small', n: TENS[pair[1]] + UNITS[pair[2]] };
  }
  if (t === 'hundred') return { kind: 'hundred' };
  if (Object.hasOwn(SCALES, t)) return { kind: 'scale', exp: SCALES[t] };
  if (t === 'and') return { kind: 'and' };
  if (t === 'a' || t === 'an') return { kind: 'a' };
  if (t === 'half') return { kind: 'half' };
  return undefined;
}

interface Tok {
  word: Word;
  start: number;
  end: number;
}

function tokenize(text: string, from: number): Tok[] {
  const out: Tok[] = [];
  let at = from;
  for (;;) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = classify(m[0]);
    if (!word) break;
    out.push({ word, start: m.index, end: m.index + m[0].length });
    const gap = /^[ \t]+/.exec(text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 4));
    if (!gap) break;
    at = TOKEN.lastIndex + gap[0].length;
  }
  return out;
}

/** A value below 1000 built from "small" and "hundred" words; returns how many tokens it used. */
function readGroup(toks: Tok[], i: number): { n: number; used: number } | undefined {
  let j = i;
  let n: number;
  if (toks[j]?.word.kind === 'small') n = (toks[j++].word as { n: number }).n;
  else if (toks[j]?.word.kind === 'a' && toks[j + 1]?.word.kind === 'hundred') {
    n = 1;
    j++;
  }
  else return undefined;
  if (toks[j]?.word.kind === 'hundred' && (n >= 1 && n <= 9 || toks[i].word.kind === 'a')) {
    n *= 100;
    j++;
    // "one hundred and twenty", "two hundred five"
    const k = toks[j]?.word.kind === 'and' ? j + 1 : j;
    const rest = toks[k]?.word;
    if (rest?.kind === 'small' && rest.n > 0) {
      n += rest.n;
      j = k + 1;
    }
  }
  return { n, used: j - i };
}

interface Parsed {
  value: number;
  numeral: string;
  used: number;
}

/**
 * Reads the longest number starting at token i. Shapes accepted: a group ("forty-two",
 * "three hundred and six"), a group and a scale ("forty thousand"), "a/one million",
 * "half a million", "two and a half million", and sums of descending scales
 * ("two million three hundred thousand").
 */
function readNumber(toks: Tok[], i: number): Parsed | undefined {
  // "half a million", "half a billion"
  if (toks[i]?.word.kind === 'half' && toks[i + 1]?.word.kind === 'a' && toks[i + 2]?.word.kind === 'scale') {
    const exp = (toks[i + 2].word as { exp: number }).exp;
    return { value: 0.5 * 10 ** exp, numeral: `0.5 ${scaleName(exp)}`, used: 3 };
  }
  // "a million", "a thousand"
  if (toks[i]?.word.kind === 'a' && toks[i + 1]?.word.kind === 'scale') {
    const exp = (toks[i + 1].word as { exp: number }).exp;
    return { value: 10 ** exp, numeral: `1 ${scaleName(exp)}`, used: 2 };
  }
  const first = readGroup(toks, i);
  if (!first) return undefined;
  let j = i + first.used;
  // "two and a half million"
  const [w1, w2, w3, w4] = [1, 2, 3, 4].map((d) => toks[j + d - 1]?.word);
  if (w1?.kind === 'and' && w2?.kind === 'a' && w3?.kind === 'half' && w4?.kind === 'scale') {
    const v = first.n + 0.5;
    return { value: v * 10 ** w4.exp, numeral: `${v} ${scaleName(w4.exp)}`, used: first.used + 4 };
  }
  const scale = toks[j]?.word;
  if (scale?.kind !== 'scale') return { value: first.n, numeral: String(first.n), used: first.used };
  const exp = scale.exp;
  j++;
  // A lower scale may follow: "two million three hundred thousand" is written out exactly.
  let total = first.n * 10 ** exp;
  let used = j - i;
  let exact = false;
  let lastExp = exp;
  for (;;) {
    const k = toks[j]?.word.kind === 'and' ? j + 1 : j;
    const g = readGroup(toks, k);
    if (!g) break;
    const after = toks[k + g.used]?.word;
    const e = after?.kind === 'scale' ? after.exp : 0;
    if (e >= lastExp) break;
    total += g.n * 10 ** e;
    lastExp = e;
    j = k + g.used + (after?.kind === 'scale' ? 1 : 0);
    used = j - i;
    exact = true;
    if (e === 0) break;
  }
  if (exact) return { value: total, numeral: String(total), used };
  return { value: total, numeral: `${first.n} ${scaleName(exp)}`, used };
}

function scaleName(exp: number): string {
  return Object.keys(SCALES).find((k) => SCALES[k] === exp) ?? '';
}

/** The number that `text` spells in full, or undefined. */
export function parseSpelled(text: string): { value: number; numeral: string } | undefined {
  const trimmed = text.trim();
  const toks = tokenize(trimmed, 0);
  const n = readNumber(toks, 0);
  if (!n || n.used === 0 || toks[n.used - 1].end !== trimmed.length) return undefined;
  return { value: n.value, numeral: n.numeral };
}

/** Every spelled-out number in `text`, longest first at each place, left to right. */
export function findSpelledNumbers(text: string): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  const word = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) {
    // Only at a word start: "someone" holds "one" but is no number.
    if (m.index > 0 && /[\p{L}\p{N}_-]/u.test(text[m.index - 1])) continue;
    const toks = tokenize(text, m.index);
    const n = toks.length ? readNumber(toks, 0) : undefined;
    if (!n) continue;
    // A trailing "and" or "a" is not part of the number ("two and", "one a").
    let used = n.used;
    while (used > 0 && (toks[used - 1].word.kind === 'and' || toks[used - 1].word.kind === 'a')) used--;
    const end = toks[used - 1].end;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
    found.push({ start: m.index, end, text: text.slice(m.index, end), numeral: n.numeral, value: n.value });
    word.lastIndex = end;
  }
  return found;
}

/**
 * The spelled-out number at the very start of `text` ("forty thousand tokens"), as the numeral
 * the grammar reads, and the text after it; undefined when the text does not start with one.
 * A trailing "and"/"a" is left to the words that follow ("two and" is not part of a number).
 */
export function readSpelledPrefix(text: string): { numeral: string; rest: string } | undefined {
  const toks = tokenize(text, 0);
  if (toks.length === 0 || toks[0].start !== 0) return undefined;
  const n = readNumber(toks, 0);
  if (!n) return undefined;
  let used = n.used;
  while (used > 0 && (toks[used - 1].word.kind === 'and' || toks[used - 1].word.kind === 'a')) used--;
  if (used === 0) return undefined;
  const end = toks[used - 1].end;
  if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) return undefined;
  return { numeral: n.numeral, rest: text.slice(end) };
}
