/**
 * A rule set: the rules an analysis runs, in the order their kinds are listed everywhere
 * (flags, groups on the site, counts in the API). Passed around as data, so a test can
 * run the defaults plus a rule of its own without touching anything global.
 */
import type { Rule } from './types.ts';
import { ruleDeclarationSchema } from './types.ts';

/** Checks every declaration and that no two rules share a kind; returns the same rules. */
export function ruleSet<const R extends readonly Rule[]>(rules: R): R {
  const seen = new Set<string>();
  for (const rule of rules) {
    const parsed = ruleDeclarationSchema.safeParse(rule);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(rule)'} ${i.message}`).join('; ');
      throw new Error(`The rule ${JSON.stringify(rule?.kind)} is declared wrongly: ${problems}.`);
    }
    if (seen.has(rule.kind)) throw new Error(`Two rules declare the flag kind ${JSON.stringify(rule.kind)}; each kind belongs to one rule.`);
    seen.add(rule.kind);
  }
  return rules;
}

/** The kinds of a rule set, in its order. */
export function kindsOf<R extends readonly Rule[]>(rules: R): R[number]['kind'][] {
  return rules.map((r) => r.kind);
}

/** The rule that raises flags of `kind`, if the set has one. */
export function ruleOfKind(rules: readonly Rule[], kind: string): Rule | undefined {
  return rules.find((r) => r.kind === kind);
}
