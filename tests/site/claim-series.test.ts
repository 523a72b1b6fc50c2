import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { seriesOverlaps, seriesView } from '../../src/site/claim-series.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { buildCorpus } from '../helpers/corpus-builder.ts';

const corpus = buildCorpus({
  sources: [
    { id: 'wire', title: 'Downloads pass six million', publisher: 'Wire' },
    { id: 'blog', title: 'Open weights, a month on', publisher: 'Blog' },
    { id: 'memo', title: 'Memo' },
  ],
  properties: [
    { id: 'downloads', type: 'number', label: 'Downloads', timeVarying: true },
    { id: 'score', type: 'percent', label: 'Score' },
    { id: 'pricing-disclosed', type: 'boolean', label: 'API pricing disclosed', timeVarying: true },
  ],
  claims: [
    {
      subject: 'gpt-oss-20b',
      property: 'downloads',
      reports: [
        { source: 'blog', raw: '6,613,169', asOf: '2026-04-24' },
        { source: 'wire', raw: '5 million', asOf: '2026-03' },
        { source: 'memo', raw: '6.6 million', asOf: '2026-04-24' },
      ],
    },
    {
      subject: 'gpt-5-5',
      property: 'pricing-disclosed',
      reports: [
        { source: 'memo', raw: true, asOf: '2026' },
        { source: 'blog', raw: false, asOf: '2026-04-24' },
      ],
    },
    { subject: 'gpt-oss-20b', property: 'score', reports: [{ source: 'blog', raw: '50%', asOf: '2026-04-24' }, { source: 'wire', raw: '50%', asOf: '2026-03' }] },
  ],
});
const data = buildSiteData(corpus, analyze(corpus));

describe('a time-varying claim as a series', () => {
  it('lists the values by date, oldest first, with the sources that give them', () => {
    expect(seriesView(data, data.claims.get('gpt-oss-20b/downloads')!)).toEqual([
      { asOf: '2026-03', label: 'March 2026', reports: [{ source: 'wire', name: 'Wire', raw: '5 million' }] },
      {
        asOf: '2026-04-24',
        label: 'April 24, 2026',
        reports: [
          { source: 'blog', name: 'Blog', raw: '6,613,169' },
          { source: 'memo', name: 'Memo', raw: '6.6 million' },
        ],
      },
    ]);
    // Different dates of a time-varying property are a series, not a conflict.
    expect(data.analysis.flags.filter((f) => f.kind === 'value-conflict' && f.claims.includes('gpt-oss-20b/downloads'))).toEqual([]);
  });

  it('says when a year includes a day of the series, so the two can conflict, and marks the year as spanning', () => {
    const rows = seriesView(data, data.claims.get('gpt-5-5/pricing-disclosed')!)!;
    // The order claims.json gives stays; the year is marked, and the overlap said in words.
    expect(rows.map((r) => [r.label, r.spans])).toEqual([
      ['2026', 'the whole year'],
      ['April 24, 2026', undefined],
    ]);
    expect(seriesOverlaps(rows)).toEqual(['2026 includes April 24, 2026, so these two can conflict.']);
    expect(data.analysis.claims.get('gpt-5-5/pricing-disclosed')?.status).toBe('contested');
    // Dates that cannot be the same moment need no such sentence.
    expect(seriesOverlaps(seriesView(data, data.claims.get('gpt-oss-20b/downloads')!)!)).toEqual([]);
  });

  it('shows no series for a property that is not time-varying', () => {
    expect(seriesView(data, data.claims.get('gpt-oss-20b/score')!)).toBeUndefined();
  });
});
