/** Invariants of the real corpus in claims/ and sources/: it is the project's own first user. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/node/load-project.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const project = loadProject(ROOT);
const { corpus } = project;
const sources = new Map(corpus.sources.map((s) => [s.id, s]));

describe('the real corpus', () => {
  it('passes the check with no errors and loses no file', () => {
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.stats.claims.invalid).toBe(0);
    expect(corpus.claims.length).toBe(project.stats.claims.read);
    expect(corpus.sources.length).toBe(project.stats.sources.read);
  });

  it('holds five archived articles and the upstreams they cite', () => {
    const archived = corpus.sources.filter((s) => s.archived);
    expect(archived.length).toBe(5);
    for (const s of archived) for (const c of s.cites) expect(sources.has(c), `${s.id} cites ${c}`).toBe(true);
    expect(corpus.sources.filter((s) => !s.archived).length).toBeGreaterThanOrEqual(6);
  });

  it('has well over 60 reports, and every claim has at least one', () => {
    const reports = corpus.claims.flatMap((c) => c.reports);
    expect(reports.length).toBeGreaterThan(60);
    for (const c of corpus.claims) expect(c.reports.length, c.id).toBeGreaterThan(0);
  });

  it('verifies every quote: its range in the archived text normalises to the quote', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').trim();
    for (const c of corpus.claims) {
      for (const r of c.reports) {
        const s = sources.get(r.source)!;
        expect(s.archived, `${c.id}: ${r.source}`).toBe(true);
        expect(r.quoteRange, `${c.id}: ${r.quote}`).toBeDefined();
        expect(norm(s.body.slice(r.quoteRange!.start, r.quoteRange!.end))).toBe(norm(r.quote));
      }
    }
  });

  it('attributes every via to a source the reporting article cites', () => {
    for (const c of corpus.claims) {
      for (const r of c.reports) if (r.via) expect(sources.get(r.source)!.cites, `${c.id}: ${r.source} via ${r.via}`).toContain(r.via);
    }
  });

  const seeds = join(ROOT, '..', 'shared', 'seeds');
  it.runIf(existsSync(seeds))('keeps each seed article verbatim as an archived body', () => {
    const bodies = corpus.sources.filter((s) => s.archived).map((s) => s.body);
    for (const name of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, name), 'utf8');
      expect(bodies.some((b) => b.trimEnd() === text.trimEnd()), name).toBe(true);
    }
  });
});
