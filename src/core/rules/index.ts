/**
 * The registered rules, in the order their kinds are listed everywhere. This list is the
 * only place a rule is named: `FLAG_KINDS`, the site's labels, the home page's ranking and
 * the API's counts all derive from what each rule declares (see types.ts). To add a rule,
 * write `src/core/rules/<kind>.ts` exporting `defineRule({ … })`, add one line here and
 * write `tests/core/rules/<kind>.test.ts`; tests/core/rules/registry.test.ts fails until
 * all three exist and the docs' tables name the new kind.
 *
 * The list is written out rather than read from the folder: Node has no static import of a
 * directory, a deferred import() would make every caller async, and an explicit list keeps
 * the order (which is the order kinds are shown in) deliberate. The registry test reads the
 * folder instead, so a rule file missing from this list cannot go unnoticed.
 */
import { arithmeticMismatch } from './arithmetic-mismatch.ts';
import { citationMismatch } from './citation-mismatch.ts';
import { internalInconsistency } from './internal-inconsistency.ts';
import { possibleMisreading } from './possible-misreading.ts';
import { kindsOf, ruleSet } from './registry.ts';
import { valueConflict } from './value-conflict.ts';

export { defineRule, ruleDeclarationSchema } from './types.ts';
export type { CorpusIndex, ReportRef, Rule, RuleContext, RuleDeclaration } from './types.ts';
export { kindsOf, ruleOfKind, ruleSet } from './registry.ts';

export const defaultRules = ruleSet([valueConflict, possibleMisreading, citationMismatch, internalInconsistency, arithmeticMismatch]);

/** A kind of flag the registered rules raise. */
export type FlagKind = (typeof defaultRules)[number]['kind'];

export const FLAG_KINDS: readonly FlagKind[] = kindsOf(defaultRules);
