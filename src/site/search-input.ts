/**
 * From the corpus and its analysis to the search builder's plain input. Framework-free, so
 * the site's endpoints and the benchmark build the index from the very same mapping.
 */
import type { Analysis, Corpus } from '../core/model.ts';
import type { SearchInput } from '../core/search/documents.ts';
import { qualifierValueName } from '../core/analyze/describe.ts';
import { rawText } from './format.ts';
import { markdownToText } from './markdown.ts';

export function searchInput(corpus: Corpus, analysis: Pick<Analysis, 'claims'>): SearchInput {
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  const claimsAbout = new Map<string, number>();
  for (const c of corpus.claims) claimsAbout.set(c.subject, (claimsAbout.get(c.subject) ?? 0) + 1);
  return {
    claims: corpus.claims.map((c) => ({
      id: c.id,
      subjectId: c.subject,
      subjectName: subjects.get(c.subject)?.name ?? c.subject,
      aliases: subjects.get(c.subject)?.aliases ?? [],
      propertyLabel: properties.get(c.property)?.label ?? c.property,
      propertyType: properties.get(c.property)?.type ?? 'text',
      qualifiers: Object.keys(c.qualifiers)
        .sort()
        .map((k) => qualifierValueName(c, c.qualifiers[k], (id) => subjects.get(id)?.name)),
      // The status comes from the analysis only (src/core/analyze/status.ts); a claim it has not seen has none.
      status: analysis.claims.get(c.id)?.status ?? '',
      values: [...new Set([...c.reports.map((r) => rawText(r.raw)), ...(c.verdict?.value !== undefined ? [rawText(c.verdict.value)] : [])])],
      quotes: c.reports.map((r) => r.quote),
      notes: [markdownToText(c.notes), c.verdict ? markdownToText(c.verdict.note) : ''].filter(Boolean).join(' '),
      sources: [...new Set(c.reports.flatMap((r) => (r.via ? [r.source, r.via] : [r.source])))],
    })),
    sources: corpus.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.author ? { author: s.author } : {}),
      notes: markdownToText(s.notes ?? ''),
      text: s.archived ? s.body : '',
    })),
    subjects: corpus.subjects.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      aliases: s.aliases,
      description: s.description ?? '',
      claims: claimsAbout.get(s.id) ?? 0,
    })),
  };
}
