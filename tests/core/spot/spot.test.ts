/** spotSource on small in-memory corpora: subjects, properties, lists and relations. */
import { describe, expect, it } from 'vitest';
import type { Claim, Corpus, Property, Source, Subject, TypedValue } from '../../../src/core/model.ts';
import { prepareSpot, spotSource } from '../../../src/core/spot/index.ts';
import { parseValue } from '../../../src/core/values/index.ts';

const subject = (id: string, name: string, kind: Subject['kind'] = 'model', aliases: string[] = []): Subject => ({ id, name, kind, aliases });
const property = (id: string, label: string, type: Property['type'], description: string, unit?: string): Property => ({ id, label, type, description, ...(unit ? { unit } : {}) });
const value = (type: Property['type'], raw: string): TypedValue => {
  const r = parseValue(type, raw);
  if (!r.ok) throw new Error(raw);
  return r.value;
};
const claim = (s: string, p: Property, raws: string[]): Claim => ({
  id: `${s}/${p.id}`, file: `claims/${s}/${p.id}.md`, subject: s, property: p.id, qualifiers: {}, topics: [], notes: '',
  reports: raws.map((raw) => ({ source: 'other', raw, value: value(p.type, raw), quote: raw, position: { line: 1, col: 1 } })),
});
const source = (body: string, extra: Partial<Source> = {}): Source => ({ id: 'article', file: 'sources/article.md', title: 'An article', kind: 'news', cites: [], archived: true, body, bodyLine: 7, ...extra });

const SUBJECTS = [subject('alpha-2', 'Alpha 2'), subject('beta-1', 'Beta 1'), subject('gamma-3', 'Gamma 3'), subject('acme', 'Acme', 'organization')];
const SWE = property('swe-bench-pro', 'SWE-Bench Pro', 'percent', 'Score on SWE-Bench Pro.', '%');
const GPQA = property('gpqa-diamond', 'GPQA Diamond', 'percent', 'Score on GPQA Diamond.', '%');
const DOWNLOADS = property('downloads', 'Downloads', 'number', 'Download count of the open-weight model.', 'downloads');
const COST_CUT = property('inference-cost-reduction', 'Inference cost reduction', 'change', 'How much cheaper it is to serve each token.');
const OUTPUT_GAIN = property('token-output-gain', 'Gain in token output', 'change', 'How much more token output the systems produce.');
const PRICE_IN = property('api-price-input', 'API price, input', 'money', 'List price for input tokens.', 'USD per 1M input tokens');
const PRICE_OUT = property('api-price-output', 'API price, output', 'money', 'List price for output tokens.', 'USD per 1M output tokens');
const BLENDED = property('api-price-blended', 'API price, blended', 'money', 'A single per-million-token price.', 'USD per 1M tokens');
const RAISED = property('funding-raised', 'Funding raised', 'money', 'Money raised from investors.', 'USD');
const INDEX = property('intelligence-index', 'Intelligence Index', 'number', 'Composite Intelligence Index score.', 'points');
const corpus = (claims: Claim[] = []): Corpus => ({ sources: [], claims, subjects: SUBJECTS, properties: [SWE, GPQA, DOWNLOADS, COST_CUT, OUTPUT_GAIN, INDEX, PRICE_IN, PRICE_OUT, BLENDED, RAISED], relations: [] });
const spot = (body: string, claims: Claim[] = []) => spotSource(prepareSpot(corpus(claims)), source(body)).findings;

