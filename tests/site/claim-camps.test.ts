import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { campViews, claimCamps, claimChart } from '../../src/site/claim-camps.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { buildCorpus } from '../helpers/corpus-builder.ts';

const corpus = buildCorpus({
  sources: [
    { id: 'ground-up', title: "OpenAI's GPT-5.5 Is a Ground-Up Rebuild, and It Changes Everything" },
    { id: 'retrain', title: 'GPT-5.5: The Retrain Nobody Expected — How OpenAI Broke the Tie' },
    { id: 'digest', title: 'The Silent Intelligence', publisher: 'Daily Neural Digest' },
    { id: 'vellum', title: 'Vellum AI Analysis', publisher: 'Vellum AI', archived: false },
  ],
  subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
  properties: [
    { id: 'terminal-bench', type: 'percent', label: 'Terminal-Bench 2.0 score' },
    { id: 'gpqa', type: 'percent', label: 'GPQA Diamond' },
    { id: 'cost-cut', type: 'change', label: 'Inference cost reduction' },
  ],
  claims: [
    {
      subject: 'gpt-5-5',
      property: 'terminal-bench',
      reports: [
        { source: 'ground-up', raw: '82.7%' },
        { source: 'retrain', raw: '82.7%' },
        { source: 'digest', raw: '79.1%', via: 'vellum' },
      ],
    },
    {
      subject: 'gpt-5-5',
      property: 'gpqa',
      reports: [
        { source: 'ground-up', raw: '93.6%' },
        { source: 'retrain', raw: '93.6%' },
        { source: 'digest', raw: '91%' },
      ],
      verdict: { rating: 'accurate', value: '91%', note: 'The model card says 91%.', reviewer: 'An editor', reviewed: '2026-05-01', evidence: [], resolves: 'all' },
    },
    {
      subject: 'gpt-5-5',
      property: 'cost-cut',
      reports: [
        { source: 'ground-up', raw: '35x lower', quote: '35x lower cost compared to prior-generation systems', baseline: 'prior-generation systems' },
        { source: 'digest', raw: 'by 35%', quote: 'reduced the cost by 35% compared to the 5.4 series', baseline: 'the 5.4 series' },
      ],
    },
  ],
});
const data = buildSiteData(corpus, analyze(corpus));
const tb = data.claims.get('gpt-5-5/terminal-bench')!;
const gpqa = data.claims.get('gpt-5-5/gpqa')!;

describe('a claim\'s camps as the pages show them', () => {
  it('names each camp\'s sources by their short names, counts origins, and marks only the odd camp', () => {
    const views = campViews(data, tb);
    expect(views.map((v) => [v.letter, v.written, v.origins, v.odd, v.note])).toEqual([
      ['A', ['82.7%'], 2, false, 'Most independent origins'],
      ['B', ['79.1%'], 1, true, 'Disagrees with camp A'],
    ]);
    expect(views[0].sources.map((s) => s.name)).toEqual(["OpenAI's GPT-5.5 Is a Ground-Up Rebuild", 'The Retrain Nobody Expected']);
    expect(views[1].sources[0]).toMatchObject({ name: 'Daily Neural Digest', via: 'vellum', viaName: 'Vellum AI' });
    // Remembered per claim: the pages share one result.
    expect(claimCamps(data, tb)).toBe(claimCamps(data, tb));
  });

  it('sides with the verdict\'s value, read under the property, over the larger camp', () => {
    const views = campViews(data, gpqa);
    expect(views.map((v) => [v.written, v.standing, v.note])).toEqual([
      [['93.6%'], 'odd', 'Disagrees with the verdict'],
      [['91%'], 'verdict', 'Matches the verdict'],
    ]);
  });

  it('says why a camp of inferred reports counts no independent origin', () => {
    const inferred = buildCorpus({
      sources: [{ id: 'a' }, { id: 'b' }],
      properties: [{ id: 'disclosed', type: 'boolean', label: 'Pricing disclosed' }],
      claims: [{ subject: 'gpt-5-5', property: 'disclosed', reports: [{ source: 'a', raw: false }, { source: 'b', raw: true }] }],
    });
    inferred.claims[0].reports[1].inferred = true;
    const site = buildSiteData(inferred, analyze(inferred));
    const views = campViews(site, site.claims.get('gpt-5-5/disclosed')!);
    expect(views.map((v) => v.originsText)).toEqual(['1 independent origin', 'no independent origin: an inferred or speculative reading only']);
    // The one inferred report is counted in the singular ("1 reports" read wrong on five pages).
    expect(views.map((v) => v.reportsText)).toEqual(['', '1 report']);
  });

  it('counts reports beside origins only when they differ, in the plural past one', () => {
    expect(campViews(data, tb).map((v) => v.reportsText)).toEqual(['', '']);
    const siblings = buildCorpus({
      sources: [{ id: 'a', family: 'f' }, { id: 'b', family: 'f' }],
      properties: [{ id: 'n', type: 'number', label: 'Count' }],
      claims: [{ subject: 'x', property: 'n', reports: [{ source: 'a', raw: '57' }, { source: 'b', raw: '57' }] }],
    });
    const site = buildSiteData(siblings, analyze(siblings));
    expect(campViews(site, site.claims.get('x/n')!).map((v) => [v.originsText, v.reportsText])).toEqual([['1 independent origin', '2 reports']]);
  });

  it('says what each figure is measured against, so camps on different baselines read as such', () => {
    const views = campViews(data, data.claims.get('gpt-5-5/cost-cut')!);
    expect(views.flatMap((v) => v.sources.map((s) => [s.raw, s.baseline]))).toEqual([
      ['35x lower', 'prior-generation systems'],
      ['by 35%', 'the 5.4 series'],
    ]);
  });

  it('says where a change leaves the original with only the decimals it needs: 20x lower is 5%, not 5.0%', () => {
    const cut = buildCorpus({
      sources: [{ id: 'a' }, { id: 'b' }],
      properties: [{ id: 'cost-cut', type: 'change', label: 'Inference cost reduction' }],
      claims: [{ subject: 'gpt-5-5', property: 'cost-cut', reports: [{ source: 'a', raw: '20x lower' }, { source: 'b', raw: '35x lower' }] }],
    });
    const site = buildSiteData(cut, analyze(cut));
    const claim = site.claims.get('gpt-5-5/cost-cut')!;
    const chart = claimChart(claim, campViews(site, claim))!;
    // Titles are wrapped into lines for the chart.
    expect(chart.layout.rows.map((r) => [r.title].flat().join(' '))).toEqual(['A · 20x lower → 5% of the original', 'B · 35x lower → 2.9% of the original']);
  });

  it('charts one row per camp, with a text alternative naming every source and value', () => {
    const views = campViews(data, tb);
    const chart = claimChart(tb, views)!;
    expect(chart.kind).toBe('figure');
    expect(chart.layout.rows.map((r) => r.marks.length)).toEqual([2, 1]);
    expect(chart.layout.rows[1].mark).toBe('≠ Disagrees with camp A');
    expect(chart.layout.ticks.length).toBeGreaterThanOrEqual(3);
    expect(chart.description).toBe(
      "Camp A, 2 independent origins: OpenAI's GPT-5.5 Is a Ground-Up Rebuild gives 82.7%, The Retrain Nobody Expected gives 82.7%. Camp B (disagrees with camp A), 1 independent origin: Daily Neural Digest gives 79.1%.",
    );
  });
});
