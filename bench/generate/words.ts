/**
 * Synthetic vocabulary: pronounceable names and a Zipf-distributed word list, so the
 * generated text has a realistic spread of common and rare words (what an index's size
 * and a fuzzy search's cost depend on), without shipping any real text.
 */
import type { Rng } from './prng.ts';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cr', 'dr', 'gr', 'pl', 'st', 'tr', 'qu', 'th', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'x', 'l', 'm', 'nd', 'rt'];

/** Ordinary English words for the most frequent ranks, so sentences read like prose. */
const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no more what up out about who them some could ' +
  'into than then its time only new other these two may first any like now my such make over our even most after ' +
  'also made many before must through back years where much your way well down should because each just those people ' +
  'how too little state good very world still own see men work long get here between both life being under never day ' +
  'same another know while last might great old year off come since against go came right used take three company ' +
  'model models report analysts said according data release market users launch benchmark score price pricing cost ' +
  'performance training compute capacity percent million billion tokens context window developers enterprise product'
).split(' ');

export function syllableWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS);
  return w + rng.pick(CODAS);
}

export function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `size` distinct words: common English first, then generated words of 2–4 syllables. */
export function vocabulary(rng: Rng, size: number): string[] {
  const seen = new Set<string>(COMMON);
  const words = [...COMMON];
  while (words.length < size) {
    const w = syllableWord(rng, rng.int(2, 4));
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A sentence of plain filler words, capitalised and full-stopped. */
export function fillerSentence(rng: Rng, vocab: readonly string[]): string {
  const n = rng.int(8, 22);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(vocab[rng.zipf(vocab.length)]);
  if (n > 12 && rng.chance(0.5)) out[rng.int(3, n - 4)] += ',';
  return `${capitalize(out.join(' '))}.`;
}

/** `count` distinct display names like "Valtora 3" or "Quenrix Pro". */
export function uniqueNames(rng: Rng, count: number, suffixes: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const base = capitalize(syllableWord(rng, rng.int(2, 3)));
    const name = rng.chance(0.6) ? `${base} ${rng.pick(suffixes)}` : base;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** Kebab-case id from a display name: "Valtora 3.5 Pro" -> "valtora-3-5-pro". */
export function toId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
