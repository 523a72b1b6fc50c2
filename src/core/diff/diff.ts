/**
 * diffProjects compares two validated, analysed projects (say origin/main and a pull
 * request) entity by entity: claims and their reports, sources, registry ids, and flags.
 * Flags are matched by their stable id, so a reviewer sees exactly which contradictions
 * a change creates or resolves. Pure: no I/O, deterministic output order.
 */
import type { Claim, Flag, Report, Source } from '../model.ts';
import type { ClaimChange, ClaimRef, FlagChange, IdChanges, ProjectDiff, ReportChange, ReportRef, Snapshot, SourceChange, SourceRef } from './types.ts';

export function diffProjects(before: Snapshot, after: Snapshot): ProjectDiff {
  return {
    claims: diffClaims(before, after),
    sources: diffSources(before.corpus.sources, after.corpus.sources),
    subjects: diffIds(
      before.corpus.subjects.map((s) => s.id),
      after.corpus.subjects.map((s) => s.id),
    ),
    properties: diffIds(
      before.corpus.properties.map((p) => p.id),
      after.corpus.properties.map((p) => p.id),
    ),
    flags: diffFlags(before.analysis.flags, after.analysis.flags),
  };
}

/** True when the diff has nothing to report. */
export function isEmptyDiff(d: ProjectDiff): boolean {
  return [d.claims, d.sources, d.subjects, d.properties, d.flags].every((group) =>
    Object.values(group).every((list: unknown[]) => list.length === 0),
  );
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function index<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

function diffIds(before: string[], after: string[]): IdChanges {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((id) => !b.has(id)).sort(), removed: before.filter((id) => !a.has(id)).sort() };
}

function reportRef(r: Report): ReportRef {
  return { source: r.source, raw: r.raw, quote: r.quote, position: r.position, ...(r.via ? { via: r.via } : {}) };
}

function claimRef(c: Claim): ClaimRef {
  return { id: c.id, file: c.file, reports: c.reports.map(reportRef) };
}

function diffClaims(before: Snapshot, after: Snapshot): ProjectDiff['claims'] {
  const old = index(before.corpus.claims);
  const now = index(after.corpus.claims);
  const added = after.corpus.claims.filter((c) => !old.has(c.id)).map(claimRef).sort(byId);
  const removed = before.corpus.claims.filter((c) => !now.has(c.id)).map(claimRef).sort(byId);
  const changed: ClaimChange[] = [];
  for (const c of after.corpus.claims) {
    const prev = old.get(c.id);
    if (!prev) continue;
    const reports = diffReports(prev.reports, c.reports);
    const fields: string[] = [];
    if (!sameList(prev.topics, c.topics)) fields.push('topics');
    if (JSON.stringify(verdictText(prev.verdict)) !== JSON.stringify(verdictText(c.verdict))) fields.push('verdict');
    if (prev.notes !== c.notes) fields.push('notes');
    const sb = before.analysis.claims.get(c.id)?.status;
    const sa = after.analysis.claims.get(c.id)?.status;
    const status = sb && sa && sb !== sa ? { before: sb, after: sa } : undefined;
    const reportsChanged = reports.added.length + reports.removed.length + reports.changed.length > 0;
    if (reportsChanged || fields.length > 0 || status) changed.push({ id: c.id, file: c.file, reports, fields, ...(status ? { status } : {}) });
  }
  return { added, removed, changed: changed.sort(byId) };
}

/**
 * Who and how: a change of claimant, stance or inferred reading is a change of the report. Its
 * date is left out: it follows the source's `published`, which is reported as a source change.
 */
const MANNER = ['claimant', 'stance', 'inferred'] as const;
const sameManner = (a: Report, b: Report) => MANNER.every((k) => a[k] === b[k]);
const sameReport = (a: Report, b: Report) => a.source === b.source && a.raw === b.raw && a.quote === b.quote && a.via === b.via && sameManner(a, b);

