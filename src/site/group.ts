/** Grouping and ranking for lists: flags by kind, the flags worth showing first. */
import { FLAG_KINDS, type Flag, type FlagKind } from '../core/model.ts';
import { FLAG_KIND_DESCRIPTIONS, FLAG_KIND_LABELS } from './labels.ts';

export interface FlagGroup {
  kind: FlagKind;
  label: string;
  description: string;
  flags: Flag[];
}

/** Every kind that has flags, in the engine's kind order; flags keep their given order. */
export function groupFlagsByKind(flags: Flag[]): FlagGroup[] {
  return FLAG_KINDS.map((kind) => ({
    kind,
    label: FLAG_KIND_LABELS[kind],
    description: FLAG_KIND_DESCRIPTIONS[kind],
    flags: flags.filter((f) => f.kind === kind),
  })).filter((g) => g.flags.length > 0);
}

const KIND_WEIGHT: Record<FlagKind, number> = {
  'value-conflict': 3,
  'internal-inconsistency': 2,
  'citation-mismatch': 1.5,
  'possible-misreading': 1,
};

/**
 * The contradictions to show first: outright conflicts before heuristics, then those
 * that involve more sources; ties keep the engine's stable order.
 */
export function importantFlags(flags: Flag[], limit: number): Flag[] {
  const weight = (f: Flag) => (KIND_WEIGHT[f.kind] ?? 0) * 10 + new Set(f.sources).size;
  return flags
    .map((f, i) => ({ f, i, w: weight(f) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
}
