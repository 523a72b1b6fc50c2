import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { seriesView } from '../../src/site/claim-series.ts';
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
    expect(data.analysis.flags.filter((f) => f.kind === 'value-conflict')).toEqual([]);
  });

  it('shows no series for a property that is not time-varying', () => {
    expect(seriesView(data, data.claims.get('gpt-oss-20b/score')!)).toBeUndefined();
  });
});