/**
 * Reports have no id of their own. Identical reports pair first, whatever their order;
 * then what is left of each source pairs in file order as "changed"; the rest were
 * added or removed. A source may report one claim twice, so the source alone is no key.
 */
export function diffReports(before: readonly Report[], after: readonly Report[]): ClaimChange['reports'] {
  const oldLeft = [...before];
  const newLeft: Report[] = [];
  for (const r of after) {
    const i = oldLeft.findIndex((o) => sameReport(o, r));
    if (i >= 0) oldLeft.splice(i, 1);
    else newLeft.push(r);
  }
  const changed: ReportChange[] = [];
  const added: ReportRef[] = [];
  for (const r of newLeft) {
    const i = oldLeft.findIndex((o) => o.source === r.source);
    if (i < 0) {
      added.push(reportRef(r));
      continue;
    }
    const [o] = oldLeft.splice(i, 1);
    const fields = [o.raw !== r.raw && 'value', o.quote !== r.quote && 'quote', o.via !== r.via && 'via', ...MANNER.map((k) => o[k] !== r[k] && k)].filter((f): f is string => !!f);
    changed.push({ before: reportRef(o), after: reportRef(r), fields });
  }
  return { added, removed: oldLeft.map(reportRef), changed };
}

const SOURCE_FIELDS = ['title', 'publisher', 'author', 'url', 'published', 'retrieved', 'family', 'kind', 'cites', 'archived', 'notes'] as const;

/** What a verdict says, without positions and parsed values, which move when nothing was edited. */
function verdictText(v: Claim['verdict']): unknown {
  if (!v) return null;
  return [v.rating, v.value ?? null, v.note, v.reviewer, v.reviewed, v.evidence.map((e) => [e.source, e.quote]), v.resolves];
}

function sourceRef(s: Source): SourceRef {
  return { id: s.id, file: s.file, title: s.title, archived: s.archived };
}

function diffSources(before: readonly Source[], after: readonly Source[]): ProjectDiff['sources'] {
  const old = index(before);
  const now = index(after);
  const changed: SourceChange[] = [];
  for (const s of after) {
    const prev = old.get(s.id);
    if (!prev) continue;
    const fields: string[] = SOURCE_FIELDS.filter((f) => JSON.stringify(prev[f] ?? null) !== JSON.stringify(s[f] ?? null));
    if (prev.body !== s.body) fields.push('text');
    if (fields.length > 0) changed.push({ ...sourceRef(s), fields });
  }
  return {
    added: after.filter((s) => !old.has(s.id)).map(sourceRef).sort(byId),
    removed: before.filter((s) => !now.has(s.id)).map(sourceRef).sort(byId),
    changed: changed.sort(byId),
  };
}

/** The values of a flag in a canonical order, so reordered reports are not a change. */
function flagValuesKey(f: Flag): string {
  return f.values
    .map((v) => JSON.stringify([v.claim, v.source, v.raw, v.via ?? null]))
    .sort()
    .join('\n');
}

function diffFlags(before: readonly Flag[], after: readonly Flag[]): ProjectDiff['flags'] {
  const old = index(before);
  const now = index(after);
  const changed: FlagChange[] = [];
  for (const f of after) {
    const prev = old.get(f.id);
    if (!prev) continue;
    const fields = [
      flagValuesKey(prev) !== flagValuesKey(f) && 'values',
      (prev.diagnosis ?? '') !== (f.diagnosis ?? '') && 'diagnosis',
      prev.explanation !== f.explanation && 'explanation',
    ].filter((x): x is string => !!x);
    if (fields.length > 0) changed.push({ before: prev, after: f, fields });
  }
  return {
    added: after.filter((f) => !old.has(f.id)).sort(byId),
    removed: before.filter((f) => !now.has(f.id)).sort(byId),
    changed: changed.sort((a, b) => byId(a.after, b.after)),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
