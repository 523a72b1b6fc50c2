/** The likely-cause sentence for each diagnosis, shared by the conflict rules. */
import type { Diagnosis } from '../compare/types.ts';

/** Most telling first: when several pairs disagree for different reasons, the flag leads with this. */
export const DIAGNOSIS_PRIORITY: readonly string[] = [
  'unit-slip',
  'one-day-apart',
  'opposite-direction',
  'different-days',
  'value-mismatch',
  'boolean-mismatch',
  'text-mismatch',
  'type-mismatch',
];

export function leadingDiagnosis(diagnoses: (string | undefined)[]): string | undefined {
  const present = new Set(diagnoses.filter(Boolean));
  return DIAGNOSIS_PRIORITY.find((d) => present.has(d)) ?? [...present].sort()[0];
}

export function likelyCause(diagnosis: Diagnosis | string | undefined): string {
  switch (diagnosis) {
    case 'unit-slip':
      return 'The same number is written once as a multiplier and once as a percent ("35x lower" leaves a thirty-fifth of the cost, "35% lower" leaves 65%): one writer has probably slipped between "x" and "%".';
    case 'one-day-apart':
      return "The dates are exactly one day apart. An article's publication date taken for the event date, or a time zone difference around midnight, are the usual causes.";
    case 'different-days':
      return 'The dates are several days apart, so at least one probably belongs to a different event, such as an announcement, a rollout or the article itself.';
    case 'opposite-direction':
      return 'The changes point in opposite directions, so one writer has probably reversed the direction word.';
    case 'boolean-mismatch':
      return 'One says yes and another says no.';
    case 'text-mismatch':
      return 'The names or labels given differ.';
    case 'type-mismatch':
      return 'The values are of different kinds and cannot both describe this claim.';
    default:
      return 'The figures cannot all be right, even allowing for rounding and for bounds such as "over" or "about".';
  }
}

/**
 * Whether reports name two or more different baselines: figures measured against different
 * things may both be true. The value-conflict flag and the claim's status both say so.
 */
export function differentBaselines(reports: ReadonlyArray<{ baseline?: string }>): boolean {
  return new Set(reports.flatMap((r) => (r.baseline ? [r.baseline.toLowerCase()] : []))).size > 1;
}
