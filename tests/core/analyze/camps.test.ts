import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, RawValue, Source, TypedValue } from '../../../src/core/model.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { parseValue, type ValueType } from '../../../src/core/values/index.ts';
import { claimCampSplit, disagreeingReports, valueCamps, type CampReport } from '../../../src/core/analyze/camps.ts';
import { independentOrigins } from '../../../src/core/analyze/independence.ts';

function value(type: ValueType, raw: RawValue): TypedValue {
  const p = parseValue(type, raw);
  if (!p.ok) throw new Error(`test value ${String(raw)} does not parse as ${type}`);
  return p.value;
}
const report = (type: ValueType, raw: RawValue, source: string, via?: string): CampReport => ({ source, raw, value: value(type, raw), ...(via ? { via } : {}) });

describe('valueCamps', () => {
  it('puts two agreeing scores in one leading camp and marks only the third report', () => {
    const { camps, campOf, split } = valueCamps([report('percent', '82.7%', 'a'), report('percent', '82.7%', 'b'), report('percent', '79.1%', 'c')]);
    expect(camps.map((c) => c.reports)).toEqual([[0, 1], [2]]);
    expect(camps.map((c) => c.standing)).toEqual(['leading', 'odd']);
    expect(camps.map((c) => c.letter)).toEqual(['A', 'B']);
    expect(campOf).toEqual([0, 0, 1]);
    expect(split).toBe(false);
  });

  it('groups the release dates: a bracketed year agrees with the full date, the next day stands apart', () => {
    const { camps } = valueCamps([report('date', 'April 23, 2026', 'x'), report('date', 'April 24, 2026', 'y'), report('date', 'April 23 [2026]', 'z')]);
    expect(camps.map((c) => c.reports)).toEqual([[0, 2], [1]]);
    expect(camps[1].standing).toBe('odd');
    expect(camps[0].origins).toEqual(['x', 'z']);
  });

  it('counts independent origins, not articles: two articles repeating one upstream tie with one other article', () => {
    const { camps, split } = valueCamps([
      report('percent', '50%', 'a', 'up'),
      report('percent', '50%', 'b', 'up'),
      report('percent', '60%', 'c'),
    ]);
    expect(camps.map((c) => c.origins.length)).toEqual([1, 1]);
    // More reports break the tie for display order, but not for the standing: neither camp is the odd one out.
    expect(camps[0].reports).toEqual([0, 1]);
    expect(camps.map((c) => c.standing)).toEqual(['tied', 'tied']);
    expect(split).toBe(true);
  });

  it('is a split when "35x lower" meets "by 35%" one origin each', () => {
    const { camps, split } = valueCamps([report('change', '35x lower', 'a', 'nvidia'), report('change', 'by 35%', 'b')]);
    expect(camps).toHaveLength(2);
    expect(split).toBe(true);
    expect(camps.every((c) => c.standing === 'tied')).toBe(true);
  });

  it('lets a verdict decide which camp is marked, whatever the sizes', () => {
    const reports = [report('percent', '82.7%', 'a'), report('percent', '82.7%', 'b'), report('percent', '79.1%', 'c')];
    const { camps } = valueCamps(reports, { verdict: value('percent', '79.1%') });
    expect(camps.map((c) => [c.reports, c.standing])).toEqual([
      [[0, 1], 'odd'],
      [[2], 'verdict'],
    ]);
  });

  it('keeps a report that fits two camps in one of them and says it would also fit the other', () => {
    // "69%" (68.5–69.5) fits both "69.4%" and "68.6%", which do not fit each other.
    const { camps } = valueCamps([report('percent', '69.4%', 'a'), report('percent', '69%', 'b'), report('percent', '68.6%', 'c')]);
    expect(camps).toHaveLength(2);
    expect(camps[0].reports).toEqual([0, 1]);
    expect(camps[0].alsoFits).toEqual([{ report: 1, camps: ['B'] }]);
    expect(camps[1].alsoFits).toEqual([]);
  });

  it('names a camp by its most precise report when given a width', () => {
    const { camps } = valueCamps([report('percent', '69%', 'a'), report('percent', '69.4%', 'b')], {
      width: (v) => (v.type === 'percent' ? v.interval.hi - v.interval.lo : undefined),
    });
    expect(camps).toHaveLength(1);
    expect(camps[0].standing).toBe('agreed');
    expect(camps[0].lead).toBe(1);
  });

  it('has no camp for no report, and one agreed camp for one', () => {
    expect(valueCamps([]).camps).toEqual([]);
    expect(valueCamps([report('boolean', true, 'a')]).camps.map((c) => c.standing)).toEqual(['agreed']);
  });

  it('for any reports: a partition into camps whose members all agree, largest first, with at most the leaders unmarked', () => {
    const raw = fc.constantFrom('69%', '69.4%', '68.6%', '70%', 'over 68%', 'about 69%', '82.7%', 'under 70%');
    const input = fc.array(fc.record({ raw, source: fc.constantFrom('a', 'b', 'c', 'd'), via: fc.option(fc.constantFrom('u', 'v'), { nil: undefined }) }), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(input, (rows) => {
        const reports = rows.map((r) => report('percent', r.raw, r.source, r.via));
        const { camps, campOf } = valueCamps(reports);
        const all = camps.flatMap((c) => c.reports).sort((a, b) => a - b);
        expect(all).toEqual(reports.map((_, i) => i));
        camps.forEach((c, k) => {
          for (const i of c.reports) {
            expect(campOf[i]).toBe(k);
            for (const j of c.reports) expect(compareValues(reports[i].value, reports[j].value).agree).toBe(true);
          }
          expect(c.origins).toEqual(independentOrigins(c.reports.map((i) => reports[i])));
          if (k > 0) expect(c.origins.length).toBeLessThanOrEqual(camps[k - 1].origins.length);
        });
        if (camps.length === 1) expect(camps[0].standing).toBe('agreed');
        else expect(camps.filter((c) => c.standing !== 'odd').length).toBeGreaterThanOrEqual(1);
        // Never every camp marked: the reader always has something to compare the odd ones with.
        expect(camps.some((c) => c.standing !== 'odd')).toBe(true);
      }),
    );
  });
});

