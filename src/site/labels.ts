/**
 * Words the site shows for statuses, flag kinds and propositions. Text first: color only
 * decorates. Flag kinds are named by their rules: see flagKindLabel in group.ts. This module
 * stays free of the engine because the search page's browser script imports it.
 */
import type { ClaimStatus, FlagSeverity, VerdictRating } from '../core/model.ts';

export { CLAIM_STATUSES } from '../core/model.ts';

/** In the order of CLAIM_STATUSES (strongest first), which the search filter and the counts follow. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  contested: 'Contested',
  inconsistent: 'Inconsistent',
  'disputed-reading': 'Disputed reading',
  resolved: 'Resolved',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
};

/** One line each, shown beside the status and in the README's table (a test keeps them equal). */
export const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  contested: 'Sources give values that cannot all be true, and no verdict has resolved it.',
  inconsistent: 'A source contradicts itself on this claim, and no verdict has resolved it.',
  'disputed-reading': 'The same figure is read as this claim by one source and as another claim by another; one of them may have misread it.',
  resolved: "An editor's verdict, with its evidence, settles the claim; any flag it resolves stays listed as resolved.",
  corroborated: 'At least two independent origins agree, allowing for precision and bounds; siblings and one upstream count once.',
  'single-source': 'Only one independent origin states it; nothing confirms or contradicts it yet.',
};

/** The verdict rating scale, one line each, shown with every verdict and in the README (a test keeps them equal). */
export const RATING_DESCRIPTIONS: Record<VerdictRating, string> = {
  accurate: 'The evidence confirms the claim, or the value the verdict settles on.',
  inaccurate: 'The evidence contradicts the claim as reported.',
  misleading: 'Literally supportable, but presented so that a reader draws a wrong conclusion.',
  unsupported: 'Nothing the editors could find backs the claim; it may still be true.',
  compatible: 'The reports differ in wording or detail but can all be true together: not a contradiction.',
};

export function ratingLabel(rating: string): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}

export function ratingDescription(rating: string): string {
  return Object.hasOwn(RATING_DESCRIPTIONS, rating) ? RATING_DESCRIPTIONS[rating as VerdictRating] : '';
}

export const SEVERITY_LABELS: Record<FlagSeverity, string> = { high: 'High severity', medium: 'Medium severity', low: 'Low severity' };

export function severityLabel(severity: string | undefined): string {
  return severity && Object.hasOwn(SEVERITY_LABELS, severity) ? SEVERITY_LABELS[severity as FlagSeverity] : '';
}

/** A glyph beside the status text, so status never depends on color. */
export const STATUS_ICONS: Record<ClaimStatus, string> = {
  contested: '≠',
  inconsistent: '⊘',
  'disputed-reading': '?',
  resolved: '✔',
  corroborated: '✓',
  'single-source': '○',
};

export function statusLabel(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_LABELS, status) ? STATUS_LABELS[status as ClaimStatus] : 'Unknown';
}

export function statusIcon(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_ICONS, status) ? STATUS_ICONS[status as ClaimStatus] : '?';
}

/**
 * Beside a single-source claim that no report states as fact: every report is inferred or
 * speculative, so "only one independent origin states it" would contradict its "Why:" line.
 */
export const NO_ORIGIN_DESCRIPTION = 'Only an inferred or speculative reading; no source states it as fact.';

/** The status's line; `origins`, the claim's independent origins, picks the line for a single source with none. */
export function statusDescription(status: string | undefined, origins?: number): string {
  if (status === 'single-source' && origins === 0) return NO_ORIGIN_DESCRIPTION;
  return status && Object.hasOwn(STATUS_DESCRIPTIONS, status) ? STATUS_DESCRIPTIONS[status as ClaimStatus] : '';
}

/** CSS class suffix: only known statuses, so data never reaches a class attribute. */
export function statusClass(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_LABELS, status) ? status : 'unknown';
}

/** Topics are ids ("computer-use"), with no registry of names: in words ("computer use"). */
export function topicsText(topics: readonly string[]): string {
  return topics.map((t) => t.replace(/-/g, ' ')).join(', ');
}

/** "versus: Claude Opus 4.7, variant: input tokens" — qualifier values named when known. */
export function qualifierText(qualifiers: Record<string, string>, names: (id: string) => string | undefined = () => undefined): string {
  return Object.keys(qualifiers)
    .sort()
    .map((k) => `${k.replace(/-/g, ' ')}: ${names(qualifiers[k]) ?? qualifiers[k].replace(/-/g, ' ')}`)
    .join(', ');
}

/** The proposition in plain words: "GPT-5.5 · Terminal-Bench 2.0 score · versus: Claude Opus 4.7". */
export function proposition(subjectName: string, propertyLabel: string, qualifiers: Record<string, string>, names?: (id: string) => string | undefined): string {
  const q = qualifierText(qualifiers, names);
  return q ? `${subjectName} · ${propertyLabel} · ${q}` : `${subjectName} · ${propertyLabel}`;
}