describe('spotSource', () => {
  it('relates a figure to its claim with the engine comparison, and gives the file line', () => {
    const [f] = spot('Alpha 2 scores 63.5% on SWE-Bench Pro.', [claim('alpha-2', SWE, ['61.2%', '63%'])]);
    expect(f).toMatchObject({ line: 7, column: 16, value: '63.5%', claim: 'alpha-2/swe-bench-pro', relation: 'conflicts', against: [{ source: 'other', value: '61.2%' }] });
    const [g] = spot('Alpha 2 scores 63.5% on SWE-Bench Pro.', [claim('alpha-2', SWE, ['63.5%'])]);
    expect(g.relation).toBe('agrees');
    const [h] = spot('Alpha 2 scores 63.5% on SWE-Bench Pro.');
    expect(h).toMatchObject({ claim: 'alpha-2/swe-bench-pro', relation: 'new' });
    const [u] = spot('Alpha 2 has 40 offices.');
    expect(u.relation).toBe('unmatched');
  });

  it('gives the second figure of a comparison to another subject than the first', () => {
    const f = spot('Beta 1 still leads on GPQA Diamond (94.2% vs 93.6%) against Alpha 2.');
    expect(f.map((x) => x.subject)).toEqual(['beta-1', 'alpha-2']);
    expect(f.map((x) => x.property)).toEqual(['gpqa-diamond', 'gpqa-diamond']);
  });

  it('takes the nearest label, and "respectively" in order', () => {
    const f = spot('Alpha 2 reached 63.5% on SWE-Bench Pro and 87.9% on GPQA Diamond.');
    expect(f.map((x) => x.property)).toEqual(['swe-bench-pro', 'gpqa-diamond']);
    const g = spot('On SWE-Bench Pro and GPQA Diamond, Beta 1 scored 58.1% and 86.4% respectively.');
    expect(g.map((x) => [x.subject, x.property])).toEqual([['beta-1', 'swe-bench-pro'], ['beta-1', 'gpqa-diamond']]);
  });

  it('pairs a list of subjects with a list of figures, and shares one figure with "all"', () => {
    const f = spot('Beta 1 and Gamma 3, which have seen 6,613,169 and 3,678,214 downloads.');
    expect(f.map((x) => [x.subject, x.property])).toEqual([['beta-1', 'downloads'], ['gamma-3', 'downloads']]);
    const g = spot('Beta 1, Gamma 3, and Alpha 2 all converged at a score of 57 on the Intelligence Index.');
    expect(g.map((x) => x.subject)).toEqual(['beta-1', 'gamma-3', 'alpha-2']);
    expect(new Set(g.map((x) => x.property))).toEqual(new Set(['intelligence-index']));
  });

  it('tells a reduction from a gain by the direction written', () => {
    const f = spot('Acme reports that Alpha 2 has 35x lower cost per token and 50x higher token output per megawatt.');
    expect(f.map((x) => x.property)).toEqual(['inference-cost-reduction', 'token-output-gain']);
  });

  it('reads price pairs "A/B (input/output)" and a basis stated once for several prices', () => {
    const f = spot('Alpha 2 pricing jumped to $5.30/$30 (input/output) this week.');
    expect(f.map((x) => x.property)).toEqual(['api-price-input', 'api-price-output']);
    const g = spot('At $1,200 per million tokens, Alpha 2 is costlier than Beta 1 at $900.');
    expect(g.map((x) => [x.subject, x.property])).toEqual([['alpha-2', 'api-price-blended'], ['beta-1', 'api-price-blended']]);
    const [c] = spot('The input price of Alpha 2 is $5.30.', [claim('alpha-2', PRICE_IN, ['$5.30 per 1M input tokens'])]);
    // A bare price takes the property's basis, as the engine reads report values.
    expect(c).toMatchObject({ claim: 'alpha-2/api-price-input', relation: 'agrees' });
  });

  it('finds the subject of a sentence without one in its paragraph, heading or article', () => {
    const f = spot('# Alpha 2\nIt costs less.\nThe model scores 63.5% on SWE-Bench Pro.');
    expect(f[0].subject).toBe('alpha-2');
  });

  it('of two near properties, takes the one whose claims are about this kind of subject', () => {
    const RELEASE = property('release-date', 'Release date', 'date', 'The day the model was released or announced to the public.');
    const LAUNCH = property('launch-date', 'Launch date', 'date', 'When the product was first launched.');
    const subjects = [...SUBJECTS, subject('widget', 'Widget', 'product')];
    const claims = [claim('beta-1', RELEASE, ['March 3, 2026']), claim('widget', LAUNCH, ['May 1, 2025'])];
    const ix = prepareSpot({ sources: [], claims, subjects, properties: [RELEASE, LAUNCH], relations: [] });
    const at = (body: string) => spotSource(ix, source(body)).findings.map((f) => f.claim);
    // "launched" names the launch date's label, but a model's day out is recorded as its release date.
    expect(at('Acme launched Alpha 2 on April 23, 2026.')).toEqual(['alpha-2/release-date']);
    expect(at('Acme launched Widget on April 23, 2026.')).toEqual(['widget/launch-date']);
  });

  it('marks a figure this source already reports as recorded', () => {
    const body = 'Alpha 2 scores 63.5% on SWE-Bench Pro.';
    const c = claim('alpha-2', SWE, ['63.5%']);
    c.reports[0] = { ...c.reports[0], source: 'article', quote: body, quoteRange: { start: 0, end: body.length } };
    expect(spot(body, [c])[0]).toMatchObject({ relation: 'agrees', recorded: true });
  });
});
