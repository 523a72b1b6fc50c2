/**
 * Flag construction: stable ids, canonical ordering of everything a flag lists.
 * Ids are derived from content only (no clock, no randomness) so two builds of the
 * same corpus produce byte-identical output and diffs between builds mean something.
 */
import type { Flag } from '../model.ts';
import { compareRefs } from './context.ts';
import type { ReportRef } from '../rules/types.ts';
import { normalize } from '../values/index.ts';

/** FNV-1a, 32 bits, from a chosen offset; two offsets give 64 bits without BigInt. */
function fnv1a(text: string, offset: number): string {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function stableHash(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const unique = (items: string[]): string[] => [...new Set(items)].sort();

export interface FlagInput<K extends string = string> {
  kind: K;
  diagnosis?: string;
  refs: ReportRef[];
  explanation: string;
  /** Tells apart flags of one kind on the same claims and sources (a relation, a figure). */
  discriminator?: string;
}

export function flagId(kind: string, claims: string[], sources: string[], discriminator = ''): string {
  const material = [kind, claims.join(','), sources.join(','), discriminator].join('|');
  return `${kind}--${slug(claims[0] ?? 'corpus')}--${stableHash(material).slice(0, 10)}`;
}

export function makeFlag<K extends string>(input: FlagInput<K>): Flag<K> {
  const refs = [...new Set(input.refs)].sort(compareRefs);
  const claims = unique(refs.map((r) => r.claim.id));
  const sources = unique(refs.map((r) => r.report.source));
  return {
    id: flagId(input.kind, claims, sources, input.discriminator),
    kind: input.kind,
    ...(input.diagnosis ? { diagnosis: input.diagnosis } : {}),
    claims,
    sources,
    values: refs.map(({ claim, report }) => ({
      claim: claim.id,
      source: report.source,
      raw: report.raw,
      normalized: normalize(report.value),
      ...(report.via ? { via: report.via } : {}),
      ...(report.stance ? { stance: report.stance } : {}),
      ...(report.inferred ? { inferred: true } : {}),
      ...(report.asOf ? { asOf: report.asOf } : {}),
    })),
    explanation: input.explanation,
  };
}

/**
 * Kind order first (as the rule set lists its kinds; a kind it does not list goes last),
 * then id; duplicates by id are dropped.
 */
export function sortFlags<F extends Flag>(flags: F[], kinds: readonly string[]): F[] {
  const rank = (f: Flag): number => {
    const i = kinds.indexOf(f.kind);
    return i < 0 ? kinds.length : i;
  };
  const sorted = [...flags].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.explanation < b.explanation ? -1 : a.explanation > b.explanation ? 1 : 0),
  );
  return sorted.filter((f, i) => i === 0 || f.id !== sorted[i - 1].id);
}
