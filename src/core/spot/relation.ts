/**
 * How a figure stands to the claim base, by the engine's own comparison: it agrees with
 * every report of its claim, conflicts with at least one, is new (known subject and
 * property, no claim), or is unmatched.
 */
import { compareValues } from '../compare/index.ts';
import type { Claim, TypedValue } from '../model.ts';
import type { Finding } from './finding.ts';

export interface RelationInput {
  claim: Claim | undefined;
  value: TypedValue;
  sourceId: string;
  /** Offsets of the figure in the source body. */
  start: number;
  end: number;
}

export function relate(input: RelationInput): Pick<Finding, 'relation' | 'recorded' | 'note' | 'against'> {
  const { claim, value } = input;
  if (!claim) return { relation: 'new' };
  const recorded = claim.reports.some((r) => r.source === input.sourceId && r.quoteRange && r.quoteRange.start <= input.start && input.end <= r.quoteRange.end);
  const against: { source: string; value: string }[] = [];
  const notes: string[] = [];
  for (const r of claim.reports) {
    const c = compareValues(value, r.value);
    if (!c.agree) {
      against.push({ source: r.source, value: String(r.raw) });
      if (c.note && !notes.includes(c.note)) notes.push(c.note);
    } else if (c.note && c.diagnosis !== 'different-precision' && !notes.includes(c.note)) notes.push(c.note);
  }
  const base = { ...(recorded ? { recorded } : {}), ...(notes.length ? { note: notes.join(' ') } : {}) };
  return against.length ? { relation: 'conflicts', against, ...base } : { relation: 'agrees', ...base };
}
