/**
 * The line under a claim's status: how many reports, from how many independent origins, and
 * whether those origins agree, in words a reader takes in at once ("2 reports from 2
 * independent origins, which disagree" rather than "…, 0 agreeing").
 */
import { plural } from './format.ts';

export interface CountsInput {
  reports: number;
  /** Independent origins among the reports that state the value as fact. */
  origins: number;
  /** The most of those origins that agree with one another (status.ts), or with the verdict's value. */
  agreeing: number;
  /** The claim has a verdict with a value: agreeing means agreeing with it. */
  settled?: boolean;
}

function agreement({ origins, agreeing, settled }: CountsInput): string {
  if (origins < 2) return '';
  if (agreeing >= origins) return origins === 2 ? ', both agreeing' : ', all agreeing';
  if (settled) return agreeing === 0 ? ', none agreeing with the verdict' : `, ${agreeing} of them agreeing with the verdict`;
  if (agreeing === 0) return ', which disagree';
  // One is no agreement: no two origins confirm each other (at any one date, for a series).
  if (agreeing === 1) return ', none confirming another';
  return `, ${agreeing} of them agreeing`;
}

export function countsText(input: CountsInput): string {
  const origins = input.origins === 0 ? 'no independent origin' : plural(input.origins, 'independent origin');
  return `${plural(input.reports, 'report')} from ${origins}${agreement(input)}`;
}
