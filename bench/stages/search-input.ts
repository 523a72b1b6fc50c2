/**
 * From a loaded project to the search builder's input. The site's own mapping
 * (searchInput in src/pages/_lib/search-data.ts) sits behind `astro:content` and cannot be
 * imported outside Astro, so this mirrors it field by field; the generated corpus has no
 * markdown in notes, so plain notes equal the site's markdownToText.
 */
import { rawText } from '../../src/site/format.ts';
import type { SearchInput } from '../../src/core/search/index.ts';
import type { LoadedProject } from '../../src/node/load-project.ts';

export function searchInputOf(project: LoadedProject): SearchInput {
  const { corpus, analysis } = project;
  const subjects = new Map(corpus.subjects.map((s) => [s.id, s]));
  const properties = new Map(corpus.properties.map((p) => [p.id, p]));
  return {
    claims: corpus.claims.map((c) => ({
      id: c.id,
      subjectId: c.subject,
      subjectName: subjects.get(c.subject)?.name ?? c.subject,
      aliases: subjects.get(c.subject)?.aliases ?? [],
      propertyLabel: properties.get(c.property)?.label ?? c.property,
      propertyType: properties.get(c.property)?.type ?? 'text',
      qualifiers: Object.keys(c.qualifiers).sort().map((k) => subjects.get(c.qualifiers[k])?.name ?? c.qualifiers[k]),
      status: analysis.claims.get(c.id)?.status ?? 'single-source',
      values: [...new Set([...c.reports.map((r) => rawText(r.raw)), ...(c.verdict?.value !== undefined ? [rawText(c.verdict.value)] : [])])],
      quotes: c.reports.map((r) => r.quote),
      notes: [c.notes, c.verdict?.note ?? ''].filter(Boolean).join(' '),
      sources: [...new Set(c.reports.flatMap((r) => (r.via ? [r.source, r.via] : [r.source])))],
    })),
    sources: corpus.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.author ? { author: s.author } : {}),
      notes: s.notes ?? '',
      text: s.archived ? s.body : '',
    })),
  };
}
