/** What comparing two reported values says. */
export interface Comparison {
  /** False only when the two values cannot both be true. Values that cannot be compared agree. */
  agree: boolean;
  /** Short machine-readable reason, from DIAGNOSES. */
  diagnosis?: Diagnosis;
  /** One sentence for a reader. */
  note?: string;
}

export const DIAGNOSES = [
  'unit-slip',
  'one-day-apart',
  'different-days',
  'opposite-direction',
  'value-mismatch',
  'boolean-mismatch',
  'text-mismatch',
  'type-mismatch',
  'different-precision',
  'bound-compatible',
  'coarser-date-agrees',
  'equivalent-forms',
  'different-basis',
  'different-currency',
  'list-contains',
  'list-overlaps',
] as const;
export type Diagnosis = (typeof DIAGNOSES)[number];
