/**
 * What the search indexes and shows: one document per claim, per source and per subject. The
 * build turns the site's data into these plain inputs, so this module knows nothing of Astro.
 */
import type { IndexedDoc } from './options.ts';

export interface SearchClaimInput {
  id: string;
  subjectId: string;
  subjectName: string;
  aliases: string[];
  propertyLabel: string;
  propertyType: string;
  qualifiers: string[];
  status: string;
  /** Values as the sources wrote them, then the verdict's value if any. */
  values: string[];
  quotes: string[];
  /** Notes and verdict note as plain text (markdown syntax removed). */
  notes: string;
  /** Ids of the reporting sources and of the upstreams they credit. */
  sources: string[];
}

export interface SearchSourceInput {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  notes: string;
  /** The archived text, or '' when the source is known only by citation. */
  text: string;
}

export interface SearchSubjectInput {
  id: string;
  name: string;
  /** The subject's kind as the registry names it ("model", "product", …). */
  kind: string;
  aliases: string[];
  description: string;
  /** How many claims are about it, for the result line. */
  claims: number;
}

export interface SearchInput {
  claims: SearchClaimInput[];
  sources: SearchSourceInput[];
  /** Optional so that an index of claims and sources alone stays a valid input. */
  subjects?: SearchSubjectInput[];
}

/**
 * What a result shows; fetched in chunks only for the results on screen. A source's
 * archived text is not in the chunk (`text` says whether it has one): it is fetched on its
 * own after the first results are shown, to pick a snippet.
 */
export type DisplayDoc =
  | { k: 'c'; id: string; title: string; status: string; values: string[]; quotes: string[]; note: string }
  | { k: 's'; id: string; title: string; publisher?: string; text: boolean }
  | { k: 'j'; id: string; title: string; kind: string; aliases: string[]; claims: number };

/** Filter codes per document: kind (0 claim, 1 source, 2 subject), then indexes into the facet lists (-1: none). */
export type FacetRow = [kind: 0 | 1 | 2, status: number, subject: number, type: number, sources: number[]];

export interface Facets {
  statuses: string[];
  subjects: string[];
  types: string[];
  sources: string[];
  rows: FacetRow[];
}

export interface PreparedDocs {
  indexed: IndexedDoc[];
  display: DisplayDoc[];
  facets: Facets;
  /** Archived texts by document number, for snippets. */
  texts: Map<number, string>;
}

export function claimTitle(c: Pick<SearchClaimInput, 'subjectName' | 'propertyLabel' | 'qualifiers'>): string {
  const quals = c.qualifiers.length > 0 ? ` (${c.qualifiers.join(', ')})` : '';
  return `${c.subjectName} · ${c.propertyLabel}${quals}`;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Claims first, then sources, then subjects, each sorted by id, so document numbers are stable
 * for a corpus (subjects come last so adding them left the other documents' numbers as they were).
 */
export function prepareDocs(input: SearchInput): PreparedDocs {
  const claims = [...input.claims].sort(byId);
  const sources = [...input.sources].sort(byId);
  const subjects = [...(input.subjects ?? [])].sort(byId);
  const lists = {
    statuses: new Set<string>(),
    subjects: new Set<string>(subjects.map((s) => s.id)),
    types: new Set<string>(),
    sources: new Set<string>(sources.map((s) => s.id)),
  };
  for (const c of claims) {
    lists.statuses.add(c.status);
    lists.subjects.add(c.subjectId);
    lists.types.add(c.propertyType);
    for (const s of c.sources) lists.sources.add(s);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const facets: Facets = {
    statuses: sorted(lists.statuses),
    subjects: sorted(lists.subjects),
    types: sorted(lists.types),
    sources: sorted(lists.sources),
    rows: [],
  };
  const index = (list: string[]) => new Map(list.map((v, n) => [v, n]));
  const at = { status: index(facets.statuses), subject: index(facets.subjects), type: index(facets.types), source: index(facets.sources) };

  const indexed: IndexedDoc[] = [];
  const display: DisplayDoc[] = [];
  const texts = new Map<number, string>();
  for (const c of claims) {
    const i = indexed.length;
    const title = claimTitle(c);
    indexed.push({
      i,
      name: [title, ...c.aliases, c.id].join(' '),
      value: c.values.join(' '),
      quote: c.quotes.join(' '),
      note: c.notes,
      text: '',
    });
    display.push({ k: 'c', id: c.id, title, status: c.status, values: c.values, quotes: c.quotes, note: c.notes });
    const srcs = [...new Set(c.sources)].map((s) => at.source.get(s) ?? -1).sort((a, b) => a - b);
    facets.rows.push([0, at.status.get(c.status) ?? -1, at.subject.get(c.subjectId) ?? -1, at.type.get(c.propertyType) ?? -1, srcs]);
  }
  for (const s of sources) {
    const i = indexed.length;
    const byline = [s.publisher, s.author].filter(Boolean).join(' ');
    indexed.push({ i, name: [s.title, byline, s.id].join(' '), value: '', quote: '', note: s.notes, text: s.text });
    display.push({ k: 's', id: s.id, title: s.title, ...(s.publisher ? { publisher: s.publisher } : {}), text: s.text.length > 0 });
    if (s.text.length > 0) texts.set(i, s.text);
    facets.rows.push([1, -1, -1, -1, [at.source.get(s.id) ?? -1]]);
  }
  for (const s of subjects) {
    const i = indexed.length;
    // Only its names: a description names other subjects ("the model GPT-5.5 succeeded"), and
    // the boost a subject gets in the client would then rank it first for their names.
    indexed.push({ i, name: [s.name, ...s.aliases, s.id].join(' '), value: '', quote: '', note: '', text: '' });
    display.push({ k: 'j', id: s.id, title: s.name, kind: s.kind, aliases: s.aliases, claims: s.claims });
    facets.rows.push([2, -1, at.subject.get(s.id) ?? -1, -1, []]);
  }
  return { indexed, display, facets, texts };
}
