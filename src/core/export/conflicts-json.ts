/** conflicts.json: every flag the analysis raised, with counts per kind. */
import type { Analysis, Corpus } from '../model.ts';
import { defaultRules } from '../rules/index.ts';
import type { RuleDeclaration } from '../rules/types.ts';
import type { ExportOptions } from './shared.ts';
import { header } from './shared.ts';

export interface ConflictsJsonOptions extends ExportOptions {
  /** The rule set the analysis ran: its kinds, in its order, are the keys of `counts`. */
  rules?: readonly Pick<RuleDeclaration, 'kind'>[];
}

export function buildConflictsJson(corpus: Corpus, analysis: Analysis, options: ConflictsJsonOptions = {}) {
  const { rules = defaultRules, ...rest } = options;
  const titles = new Map(corpus.sources.map((s) => [s.id, s.title]));
  const counts: Record<string, number> = Object.fromEntries(rules.map((r) => [r.kind, 0]));
  // A kind outside the rule set is still counted rather than lost (it sorts last, as in the analysis).
  for (const f of analysis.flags) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  const flags = analysis.flags.map((f) => ({
    ...f,
    claims: [...f.claims],
    sources: [...f.sources],
    values: f.values.map((v) => ({ ...v })),
    sourceTitles: Object.fromEntries(f.sources.map((s) => [s, titles.get(s) ?? s])),
  }));
  // Resolved flags stay in the list (marked `resolved`); this says how many there are.
  const resolved = analysis.flags.filter((f) => f.resolved).length;
  return { ...header(rest), counts, resolved, flags };
}
