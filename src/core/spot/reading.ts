/**
 * What spot reads an article with: the indexed claim base (`SpotIndex`, built once by `prepareSpot`)
 * and what the reading knows so far (`Context`: subjects named, the heading, the table header).
 */
import type { Claim, Corpus, Property } from '../model.ts';
import type { ComparisonIndex } from './comparisons.ts';
import type { NamePattern } from './mask.ts';
import type { PropertyIndex } from './properties.ts';
import type { SubjectIndex } from './subjects.ts';

export interface SpotIndex {
  corpus: Corpus;
  subjects: SubjectIndex;
  properties: PropertyIndex;
  names: NamePattern;
  versions: Set<string>;
  claims: Map<string, Claim>;
  /** For each property, the kinds of subject its existing claims are about ("model" for benchmark scores). */
  kinds: Map<string, Set<string>>;
  propertyById: Map<string, Property>;
  comparisons: ComparisonIndex;
}

export interface Context {
  /** Subjects named in full so far, most recent first. */
  recent: string[];
  main: string | undefined;
  /** Every subject the article names, most named first. */
  mains: string[];
  heading: string;
  /** Subjects the current heading names. */
  headingSubjects: string[];
  /** The first subject named by the last sentence of this paragraph that named one. */
  paragraph: string | undefined;
  tableHeader: string[] | undefined;
}
