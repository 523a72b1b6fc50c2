/**
 * Puts the values a relation links on one number line. Money is compared per single unit
 * of its basis ("$1,200 per 1M tokens" is $0.0012 per token) so a blended price per million
 * tokens can sit between input and output prices per million input/output tokens. Money on
 * unrelated bases (per month vs per token) or in different currencies is not compared.
 * A price written bare ("$5.30") already carries its property's basis: the validator supplies it.
 */
import type { Interval, TypedValue } from '../model.ts';
import { closed, scale } from '../values/interval.ts';
import { readNumeral } from '../values/numeral.ts';

interface Range {
  interval: Interval;
  /** Values with the same family can be set against each other. */
  family: string;
}

function basisParts(basis: string | undefined): { count: number; noun: string } {
  if (!basis) return { count: 1, noun: '' };
  const numeral = readNumeral(basis);
  if (numeral && numeral.value > 0) return { count: numeral.value, noun: numeral.rest };
  return { count: 1, noun: basis };
}

/** Last word of the basis noun, so "input tokens" and "tokens" compare but "month" does not. */
function headNoun(noun: string): string {
  const words = noun.toLowerCase().split(/\s+/).filter(Boolean);
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

export function relationRange(v: TypedValue): Range | undefined {
  switch (v.type) {
    case 'number':
    case 'percent':
    case 'multiplier':
      return { interval: v.interval, family: v.type };
    case 'change':
      return { interval: v.factor, family: 'change' };
    case 'money': {
      const { count, noun } = basisParts(v.basis);
      return { interval: scale(v.interval, 1 / count), family: `money:${v.currency}:${headNoun(noun)}` };
    }
    case 'date':
      return { interval: closed(v.firstDay, v.lastDay), family: 'date' };
    case 'boolean':
    case 'text':
      return undefined;
  }
  // Exhaustive on purpose: a new value type must say here whether it lies on a number line.
  const unhandled: never = v;
  return unhandled;
}
