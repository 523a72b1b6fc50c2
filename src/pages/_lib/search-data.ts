/** The tiered search index, built once per build from the site data and shared by its endpoints. */
import { buildSearch, type BuiltSearch } from '../../core/search/build.ts';
import type { SearchInput } from '../../core/search/documents.ts';
import { rawText } from '../../site/format.ts';
import { markdownToText } from '../../site/markdown.ts';
import { propertyLabel, subjectName, type SiteData } from '../../site/site-data.ts';
import { siteData } from './data.ts';

let cached: Promise<BuiltSearch> | undefined;

export function searchInput(data: SiteData): SearchInput {
  return {
    claims: data.corpus.claims.map((c) => ({
      id: c.id,
      subjectId: c.subject,
      subjectName: subjectName(data, c.subject),
      aliases: data.subjects.get(c.subject)?.aliases ?? [],
      propertyLabel: propertyLabel(data, c.property),
      propertyType: data.properties.get(c.property)?.type ?? 'text',
      qualifiers: Object.keys(c.qualifiers)
        .sort()
        .map((k) => data.subjects.get(c.qualifiers[k])?.name ?? c.qualifiers[k]),
      status: data.analysis.claims.get(c.id)?.status ?? 'single-source',
      values: [...new Set([...c.reports.map((r) => rawText(r.raw)), ...(c.verdict?.value !== undefined ? [rawText(c.verdict.value)] : [])])],
      quotes: c.reports.map((r) => r.quote),
      notes: [markdownToText(c.notes), c.verdict ? markdownToText(c.verdict.note) : ''].filter(Boolean).join(' '),
      sources: [...new Set(c.reports.flatMap((r) => (r.via ? [r.source, r.via] : [r.source])))],
    })),
    sources: data.corpus.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.author ? { author: s.author } : {}),
      notes: markdownToText(s.notes ?? ''),
      text: s.archived ? s.body : '',
    })),
  };
}

export function searchIndex(): Promise<BuiltSearch> {
  cached ??= siteData().then((data) => buildSearch(searchInput(data)));
  return cached;
}
