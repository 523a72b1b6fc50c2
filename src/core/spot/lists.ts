/**
 * Coordinated lists and the hints a sentence gives its figures: "GPT-OSS-20B and GPT-OSS-120B, which
 * have seen 6,613,169 and 3,678,214 downloads" pairs the n-th subject with the n-th figure; "Claude Opus
 * 4.7, Gemini 3.1 Pro, and GPT-5.4 all converged at a score of 57" gives the one figure to every subject
 * listed; "58.1% and 86.4% respectively" takes the labels in order; a price's side (input or output)
 * and basis come from the words beside it or from an earlier price of the sentence.
 */
import type { Property } from '../model.ts';
import type { Figure } from './figures.ts';
import type { PropertyIndex } from './properties.ts';
import type { Mention } from './subjects.ts';

const JOIN = /^\s*,?\s*(?:(?:and|or|&)\s+)?$/i;

/** Runs of two or more items whose gaps are only commas and "and"/"or". */
export function runs<T extends { start: number; end: number }>(text: string, items: readonly T[]): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && JOIN.test(text.slice(last.end, item.start))) run.push(item);
    else {
      if (run.length > 1) out.push(run);
      run = [item];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}

export interface ListSubjects {
  /** A figure of a list paired with the subject at the same place in a list before it. */
  paired: Map<Figure, string>;
  /** A figure that every subject of the list before it shares. */
  shared: Map<Figure, string[]>;
}

export function listSubjects(text: string, figures: readonly Figure[], mentions: readonly Mention[]): ListSubjects {
  const paired = new Map<Figure, string>();
  const shared = new Map<Figure, string[]>();
  const subjectRuns = runs(text, mentions).filter((r) => new Set(r.map((m) => m.subject)).size === r.length);
  if (subjectRuns.length === 0) return { paired, shared };
  const figureRuns = runs(text, figures);
  for (const fr of figureRuns) {
    const before = subjectRuns.filter((sr) => sr[sr.length - 1].end <= fr[0].start);
    const sr = before[before.length - 1];
    if (sr && sr.length === fr.length) fr.forEach((f, i) => paired.set(f, sr[i].subject));
  }
  const inRun = new Set(figureRuns.flat());
  for (const f of figures) {
    if (inRun.has(f)) continue;
    const sr = subjectRuns.find((r) => r[r.length - 1].end <= f.start && /^[\s,]+(?:all|both|each)\b[^.;]*$/i.test(text.slice(r[r.length - 1].end, f.start)));
    if (sr) shared.set(f, sr.map((m) => m.subject));
  }
  return { paired, shared };
}

export interface PriceHint {
  /** "input" or "output", from "$2.50/$15 (input/output)". */
  side?: string;
  /** The basis of an earlier price in the sentence, for a bare one after it. */
  basis?: string;
}

/** What a sentence says about its bare prices: pairs written "A/B (input/output)", and a basis stated once for several prices. */
export function priceHints(text: string, figures: readonly Figure[]): Map<Figure, PriceHint> {
  const out = new Map<Figure, PriceHint>();
  const money = figures.filter((f) => f.value.type === 'money');
  for (let i = 0; i + 1 < money.length; i++) {
    const [a, b] = [money[i], money[i + 1]];
    if (text.slice(a.end, b.start).trim() !== '/') continue;
    // The labels follow the first pair, or the next "(x/y)" in the sentence.
    const label = /\(\s*([a-z]+)\s*\/\s*([a-z]+)\s*\)/i.exec(text.slice(b.end));
    if (!label) continue;
    out.set(a, { side: label[1].toLowerCase() });
    out.set(b, { side: label[2].toLowerCase() });
    // A later pair "to $5.30/$30" reads the same way.
    for (let j = i + 2; j + 1 < money.length; j++) {
      if (text.slice(money[j].end, money[j + 1].start).trim() !== '/') continue;
      out.set(money[j], { side: label[1].toLowerCase() });
      out.set(money[j + 1], { side: label[2].toLowerCase() });
    }
    break;
  }
  let basis: string | undefined;
  for (const f of money) {
    const b = (f.value as { basis?: string }).basis;
    if (b) basis = b;
    else if (basis) out.set(f, { ...out.get(f), basis });
  }
  return out;
}

/**
 * "$30 for each million output tokens", "input now costs $5.30": a bare price whose words name one
 * side (input or output), after it up to the next amount, else before it since the previous one.
 */
export function sideNear(text: string, f: Figure): PriceHint | undefined {
  if (f.value.type !== 'money') return undefined;
  const one = (words: string): string | undefined => {
    const sides = new Set((words.match(/\b(?:input|output)\b/gi) ?? []).map((x) => x.toLowerCase()));
    return sides.size === 1 ? [...sides][0] : undefined;
  };
  const side = one(text.slice(f.end).split(/[;:.$€£]|,\s/)[0]) ?? one(text.slice(0, f.start).split(/[;:.$€£]|,\s/).pop() ?? '');
  return side ? { side } : undefined;
}

/**
 * "… 58.1 percent and 86.4 percent respectively": the figures of the list take, in order, the
 * properties whose labels the sentence named before them (as many as there are figures).
 */
export function respectiveProperties(ix: PropertyIndex, text: string, figures: readonly Figure[]): Map<Figure, Property> {
  const out = new Map<Figure, Property>();
  const at = text.search(/\brespectively\b/i);
  if (at < 0) return out;
  const group: Figure[] = [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.end > at) continue;
    const between = text.slice(f.end, group.length ? group[0].start : at);
    if (!/^[\s,;]*(?:and|or)?[\s,;]*(?:,\s*)?$/i.test(between)) break;
    group.unshift(f);
  }
  if (group.length < 2) return out;
  const labels: { property: Property; index: number }[] = [];
  for (const e of ix.entries) {
    for (const m of text.slice(0, group[0].start).matchAll(e.phrase)) {
      if (!labels.some((l) => l.property === e.property)) labels.push({ property: e.property, index: m.index });
    }
  }
  labels.sort((a, b) => a.index - b.index);
  if (labels.length !== group.length) return out;
  group.forEach((f, i) => out.set(f, labels[i].property));
  return out;
}
