/**
 * `spot --write`: which findings become reports (decided per finding, by --accept or by a
 * y/n/q answer), writing them through `npm run new -- claim` so files look the same, and the
 * report of what changed, as `check --since` prints it.
 */
import type { Finding, Relation } from '../core/spot/index.ts';
import { newClaim } from './new-claim.ts';
import { indexProject } from './new-project.ts';

export const ACCEPTABLE: readonly Relation[] = ['agrees', 'conflicts', 'new'];

/** "agrees,conflicts" → the set, or a message naming what is wrong. */
export function parseAccept(text: string): { ok: true; accept: Set<Relation> } | { ok: false; problem: string } {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.filter((i) => !(ACCEPTABLE as readonly string[]).includes(i));
  if (items.length === 0 || wrong.length) {
    return { ok: false, problem: `--accept takes a comma-separated list of ${ACCEPTABLE.join(', ')}${wrong.length ? `; ${JSON.stringify(wrong[0])} is not one of them` : ''}.` };
  }
  return { ok: true, accept: new Set(items as Relation[]) };
}

/** A finding can become a report only when it names a claim and is not already recorded. */
export function writable(f: Finding): boolean {
  return f.relation !== 'unmatched' && !!f.claim && !!f.subject && !!f.property && !f.recorded;
}

export type Answer = 'yes' | 'no' | 'quit';

/** The decision for one finding: by the --accept list, or by the answer given in a terminal. */
export function decide(f: Finding, accept: Set<Relation> | undefined, answer?: Answer): Answer {
  if (!writable(f)) return 'no';
  if (answer) return answer;
  return accept?.has(f.relation) ? 'yes' : 'no';
}

export function readAnswer(text: string): Answer | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'y' || t === 'yes') return 'yes';
  if (t === 'n' || t === 'no' || t === '') return 'no';
  if (t === 'q' || t === 'quit') return 'quit';
  return undefined;
}

export interface WriteOutcome {
  written: number;
  lines: string[];
  failed: number;
}

/** Adds each finding as a report of `sourceId`, one `new claim` call each (it creates or appends). */
export async function writeFindings(root: string, sourceId: string, findings: readonly Finding[]): Promise<WriteOutcome> {
  const lines: string[] = [];
  let written = 0;
  let failed = 0;
  for (const f of findings) {
    // Indexed again each time: a claim created by the previous finding must be appended to, not recreated.
    const ix = indexProject(root);
    const qualifiers = Object.entries(f.qualifiers ?? {}).map(([k, v]) => `${k}=${v}`);
    const outcome = await newClaim(ix, { subject: f.subject, property: f.property, qualifiers, topics: [], source: sourceId, value: f.entry, quote: f.quote });
    if (outcome.code === 0) {
      written++;
      lines.push(outcome.out[0]);
    } else {
      failed++;
      lines.push(...outcome.err.map((e) => `${e} (line ${f.line}, ${JSON.stringify(f.value)})`));
    }
  }
  return { written, lines, failed };
}
