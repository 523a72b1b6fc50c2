import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import { diffProjects, diffReports, flagHeadline, isEmptyDiff, namesOf, summarize, type Snapshot } from '../../../src/core/diff/index.ts';
import type { Corpus, Verdict } from '../../../src/core/model.ts';
import { buildCorpus, source, verdict, type CorpusSpec, type ReportSpec } from '../../helpers/corpus-builder.ts';

const SUBJECTS = [{ id: 'gpt-5-5', name: 'GPT-5.5' }];
const PROPERTIES = [{ id: 'swe-bench-pro', label: 'SWE-Bench Pro score', type: 'percent' as const }];

function snap(corpus: Corpus): Snapshot {
  return { corpus, analysis: analyze(corpus) };
}

function project(reports: ReportSpec[], extra: Partial<CorpusSpec> = {}): Snapshot {
  return snap(buildCorpus({ subjects: SUBJECTS, properties: PROPERTIES, claims: [{ subject: 'gpt-5-5', property: 'swe-bench-pro', reports }], ...extra }));
}

describe('diffProjects', () => {
  it('finds nothing between a project and itself', () => {
    const p = project([{ source: 'a', raw: '58.6%' }, { source: 'b', raw: '61.0%' }]);
    const d = diffProjects(p, p);
    expect(isEmptyDiff(d)).toBe(true);
    expect(summarize(d)).toBe('no changes to claims, reports, sources or registries');
  });

  it('reports a new report, the source it needs, and the value-conflict it creates', () => {
    const before = project([{ source: 'a', raw: '58.6%' }]);
    const after = project([{ source: 'a', raw: '58.6%' }, { source: 'b', raw: '61.0%' }]);
    const d = diffProjects(before, after);
    expect(d.claims.added).toEqual([]);
    expect(d.claims.changed).toHaveLength(1);
    expect(d.claims.changed[0].reports.added.map((r) => [r.source, r.raw])).toEqual([['b', '61.0%']]);
    expect(d.sources.added.map((s) => s.id)).toEqual(['b']);
    expect(d.flags.added.map((f) => f.kind)).toEqual(['value-conflict']);
    expect(d.flags.removed).toEqual([]);
    const headline = flagHeadline(d.flags.added[0], namesOf(before.corpus, after.corpus));
    expect(headline).toMatch(/^value-conflict.*: GPT-5\.5 · SWE-Bench Pro score /);
    expect(headline).toContain('58.6%');
    expect(headline).toContain('61.0%');
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('reports a flag as gone when the disagreeing report is removed, and the claim status change', () => {
    const before = project([{ source: 'a', raw: '58.6%' }, { source: 'b', raw: '61.0%' }]);
    const after = project([{ source: 'a', raw: '58.6%' }], { sources: [{ id: 'b' }] });
    const d = diffProjects(before, after);
    expect(d.flags.added).toEqual([]);
    expect(d.flags.removed.map((f) => f.id)).toEqual(before.analysis.flags.map((f) => f.id));
    expect(d.claims.changed[0].reports.removed.map((r) => r.source)).toEqual(['b']);
    expect(d.claims.changed[0].status).toEqual({ before: 'contested', after: 'single-source' });
    expect(d.sources.removed).toEqual([]);
  });

  it('sees a verdict change by what it says, not by where it is written, and a stance change on a report', () => {
    const judged = (v: Partial<Verdict>) => {
      const p = project([{ source: 'a', raw: '58.6%' }, { source: 'b', raw: '61.0%' }]);
      p.corpus.claims[0].verdict = verdict({ note: 'Checked.', resolves: ['value-conflict'], ...v });
      return snap(p.corpus);
    };
    expect(isEmptyDiff(diffProjects(judged({ resolvesAt: [{ line: 9, col: 14 }] }), judged({ resolvesAt: [{ line: 12, col: 14 }] })))).toBe(true);
    const d = diffProjects(judged({}), judged({ rating: 'accurate', value: '58.6%' }));
    expect(d.claims.changed[0].fields).toEqual(['verdict']);
    const before = project([{ source: 'a', raw: '58.6%' }]);
    const after = project([{ source: 'a', raw: '58.6%' }]);
    after.corpus.claims[0].reports[0] = { ...after.corpus.claims[0].reports[0], stance: 'speculates' };
    expect(diffProjects(before, snap(after.corpus)).claims.changed[0].reports.changed.map((c) => c.fields)).toEqual([['stance']]);
  });

  it('ignores report order, and pairs a changed value with its report', () => {
    const before = project([{ source: 'a', raw: '58.6%' }, { source: 'b', raw: '58.6%' }]);
    const reordered = project([{ source: 'b', raw: '58.6%' }, { source: 'a', raw: '58.6%' }]);
    expect(isEmptyDiff(diffProjects(before, reordered))).toBe(true);
    const edited = project([{ source: 'b', raw: '58.6%' }, { source: 'a', raw: '58.7%' }]);
    const d = diffProjects(before, edited);
    expect(d.claims.changed[0].reports.changed).toHaveLength(1);
    expect(d.claims.changed[0].reports.changed[0]).toMatchObject({ fields: ['value', 'quote'], before: { raw: '58.6%' }, after: { raw: '58.7%' } });
  });

  it('pairs two reports from one source by content, not by source alone', () => {
    const r = (raw: string) => ({ source: 'a', raw, value: undefined as never, quote: raw, position: { line: 1, col: 1 } });
    const d = diffReports([r('1%'), r('2%')], [r('2%'), r('3%'), r('1%')]);
    expect(d.added.map((x) => x.raw)).toEqual(['3%']);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
  });

  it('lists added and removed claims with their reports', () => {
    const before = snap(buildCorpus({ subjects: SUBJECTS, properties: PROPERTIES, claims: [] }));
    const after = project([{ source: 'a', raw: '58.6%' }]);
    const d = diffProjects(before, after);
    expect(d.claims.added.map((c) => [c.id, c.reports.length])).toEqual([['gpt-5-5/swe-bench-pro', 1]]);
    const back = diffProjects(after, before);
    expect(back.claims.removed.map((c) => c.id)).toEqual(['gpt-5-5/swe-bench-pro']);
    expect(summarize(d)).toBe('claim 1 added; report 1 added; source 1 added');
  });

  it('names the source fields and the archived text that changed', () => {
    const before = project([{ source: 'a', raw: '58.6%' }], { sources: [{ id: 'a', body: 'old text', cites: [] }] });
    const after = project([{ source: 'a', raw: '58.6%' }], { sources: [{ id: 'a', body: 'new text', cites: ['z'], title: 'Renamed' }, { id: 'z', archived: false }] });
    const d = diffProjects(before, after);
    expect(d.sources.changed).toEqual([expect.objectContaining({ id: 'a', fields: ['title', 'cites', 'text'] })]);
    expect(d.sources.added.map((s) => [s.id, s.archived])).toEqual([['z', false]]);
  });

  it('lists registry ids added and removed', () => {
    const before = project([{ source: 'a', raw: '58.6%' }]);
    const corpus = structuredClone(before.corpus);
    corpus.subjects.push({ id: 'claude-opus-4-7', name: 'Claude Opus 4.7', kind: 'model', aliases: [] });
    corpus.properties = corpus.properties.filter((p) => p.id !== 'unused');
    corpus.properties.push({ id: 'release-date', label: 'Release date', type: 'date', description: '' });
    const d = diffProjects(before, snap(corpus));
    expect(d.subjects).toEqual({ added: ['claude-opus-4-7'], removed: [] });
    expect(d.properties).toEqual({ added: ['release-date'], removed: [] });
  });

  it('is a mirror image when the sides swap, for any reports', () => {
    const reports = fc.array(fc.record({ source: fc.constantFrom('a', 'b', 'c'), raw: fc.constantFrom('58.6%', '61.0%', '61%', 'about 60%') }), { maxLength: 5 });
    fc.assert(
      fc.property(reports, reports, (x, y) => {
        const px = x.length ? project(x) : snap(buildCorpus({ subjects: SUBJECTS, properties: PROPERTIES, claims: [] }));
        const py = y.length ? project(y) : snap(buildCorpus({ subjects: SUBJECTS, properties: PROPERTIES, claims: [] }));
        const forward = diffProjects(px, py);
        const back = diffProjects(py, px);
        expect(forward.flags.added.map((f) => f.id)).toEqual(back.flags.removed.map((f) => f.id));
        expect(forward.claims.added.map((c) => c.id)).toEqual(back.claims.removed.map((c) => c.id));
        const sum = (d: typeof forward, k: 'added' | 'removed') => d.claims.changed.reduce((n, c) => n + c.reports[k].length, 0);
        expect(sum(forward, 'added')).toBe(sum(back, 'removed'));
        expect(isEmptyDiff(diffProjects(px, px))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps unchanged sources out of the diff even when other sources change', () => {
    const base = buildCorpus({ subjects: SUBJECTS, properties: PROPERTIES, claims: [] });
    const after = structuredClone(base);
    after.sources.push(source('new-one'));
    const d = diffProjects(snap(base), snap(after));
    expect(d.sources).toEqual({ added: [expect.objectContaining({ id: 'new-one' })], removed: [], changed: [] });
  });
});
