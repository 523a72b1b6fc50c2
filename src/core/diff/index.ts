/** Diffs between two validated, analysed projects, and their renderings for people and CI. */
export { diffProjects, diffReports, isEmptyDiff } from './diff.ts';
export { claimLabel, flagHeadline, namesOf, type Names } from './describe.ts';
export { renderDiffMarkdown } from './render-markdown.ts';
export { inline, renderDiffText, type Paint } from './render-text.ts';
export { flagSentence, summarize } from './summary.ts';
export type * from './types.ts';
