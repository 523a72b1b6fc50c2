/**
 * The README's status and rating tables say exactly what the site shows beside each status and
 * verdict (src/site/labels.ts), and list exactly the statuses and ratings the model has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, VERDICT_RATINGS } from '../../src/core/model.ts';
import { NO_ORIGIN_DESCRIPTION, RATING_DESCRIPTIONS, STATUS_DESCRIPTIONS, STATUS_LABELS, statusDescription } from '../../src/site/labels.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The first table under `heading`: first cell (without backticks) → second cell. */
function table(heading: string, firstColumn: string): Map<string, string> {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = README.slice(start).split('\n');
  const header = lines.findIndex((l) => l.startsWith(`| ${firstColumn} |`));
  const rows = new Map<string, string>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [key, meaning] = line.split('|').slice(1, 3).map((c) => c.trim());
    rows.set(key.replace(/`/g, ''), meaning);
  }
  return rows;
}

describe('README status and rating tables', () => {
  it('lists every status, strongest first, with the meaning the site shows', () => {
    const rows = table('### Statuses', 'status');
    expect([...rows.keys()]).toEqual([...CLAIM_STATUSES]);
    for (const s of CLAIM_STATUSES) expect(rows.get(s), s).toBe(STATUS_DESCRIPTIONS[s]);
    expect(Object.keys(STATUS_LABELS)).toEqual([...CLAIM_STATUSES]);
  });

  it('describes a single-source claim with no independent origin as the reading it is, in the README too', () => {
    // Its "Why:" line says nothing states it as fact: "only one independent origin states it" contradicted it.
    expect(statusDescription('single-source', 0)).toBe(NO_ORIGIN_DESCRIPTION);
    expect(statusDescription('single-source', 1)).toBe(STATUS_DESCRIPTIONS['single-source']);
    expect(statusDescription('single-source')).toBe(STATUS_DESCRIPTIONS['single-source']);
    expect(statusDescription('contested', 0)).toBe(STATUS_DESCRIPTIONS.contested);
    expect(README.replace(/\s+/g, ' ')).toContain(NO_ORIGIN_DESCRIPTION);
  });

  it('lists the rating scale with the meaning the site shows beside a verdict', () => {
    const rows = table('### Verdicts', 'rating');
    expect([...rows.keys()]).toEqual([...VERDICT_RATINGS]);
    for (const r of VERDICT_RATINGS) expect(rows.get(r), r).toBe(RATING_DESCRIPTIONS[r]);
  });
});