describe('independentOrigins', () => {
  const src = (id: string, family?: string) => [id, { id, title: id, kind: 'news', cites: [], archived: true, body: '', bodyLine: 1, file: `sources/${id}.md`, ...(family ? { family } : {}) } as Source] as const;
  const sources = new Map([src('a', 'gen'), src('b', 'gen'), src('c'), src('up')]);

  it('counts a family once, an upstream once, and inferred or speculative reports not at all', () => {
    expect(independentOrigins([{ source: 'a' }, { source: 'b' }, { source: 'c' }], sources)).toHaveLength(2);
    expect(independentOrigins([{ source: 'c', via: 'up' }, { source: 'x', via: 'up' }], sources)).toEqual(['up']);
    expect(independentOrigins([{ source: 'c' }, { source: 'x', inferred: true }, { source: 'y', stance: 'speculates' }], sources)).toEqual(['c']);
    // Without the corpus, families are unknown: each source counts.
    expect(independentOrigins([{ source: 'a' }, { source: 'b' }])).toEqual(['a', 'b']);
  });

  it('lets camps count by families: two sibling articles do not outnumber one other origin', () => {
    const reports = [report('percent', '50%', 'a'), report('percent', '50%', 'b'), report('percent', '60%', 'c')];
    const { camps, split } = valueCamps(reports, { origins: (rs) => independentOrigins(rs, sources) });
    expect(camps.map((c) => c.origins.length)).toEqual([1, 1]);
    expect(split).toBe(true);
  });
});

describe('which reports disagree (the rows a page marks and the exports list)', () => {
  const src = (id: string, family?: string) => [id, { id, title: id, kind: 'news', cites: [], archived: true, body: '', bodyLine: 1, file: `sources/${id}.md`, ...(family ? { family } : {}) } as Source] as const;
  const sources = new Map([src('a', 'gen'), src('b', 'gen'), src('c'), src('d')]);
  const claim = (reports: CampReport[], verdict?: TypedValue): Claim =>
    ({ id: 's/p', file: 'claims/s/p.md', subject: 's', property: 'p', qualifiers: {}, topics: [], notes: '', reports, ...(verdict ? { verdict: { typed: verdict } } : {}) }) as unknown as Claim;

  it('marks only the report that disagrees with the verdict, not every report of the conflict', () => {
    const reports = [report('date', 'April 23, 2026', 'c'), report('date', 'April 24, 2026', 'd'), report('date', 'April 23 [2026]', 'a')];
    const split = claimCampSplit(claim(reports, value('date', 'April 23, 2026')), { sources, timeVarying: false });
    expect(disagreeingReports(split)).toEqual([1]);
  });

  it('calls it a split, marking both ends but not a report that fits both, whatever the order of the reports', () => {
    const reports = [report('date', 'April 23, 2026', 'c'), report('date', 'April 2026', 'd'), report('date', 'April 24, 2026', 'a')];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0], [1, 0, 2]]) {
      const shuffled = order.map((i) => reports[i]);
      const split = claimCampSplit(claim(shuffled), { sources, timeVarying: false });
      expect(split.split).toBe(true);
      // "April 2026" fits both days, so it disagrees with neither.
      expect(disagreeingReports(split).map((i) => shuffled[i].raw).sort()).toEqual(['April 23, 2026', 'April 24, 2026']);
    }
  });

  it('tells one origin giving two values apart from independent sources disagreeing', () => {
    const siblings = claimCampSplit(claim([report('percent', '50%', 'a'), report('percent', '60%', 'b')]), { sources, timeVarying: false });
    expect(siblings).toMatchObject({ split: true, sameOrigin: true });
    const strangers = claimCampSplit(claim([report('percent', '50%', 'c'), report('percent', '60%', 'd')]), { sources, timeVarying: false });
    expect(strangers).toMatchObject({ split: true, sameOrigin: false });
  });

  it('keeps values of a time-varying property at different dates in one camp', () => {
    const dated = (raw: string, source: string, asOf: string) => ({ ...report('number', raw, source), asOf });
    const reports = [dated('10,000', 'c', '2026-04'), dated('25,000', 'd', '2026-05')];
    expect(claimCampSplit(claim(reports), { sources, timeVarying: true }).camps).toHaveLength(1);
    expect(claimCampSplit(claim(reports), { sources, timeVarying: false }).camps).toHaveLength(2);
  });
});
