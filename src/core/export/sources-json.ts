/** sources.json: every source with what it reports, who cites it, and its flags. */
import type { Analysis, Corpus } from '../model.ts';
import type { ExportOptions } from './shared.ts';
import { byId, flagIndex, header } from './shared.ts';

export interface SourceJson {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  retrieved?: string;
  family?: string;
  kind: string;
  archived: boolean;
  file: string;
  notes?: string;
  cites: string[];
  /** Sources that list this one in `cites`, or cite it as a report's `via`. */
  citedBy: string[];
  claims: string[];
  reports: number;
  flags: string[];
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();

export function buildSourcesJson(corpus: Corpus, analysis: Analysis, options: ExportOptions = {}) {
  const flags = flagIndex(analysis.flags);
  const claimsOf = new Map<string, string[]>();
  const reportCount = new Map<string, number>();
  const citedBy = new Map<string, string[]>();
  const cite = (upstream: string, by: string): void => {
    if (upstream !== by) citedBy.set(upstream, [...(citedBy.get(upstream) ?? []), by]);
  };
  for (const s of corpus.sources) for (const c of s.cites) cite(c, s.id);
  for (const claim of corpus.claims) {
    for (const r of claim.reports) {
      claimsOf.set(r.source, [...(claimsOf.get(r.source) ?? []), claim.id]);
      reportCount.set(r.source, (reportCount.get(r.source) ?? 0) + 1);
      if (r.via) cite(r.via, r.source);
    }
  }
  const sources: SourceJson[] = [...corpus.sources].sort(byId).map((s) => ({
    id: s.id,
    title: s.title,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.author ? { author: s.author } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { published: s.published } : {}),
    ...(s.retrieved ? { retrieved: s.retrieved } : {}),
    ...(s.family ? { family: s.family } : {}),
    kind: s.kind,
    archived: s.archived,
    file: s.file,
    ...(s.notes ? { notes: s.notes } : {}),
    cites: sorted(s.cites),
    citedBy: sorted(citedBy.get(s.id) ?? []),
    claims: sorted(claimsOf.get(s.id) ?? []),
    reports: reportCount.get(s.id) ?? 0,
    flags: flags.bySource.get(s.id) ?? [],
  }));
  return { ...header(options), sources };
}
