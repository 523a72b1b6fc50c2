/**
 * Every status a reader sees comes from the one status function (src/core/analyze/status.ts):
 * on the real corpus, /api/claims.json, reports.csv and the search index all carry exactly the
 * analysis's status, and no module that renders or exports claims names a status on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaimsJson, buildReportsCsv, CSV_COLUMNS } from '../../../src/core/export/index.ts';
import { CLAIM_STATUSES } from '../../../src/core/model.ts';
import { loadProject } from '../../../src/node/load-project.ts';
import { searchInput } from '../../../src/site/search-input.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const project = loadProject(ROOT);

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('one status everywhere', () => {
  const status = (id: string) => project.analysis.claims.get(id)?.status;

  it('gives claims.json, reports.csv and the search index the analysis status of each claim', () => {
    const json = buildClaimsJson(project.corpus, project.analysis);
    expect(json.claims.length).toBe(project.corpus.claims.length);
    for (const c of json.claims) expect(c.status, c.id).toBe(status(c.id));
    const [header, ...rows] = parseCsv(buildReportsCsv(project.corpus, project.analysis));
    expect(header).toEqual([...CSV_COLUMNS]);
    const at = header.indexOf('status');
    expect(rows.length).toBe(project.corpus.claims.reduce((n, c) => n + c.reports.length, 0));
    for (const r of rows) expect(r[at], r[0]).toBe(status(r[0]));
    for (const c of searchInput(project.corpus, project.analysis).claims) expect(c.status, c.id).toBe(status(c.id));
  });

  it('uses several statuses on the real corpus, so the comparison above means something', () => {
    const used = new Set([...project.analysis.claims.values()].map((a) => a.status));
    for (const s of ['resolved', 'inconsistent', 'disputed-reading', 'contested', 'corroborated', 'single-source']) expect(used, s).toContain(s);
    expect(CLAIM_STATUSES).toHaveLength(6);
  });

  it('has no status named outside the status function and the site words', () => {
    const dirs = ['src/site', 'src/core/export', 'src/pages', 'src/components'];
    const files = dirs.flatMap((d) => (readdirSync(join(ROOT, d), { recursive: true }) as string[]).map((f) => join(d, f))).filter((f) => /\.(ts|astro)$/.test(f));
    // labels.ts holds the words; the matrix reads a status (matrix.ts) and names it in its comment.
    const allowed = new Set(['src/site/labels.ts', 'src/site/matrix.ts', 'src/components/matrix.astro']);
    const literal = new RegExp(`['"](${CLAIM_STATUSES.join('|')})['"]`);
    const offenders = files.filter((f) => !allowed.has(f) && literal.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
