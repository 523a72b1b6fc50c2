/**
 * Flag kinds on the site: a kind's name, flags grouped by kind, the flags worth showing first. The words
 * and severities come from the rules themselves (src/core/rules/), so a new rule needs nothing here.
 */
import type { Flag, FlagSeverity } from '../core/model.ts';
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

/** Every kind that has flags, in the rule set's order; in each, open flags first, by severity (byImportance). */
export function groupFlagsByKind(flags: Flag[], rules: readonly RuleDeclaration[] = defaultRules): FlagGroup[] {
  return rules
    .map((rule) => ({
      kind: rule.kind,
      label: rule.label,
      description: rule.description,
      flags: byImportance(flags.filter((f) => f.kind === rule.kind)),
    }))
    .filter((g) => g.flags.length > 0);
}

const SEVERITY_RANK: Record<FlagSeverity, number> = { high: 3, medium: 2, low: 1 };

/** How a flag ranks: by its severity (set by the engine from its rule), then how many sources it involves. */
function rank(f: Flag): number {
  return SEVERITY_RANK[f.severity ?? 'low'] * 1000 + new Set(f.sources).size;
}

/** Open flags before resolved ones, then by severity and sources; ties keep the engine's stable order. */
export function byImportance(flags: Flag[]): Flag[] {
  return flags
    .map((f, i) => ({ f, i, open: f.resolved ? 0 : 1, w: rank(f) }))
    .sort((a, b) => b.open - a.open || b.w - a.w || a.i - b.i)
    .map((x) => x.f);
}

/**
 * The contradictions to show first: only flags no verdict has resolved, the most severe first
 * (each rule declares its flags' severity), then those that involve more sources.
 */
export function importantFlags(flags: Flag[], limit: number): Flag[] {
  return byImportance(flags.filter((f) => !f.resolved)).slice(0, limit);
}
