/** Words the site shows for statuses, flag kinds and propositions. Text first: color only decorates. */
import type { ClaimStatus, FlagKind } from '../core/model.ts';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  contested: 'Contested',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
};

export const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  contested: 'At least two sources give values that cannot both be true.',
  corroborated: 'At least two independent origins agree, allowing for precision and bounds.',
  'single-source': 'Only one origin reports it; nothing confirms or contradicts it yet.',
};

/** A glyph beside the status text, so status never depends on color. */
export const STATUS_ICONS: Record<ClaimStatus, string> = {
  contested: '≠',
  corroborated: '✓',
  'single-source': '○',
};

export function statusLabel(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_LABELS, status) ? STATUS_LABELS[status as ClaimStatus] : 'Unknown';
}

export function statusIcon(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_ICONS, status) ? STATUS_ICONS[status as ClaimStatus] : '?';
}

export function statusDescription(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_DESCRIPTIONS, status) ? STATUS_DESCRIPTIONS[status as ClaimStatus] : '';
}

/** CSS class suffix: only known statuses, so data never reaches a class attribute. */
export function statusClass(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_LABELS, status) ? status : 'unknown';
}

export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  'value-conflict': 'Conflicting values',
  'possible-misreading': 'Possible misreadings',
  'citation-mismatch': 'Citation mismatches',
  'internal-inconsistency': 'Internal inconsistencies',
};

export const FLAG_KIND_DESCRIPTIONS: Record<FlagKind, string> = {
  'value-conflict': 'Sources give values for the same claim that cannot both be true.',
  'possible-misreading': 'The same figure turns up in different claims from sources that trace to one origin: one of them may have misread it.',
  'citation-mismatch': 'Sources agree on a figure but credit it to different upstreams; at least one attribution is probably wrong.',
  'internal-inconsistency': 'One source contradicts itself: two of its values disagree, or break a relation such as a blended price between input and output prices.',
};

/** One flag's kind, singular: "Citation mismatch". */
export const FLAG_KIND_NAMES: Record<FlagKind, string> = {
  'value-conflict': 'Conflicting values',
  'possible-misreading': 'Possible misreading',
  'citation-mismatch': 'Citation mismatch',
  'internal-inconsistency': 'Internal inconsistency',
};

export function flagKindLabel(kind: string): string {
  return Object.hasOwn(FLAG_KIND_NAMES, kind) ? FLAG_KIND_NAMES[kind as FlagKind] : kind;
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
