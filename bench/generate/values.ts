/**
 * Values of every type as a source would write them, plus a disagreeing variant and the
 * sentence that states them, so each generated quote contains the value it supports.
 */
import type { RawValue, ValueType } from '../../src/core/model.ts';
import { capitalize, syllableWord } from './words.ts';
import type { Rng } from './prng.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface GenValue {
  raw: RawValue;
  /** How the value reads inside a sentence ("82.7%", "yes"). */
  text: string;
}

const plain = (raw: RawValue): GenValue => ({ raw, text: String(raw) });

/** A value of `type`; `seed` in [0, 1) picks it, so a claim's agreeing reports can share one. */
export function makeValue(type: ValueType, rng: Rng): GenValue {
  switch (type) {
    case 'percent':
      return plain(`${(rng.int(100, 990) / 10).toFixed(1)}%`);
    case 'number':
      return plain(rng.int(12, 9_999_999).toLocaleString('en-US'));
    case 'money':
      return plain(`$${(rng.int(10, 99_999) / 100).toFixed(2)}`);
    case 'date':
      return plain(`${MONTHS[rng.int(0, 11)]} ${rng.int(1, 28)}, ${rng.int(2019, 2027)}`);
    case 'multiplier':
      return plain(`${rng.int(2, 60)}x`);
    case 'change':
      return plain(`${rng.int(11, 95)}% ${rng.pick(['lower', 'higher'])}`);
    case 'boolean': {
      const v = rng.chance(0.5);
      return { raw: v, text: v ? 'yes' : 'no' };
    }
    case 'text':
      return plain(capitalize(syllableWord(rng, rng.int(1, 3))));
  }
}

/** A value of the same type that cannot agree with `v` (a contradiction between sources). */
export function disagreeWith(type: ValueType, v: GenValue, rng: Rng): GenValue {
  for (let i = 0; i < 20; i++) {
    const other = makeValue(type, rng);
    if (String(other.raw) !== String(v.raw) && other.text.toLowerCase() !== v.text.toLowerCase()) return other;
  }
  return type === 'boolean' ? { raw: !v.raw, text: v.raw ? 'no' : 'yes' } : makeValue(type, rng);
}

/** "82.7%" sometimes rewritten at lower precision ("83%"), which agrees: a realistic near-duplicate. */
export function restate(type: ValueType, v: GenValue, rng: Rng): GenValue {
  if (type === 'percent' && rng.chance(0.3)) {
    const n = Number.parseFloat(String(v.raw));
    const rounded = Math.round(n);
    if (Math.abs(rounded - n) < 0.45) return plain(`${rounded}%`);
  }
  return v;
}

// Half the templates hold typography real articles use (’ and —): a page with one character
// above U+00FF is held by V8 at two bytes per character, and most real pages have one.
const TEMPLATES: ((s: string, label: string, v: string) => string)[] = [
  (s, l, v) => `${s} recorded a ${l} of ${v}, the company’s filing said`,
  (s, l, v) => `According to the figures, the ${l} for ${s} was ${v}`,
  (s, l, v) => `Analysts put the ${l} of ${s} at ${v} — a figure the report repeats`,
  (s, l, v) => `The ${l} of ${s} came in at ${v} in the latest update`,
];

/** The sentence (without its full stop) that states a value; the quote is this exact text. */
export function factSentence(rng: Rng, subject: string, label: string, v: GenValue, type: ValueType): string {
  if (type === 'boolean') return `Asked whether ${subject} has the ${label} property, the report answered ${v.text}`;
  return rng.pick(TEMPLATES)(subject, label.toLowerCase(), v.text);
}
