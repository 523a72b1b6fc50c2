import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { campViews, campsHeading, reportMark, type CampView } from '../../src/site/claim-camps.ts';
import { originsLine } from '../../src/site/claim-origins.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { buildCorpus } from '../helpers/corpus-builder.ts';

// Two sibling articles of one family, and two unrelated ones.
const corpus = buildCorpus({
  sources: [
    { id: 'sib-a', family: 'gen' },
    { id: 'sib-b', family: 'gen' },
    { id: 'other' },
    { id: 'third' },
  ],
  subjects: [{ id: 'm', name: 'Model' }],
  properties: [
    { id: 'release', type: 'date', label: 'Release date' },
    { id: 'cost', type: 'percent', label: 'Cost change' },
    { id: 'score', type: 'percent', label: 'Score' },
    { id: 'split', type: 'percent', label: 'Split score' },
  ],
  claims: [
    {
      subject: 'm',
      property: 'release',
      // The family says April 23 in one article and April 24 in the other; the verdict settles on the 23rd.
      reports: [
        { source: 'sib-a', raw: 'April 23, 2026' },
        { source: 'sib-b', raw: 'April 24, 2026' },
        { source: 'other', raw: 'April 23, 2026' },
      ],
      verdict: { rating: 'accurate', value: 'April 23, 2026', note: 'n', reviewer: 'e', reviewed: '2026-05-01', evidence: [], resolves: 'all' },
    },
    { subject: 'm', property: 'cost', reports: [{ source: 'sib-a', raw: '20%' }, { source: 'sib-b', raw: '35%' }] },
    { subject: 'm', property: 'score', reports: [{ source: 'other', raw: '80%' }, { source: 'third', raw: '80%' }] },
    { subject: 'm', property: 'split', reports: [{ source: 'other', raw: '80%' }, { source: 'third', raw: '60%' }] },
  ],
});
const data = buildSiteData(corpus, analyze(corpus));
const claim = (property: string) => [...data.claims.values()].find((c) => c.property === property)!;
const line = (property: string) => originsLine(data, claim(property), data.analysis.claims.get(claim(property).id));

describe('the origins line under a claim status', () => {
  it('never says "all agreeing" beside a report that disagrees with the verdict', () => {
    expect(line('release')).toBe("3 reports from 2 independent origins: 2 behind the verdict's value, 1 report disagrees");
  });

  it('says when one origin gives both values, and when independent origins split evenly', () => {
    expect(line('cost')).toBe('2 reports from 1 independent origin, one origin giving different values');
    expect(line('split')).toBe('2 reports from 2 independent origins, split between camps with as many origins each');
  });

  it('says "all agreeing" when they do', () => {
    expect(line('score')).toBe('2 reports from 2 independent origins, all agreeing');
  });
});

describe('camps that share an origin', () => {
  it('says which other camp an origin also stands behind, so the counts do not seem to add up wrong', () => {
    const views = campViews(data, claim('release'));
    expect(views.map((v) => v.originsText)).toEqual(['2 independent origins (one also stands behind camp B)', '1 independent origin (it also stands behind camp A)']);
  });

  it('calls a split between sibling articles one origin giving both values, not an even split', () => {
    const views = campViews(data, claim('cost'));
    expect(views.map((v) => v.note)).toEqual(['Same origin as camp B: one origin gives both values', 'Same origin as camp A: one origin gives both values']);
    expect(views.every((v) => v.sameOrigin)).toBe(true);
    expect(campViews(data, claim('split')).map((v) => v.note)).toEqual(['Split: as many origins as camp B', 'Split: as many origins as camp A']);
  });
});

describe('the camps heading', () => {
  const view = (written: string[]) => ({ written }) as unknown as CampView;
  it('does not call different but compatible values one value', () => {
    expect(campsHeading([view(['GB200 NVL72', 'GB200 and GB300 NVL72', 'H100 and GB200'])])).toMatchObject({ title: 'Every report fits together', note: expect.stringContaining('3 different values') });
    expect(campsHeading([view(['80%'])])).toEqual({ title: 'One value, every report agrees' });
    expect(campsHeading([view(['80%']), view(['60%'])])).toEqual({ title: '2 camps' });
  });
});

describe('the mark a page puts on a report', () => {
  it('marks exactly the reports claims.json lists as disagreeing: the odd one, or the sides of a split', () => {
    expect(claim('release').reports.map((_, i) => reportMark(data, claim('release'), i))).toEqual([undefined, 'odd', undefined]);
    expect(claim('split').reports.map((_, i) => reportMark(data, claim('split'), i))).toEqual(['split', 'split']);
    expect(claim('score').reports.map((_, i) => reportMark(data, claim('score'), i))).toEqual([undefined, undefined]);
  });
});
