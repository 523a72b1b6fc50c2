/** conflicts.json: every flag the analysis raised, with counts per kind. */
import type { Analysis, Corpus, FlagKind } from '../model.ts';
import { FLAG_KINDS } from '../model.ts';
import type { ExportOptions } from './shared.ts';
import { header } from './shared.ts';

export function buildConflictsJson(corpus: Corpus, analysis: Analysis, options: ExportOptions = {}) {
  const titles = new Map(corpus.sources.map((s) => [s.id, s.title]));
  const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
  for (const f of analysis.flags) counts[f.kind] += 1;
  const flags = analysis.flags.map((f) => ({
    ...f,
    claims: [...f.claims],
    sources: [...f.sources],
    values: f.values.map((v) => ({ ...v })),
    sourceTitles: Object.fromEntries(f.sources.map((s) => [s, titles.get(s) ?? s])),
  }));
  return { ...header(options), counts, flags };
}
