/** The shape of a diff between two validated, analysed projects: what a reviewer needs to see. */
import type { Analysis, ClaimStatus, Corpus, Flag, Position, RawValue } from '../model.ts';

/** One side of a diff: a validated corpus and its analysis (a LoadedProject fits). */
export interface Snapshot {
  corpus: Corpus;
  analysis: Analysis;
}

export interface ReportRef {
  source: string;
  raw: RawValue;
  quote: string;
  via?: string;
  /** Where the report's value sits in its claim file (the side it exists on). */
  position: Position;
}

export interface ReportChange {
  before: ReportRef;
  after: ReportRef;
  /** Which report fields differ: 'value', 'quote', 'via'. */
  fields: string[];
}

export interface ClaimRef {
  id: string;
  file: string;
  reports: ReportRef[];
}

export interface ClaimChange {
  id: string;
  file: string;
  reports: { added: ReportRef[]; removed: ReportRef[]; changed: ReportChange[] };
  /** Claim-level fields that differ: 'topics', 'verdict', 'notes'. */
  fields: string[];
  status?: { before: ClaimStatus; after: ClaimStatus };
}

export interface SourceRef {
  id: string;
  file: string;
  title: string;
  archived: boolean;
}

export interface SourceChange extends SourceRef {
  /** Front matter fields that differ, plus 'text' when the archived text changed. */
  fields: string[];
}

export interface FlagChange {
  before: Flag;
  after: Flag;
  /** What differs: 'values', 'diagnosis', 'explanation'. */
  fields: string[];
}

export interface IdChanges {
  added: string[];
  removed: string[];
}

export interface ProjectDiff {
  claims: { added: ClaimRef[]; removed: ClaimRef[]; changed: ClaimChange[] };
  sources: { added: SourceRef[]; removed: SourceRef[]; changed: SourceChange[] };
  subjects: IdChanges;
  properties: IdChanges;
  flags: { added: Flag[]; removed: Flag[]; changed: FlagChange[] };
}
