/**
 * Plain-words labels for claims and flags in a diff report: "GPT-5.5 · SWE-Bench Pro score
 * 58.6% vs 61.0%" reads better in a pull request than ids. Names come from whichever
 * side of the diff still has them, so a removed claim is still named.
 */
import type { Corpus, Flag, RawValue } from '../model.ts';

export interface Names {
  subjects: Map<string, string>;
  properties: Map<string, string>;
  claims: Map<string, { subject: string; property: string; qualifiers: Record<string, string> }>;
}

/** Later corpora win, so pass (before, after) to prefer the new names. */
export function namesOf(...corpora: Corpus[]): Names {
  const names: Names = { subjects: new Map(), properties: new Map(), claims: new Map() };
  for (const c of corpora) {
    for (const s of c.subjects) names.subjects.set(s.id, s.name);
    for (const p of c.properties) names.properties.set(p.id, p.label);
    for (const cl of c.claims) names.claims.set(cl.id, { subject: cl.subject, property: cl.property, qualifiers: cl.qualifiers });
  }
  return names;
}

/** `gpt-5-5/swe-bench-pro` -> "GPT-5.5 · SWE-Bench Pro score"; qualifiers follow in parentheses. */
export function claimLabel(id: string, names: Names): string {
  const known = names.claims.get(id);
  if (!known) {
    const [subject, rest = ''] = id.split('/');
    const [property, ...quals] = rest.split('--');
    const base = `${names.subjects.get(subject) ?? subject} · ${names.properties.get(property) ?? property}`;
    return quals.length ? `${base} (${quals.map((q) => names.subjects.get(q) ?? q).join(', ')})` : base;
  }
  const base = `${names.subjects.get(known.subject) ?? known.subject} · ${names.properties.get(known.property) ?? known.property}`;
  const quals = Object.keys(known.qualifiers)
    .sort()
    .map((k) => `${k} ${names.subjects.get(known.qualifiers[k]) ?? known.qualifiers[k]}`);
  return quals.length ? `${base} (${quals.join(', ')})` : base;
}

export function rawText(raw: RawValue): string {
  return typeof raw === 'string' ? raw : String(raw);
}

/**
 * One line per flag: what disagrees and the values, e.g.
 * "value-conflict: GPT-5.5 · SWE-Bench Pro score 58.6% vs 61.0%".
 */
export function flagHeadline(flag: Flag, names: Names): string {
  const claims = [...new Set(flag.values.map((v) => v.claim))];
  const targets = claims.length > 0 ? claims : flag.claims;
  let what: string;
  if (targets.length === 1) {
    const values = [...new Set(flag.values.map((v) => rawText(v.raw)))];
    what = `${claimLabel(targets[0], names)}${values.length ? ` ${values.join(' vs ')}` : ''}`;
  } else {
    what = flag.values.length
      ? flag.values.map((v) => `${claimLabel(v.claim, names)} ${rawText(v.raw)}`).join(' vs ')
      : targets.map((c) => claimLabel(c, names)).join(' / ');
  }
  return `${flag.kind}${flag.diagnosis ? ` (${flag.diagnosis})` : ''}: ${what}`;
}

/** "according to a, b" — the sources behind a flag, in a stable order. */
export function flagSources(flag: Flag): string {
  return [...new Set(flag.sources)].sort().join(', ');
}
