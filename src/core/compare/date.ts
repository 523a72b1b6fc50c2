/** Dates agree at the coarser of their two precisions; two different days never do. */
import type { DateValue } from '../model.ts';
import { formatDate } from '../values/date.ts';
import { quotePair } from './numeric.ts';
import type { Comparison } from './types.ts';

const RANK = { year: 0, month: 1, day: 2 } as const;

export function compareDates(a: DateValue, b: DateValue): Comparison {
  const fa = formatDate(a);
  const fb = formatDate(b);
  const overlap = a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
  if (a.precision === 'day' && b.precision === 'day') {
    if (a.firstDay === b.firstDay) return { agree: true };
    if (Math.abs(a.firstDay - b.firstDay) === 1) {
      return {
        agree: false,
        diagnosis: 'one-day-apart',
        note: `${quotePair(fa, fb)} are one day apart; a publication date taken for the event date, or a time zone, often explains this.`,
      };
    }
    return { agree: false, diagnosis: 'different-days', note: `${quotePair(fa, fb)} are different days.` };
  }
  if (a.precision !== b.precision) {
    const [coarse, fine] = RANK[a.precision] < RANK[b.precision] ? [fa, fb] : [fb, fa];
    if (overlap) {
      return { agree: true, diagnosis: 'coarser-date-agrees', note: `"${fine}" falls within "${coarse}".` };
    }
    return { agree: false, diagnosis: 'value-mismatch', note: `"${fine}" does not fall within "${coarse}".` };
  }
  if (a.iso === b.iso) return { agree: true };
  return { agree: false, diagnosis: 'value-mismatch', note: `${quotePair(fa, fb)} are different ${a.precision}s.` };
}
