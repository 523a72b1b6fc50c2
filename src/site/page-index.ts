/**
 * Per-page lookups that would otherwise scan every claim or flag once per page (quadratic
 * over a build): figures credited to a source, flags and mentions per subject, the
 * model × benchmark inputs. Built lazily, once per SiteData, and in the same order as the
 * scans they replace, so the pages render exactly what the scans produced.
 */
import type { Claim, Flag, Report, Subject } from '../core/model.ts';
import { comparisonMatrix, type Matrix, type MatrixClaim } from './matrix.ts';
import { matrixInputs, type SiteData } from './site-data.ts';

export interface PageIndex {
  /** Reports whose `via` is the source, in corpus order. */
  creditedTo: Map<string, Array<{ c: Claim; r: Report }>>;
  /** Flags with at least one claim about the subject, in flag order. */
  flagsBySubject: Map<string, Flag[]>;
  /** Claims about another subject that name the subject as a qualifier value, in corpus order. */
  mentions: Map<string, Claim[]>;
  benchmarks: Array<{ id: string; label: string }>;
  /** Matrix cells per subject, in corpus order. */
  cellsBySubject: Map<string, MatrixClaim[]>;
  /** Per property, each model subject with a claim on it, at the corpus position of its first such claim, ascending. */
  modelsByProperty: Map<string, Array<{ at: number; subject: string }>>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const built = new WeakMap<SiteData, PageIndex>();

export function pageIndex(data: SiteData): PageIndex {
  let index = built.get(data);
  if (!index) {
    index = buildPageIndex(data);
    built.set(data, index);
  }
  return index;
}

function buildPageIndex(data: SiteData): PageIndex {
  const creditedTo = new Map<string, Array<{ c: Claim; r: Report }>>();
  const mentions = new Map<string, Claim[]>();
  const modelsByProperty = new Map<string, Array<{ at: number; subject: string }>>();
  const seen = new Set<string>();
  data.corpus.claims.forEach((c, position) => {
    for (const r of c.reports) if (r.via !== undefined) push(creditedTo, r.via, { c, r });
    for (const s of new Set(Object.values(c.qualifiers))) if (s !== c.subject) push(mentions, s, c);
    const pair = `${c.property}\n${c.subject}`;
    if (data.subjects.get(c.subject)?.kind === 'model' && !seen.has(pair)) {
      seen.add(pair);
      push(modelsByProperty, c.property, { at: position, subject: c.subject });
    }
  });
  const flagsBySubject = new Map<string, Flag[]>();
  for (const f of data.analysis.flags) {
    const subjects = new Set<string>();
    for (const id of f.claims) {
      const s = data.claims.get(id)?.subject;
      if (s !== undefined) subjects.add(s);
    }
    for (const s of subjects) push(flagsBySubject, s, f);
  }
  const { benchmarks, cells } = matrixInputs(data);
  const cellsBySubject = new Map<string, MatrixClaim[]>();
  for (const cell of cells) push(cellsBySubject, cell.subject, cell);
  return { creditedTo, flagsBySubject, mentions, benchmarks, cellsBySubject, modelsByProperty };
}

/**
 * The models a subject page compares with: the subject, then every model with a claim on one
 * of the subject's own properties, in the corpus order of those claims.
 */
export function matrixPeers(data: SiteData, subjectId: string, own: Claim[]): string[] {
  const index = pageIndex(data);
  // A model's first claim on any of these properties is its first claim on one of them.
  const firsts = [...new Set(own.map((c) => c.property))].flatMap((p) => index.modelsByProperty.get(p) ?? []).sort((a, b) => a.at - b.at);
  const peers = new Set([subjectId]);
  for (const { subject } of firsts) peers.add(subject);
  return [...peers];
}

/** The matrix cells of the given subjects, each subject's cells in corpus order. */
export function cellsOf(data: SiteData, subjects: string[]): MatrixClaim[] {
  const index = pageIndex(data);
  return subjects.flatMap((s) => index.cellsBySubject.get(s) ?? []);
}

/** A model subject's comparison with its peers, or undefined when it has no benchmark score. */
export function subjectMatrix(data: SiteData, subject: Subject): Matrix | undefined {
  if (subject.kind !== 'model') return undefined;
  const peers = matrixPeers(data, subject.id, data.claimsBySubject.get(subject.id) ?? []);
  const models = peers.map((id) => ({ id, name: data.subjects.get(id)?.name ?? id }));
  // Only the peers' cells can land in the matrix, so the others are not passed in.
  const m = comparisonMatrix(models, pageIndex(data).benchmarks, cellsOf(data, peers), [subject.id]);
  return m.rows.some((r) => r.id === subject.id) ? m : undefined;
}
