/**
 * Flag kinds on the site: a kind's name, flags grouped by kind, the flags worth showing first. The words
 * and weights come from the rules themselves (src/core/rules/), so a new rule needs nothing here.
 */
import type { Flag } from '../core/model.ts';
import { defaultRules, type RuleDeclaration } from '../core/rules/index.ts';

export interface FlagGroup {
  kind: string;
  label: string;
  description: string;
  flags: Flag[];
}

/** One flag's kind, singular, as its rule names it ("Citation mismatch"); an unknown kind is shown as is. */
export function flagKindLabel(kind: string, rules: readonly RuleDeclaration[] = defaultRules): string {
  return rules.find((r) => r.kind === kind)?.name ?? kind;
}

/** Every kind that has flags, in the rule set's order; flags keep their given order. */
export function groupFlagsByKind(flags: Flag[], rules: readonly RuleDeclaration[] = defaultRules): FlagGroup[] {
  return rules
    .map((rule) => ({
      kind: rule.kind,
      label: rule.label,
      description: rule.description,
      flags: flags.filter((f) => f.kind === rule.kind),
    }))
    .filter((g) => g.flags.length > 0);
}

/**
 * The contradictions to show first: outright conflicts before heuristics (each rule's
 * weight), then those that involve more sources; ties keep the engine's stable order.
 */
export function importantFlags(flags: Flag[], limit: number, rules: readonly RuleDeclaration[] = defaultRules): Flag[] {
  const weights = new Map(rules.map((r) => [r.kind, r.weight]));
  const weight = (f: Flag) => (weights.get(f.kind) ?? 0) * 10 + new Set(f.sources).size;
  return flags
    .map((f, i) => ({ f, i, w: weight(f) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
}
