import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import type { Flag } from '../../../src/core/model.ts';
import { defineRule, type Rule } from '../../../src/core/rules/types.ts';
import { buildCorpus, verdict } from '../../helpers/corpus-builder.ts';

describe('claim status', () => {
  const corpus = buildCorpus({
    claims: [
      { subject: 's', property: 'single', type: 'number', reports: [{ source: 'a', raw: '57' }] },
      { subject: 's', property: 'same-upstream', type: 'number', reports: [{ source: 'a', raw: '57', via: 'u' }, { source: 'b', raw: '57', via: 'u' }] },
      { subject: 's', property: 'independent', type: 'percent', reports: [{ source: 'a', raw: '69%' }, { source: 'b', raw: '69.4%', via: 'u' }] },
      { subject: 's', property: 'contested', type: 'date', reports: [{ source: 'a', raw: 'April 23, 2026' }, { source: 'b', raw: 'April 2026' }, { source: 'c', raw: 'April 24, 2026' }] },
      {
        subject: 's',
        property: 'cost-cut',
        type: 'change',
        reports: [
          { source: 'a', raw: '35x lower', baseline: 'prior-generation systems' },
          { source: 'b', raw: 'reduced by 35%', baseline: 'the 5.4 series' },
        ],
      },
    ],
  });
  const { claims } = analyze(corpus);

  it('says a conflict between figures against different baselines may not be one, as its flag does', () => {
    expect(claims.get('s/cost-cut')).toMatchObject({ status: 'contested' });
    expect(claims.get('s/cost-cut')!.reason).toMatch(/^A possible value conflict between .+: they measure against different baselines, so both may be right\. No verdict has resolved it\.$/);
    expect(claims.get('s/contested')!.reason).toMatch(/^A value conflict between /);
  });

  it('is single-source with one origin, even when two articles repeat one upstream', () => {
    expect(claims.get('s/single')).toEqual({
      claim: 's/single',
      status: 'single-source',
      reason: 'One independent origin; nothing confirms or contradicts it yet.',
      origins: ['a'],
      independentOrigins: 1,
      disagreeing: [],
      openFlags: [],
      resolvedFlags: [],
    });
    expect(claims.get('s/same-upstream')).toMatchObject({ status: 'single-source', origins: ['u'] });
  });

  it('is corroborated by two independent origins that agree', () => {
    expect(claims.get('s/independent')).toMatchObject({ status: 'corroborated', origins: ['a', 'u'] });
  });

  it('is contested when any two reports disagree, listing only those reports', () => {
    expect(claims.get('s/contested')).toMatchObject({ status: 'contested', disagreeing: [0, 2] });
  });

  it('lists claims in id order', () => {
    expect([...claims.keys()]).toEqual(['s/contested', 's/cost-cut', 's/independent', 's/same-upstream', 's/single']);
  });
});

describe('the reason a status gives', () => {
  it('names the claims an inconsistency spans so a reader counts them, though their names hold commas', () => {
    const properties = [
      { id: 'api-price-input', type: 'money' as const, unit: 'USD per 1M input tokens', label: 'API price, input' },
      { id: 'api-price-output', type: 'money' as const, unit: 'USD per 1M output tokens', label: 'API price, output' },
      { id: 'api-price-blended', type: 'money' as const, unit: 'USD per 1M tokens', label: 'API price, blended' },
    ];
    const relations = [{ kind: 'between' as const, property: 'api-price-blended', low: 'api-price-input', high: 'api-price-output', description: 'Between.' }];
    const corpus = buildCorpus({
      properties,
      relations,
      subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
      sources: [{ id: 'retrain', title: 'The Retrain', publisher: 'Retrain Weekly' }],
      claims: [
        { subject: 'gpt-5-5', property: 'api-price-input', reports: [{ source: 'retrain', raw: '$5' }] },
        { subject: 'gpt-5-5', property: 'api-price-output', reports: [{ source: 'retrain', raw: '$30' }] },
        { subject: 'gpt-5-5', property: 'api-price-blended', reports: [{ source: 'retrain', raw: '$1,200 per million tokens' }] },
      ],
    });
    expect(analyze(corpus).claims.get('gpt-5-5/api-price-blended')?.reason).toBe(
      'An internal inconsistency: Retrain Weekly contradicts itself across three claims: this one; GPT-5.5 · API price, input; and GPT-5.5 · API price, output.',
    );
  });
});

describe('analyze with custom rules', () => {
  const corpus = buildCorpus({ claims: [{ subject: 's', property: 'p', type: 'number', reports: [{ source: 'a', raw: '1' }] }] });
  const flag = <K extends string>(kind: K, id: string): Flag<K> => ({ id, kind, claims: [], sources: [], values: [], explanation: '' });
  const fixed = <K extends string>(kind: K, ids: string[]) =>
    defineRule({ kind, label: kind, name: kind, description: 'Emits fixed flags.', severity: 'low', check: () => ids.map((id) => flag(kind, id)) });

  it('runs the rules it is given and sorts their flags by the rule order, then id, dropping repeated ids', () => {
    const rules = [fixed('second', ['a']), fixed('first', ['z', 'b', 'b'])];
    expect(analyze(corpus, rules).flags.map((f) => `${f.kind}:${f.id}`)).toEqual(['second:a', 'first:b', 'first:z']);
    expect(analyze(corpus, [...rules].reverse()).flags.map((f) => `${f.kind}:${f.id}`)).toEqual(['first:b', 'first:z', 'second:a']);
    expect(analyze(corpus, []).flags).toEqual([]);
  });

  it('refuses a rule that raises flags of another kind, and two rules of one kind', () => {
    const stray: Rule = { ...fixed('mine', []), check: () => [flag('theirs', 'x')] };
    expect(() => analyze(corpus, [stray])).toThrow(/"mine" raised a flag of kind "theirs"/);
    expect(() => analyze(corpus, [fixed('same', []), fixed('same', [])])).toThrow(/Two rules declare the flag kind "same"/);
  });
});

describe('verdicts, stance and status', () => {
  const corpus = buildCorpus({
    sources: [{ id: 'nvidia', publisher: 'NVIDIA' }],
    claims: [
      {
        subject: 's',
        property: 'hardware',
        type: 'text',
        reports: [
          { source: 'a', raw: 'GB200', via: 'nvidia' },
          { source: 'b', raw: 'GB200 and GB300' },
        ],
        verdict: verdict({ rating: 'compatible', note: 'Both name GB200.', resolves: ['value-conflict'] }),
      },
      {
        subject: 's',
        property: 'release',
        type: 'date',
        reports: [
          { source: 'a', raw: 'April 23, 2026' },
          { source: 'b', raw: 'April 24, 2026' },
          { source: 'c', raw: 'April 23, 2026' },
        ],
        verdict: verdict({ rating: 'accurate', value: 'April 23, 2026', note: 'Two say so.', resolves: 'all' }),
      },
      {
        subject: 's',
        property: 'score',
        type: 'percent',
        reports: [
          { source: 'a', raw: '82%' },
          { source: 'b', raw: '79%' },
        ],
        verdict: verdict({ rating: 'inaccurate', note: 'Rated, not resolved.' }),
      },
      { subject: 's', property: 'users', type: 'number', reports: [{ source: 'a', raw: '57' }, { source: 'b', raw: '90' }] },
    ],
  });
  // This verdict gives no value: take the one it settles on from the first report, as validation would type it.
  const release = corpus.claims.find((c) => c.id === 's/release')!;
  release.verdict = { ...release.verdict!, typed: release.reports[0].value };
  // b only speculates about the number of users.
  const users = corpus.claims.find((c) => c.id === 's/users')!;
  users.reports[1] = { ...users.reports[1], stance: 'speculates' };
  const { claims, flags } = analyze(corpus);

  it('resolves the flags a verdict names, keeps them listed, and makes the claim resolved', () => {
    const flag = flags.find((f) => f.claims.includes('s/hardware'))!;
    expect(flag.resolved).toEqual({ claim: 's/hardware', rating: 'compatible', reviewer: 'test-editor', reviewed: '2026-05-01' });
    // A compatible verdict says the reports do not disagree, so both origins agree.
    expect(claims.get('s/hardware')).toMatchObject({ status: 'resolved', disagreeing: [], independentOrigins: 2, openFlags: [], resolvedFlags: [flag.id] });
  });

  it('counts as agreeing only the reports that agree with the value a verdict settles on', () => {
    // a and c give April 23, the settled value; only b, which does not agree with it, is marked.
    expect(claims.get('s/release')).toMatchObject({ status: 'resolved', independentOrigins: 2, disagreeing: [1] });
  });

  it('keeps the status an open flag gives when the verdict resolves nothing', () => {
    expect(claims.get('s/score')).toMatchObject({ status: 'contested', resolvedFlags: [] });
    expect(claims.get('s/score')?.reason).toMatch(/^A value conflict between "Title of a" and "Title of b", not resolved by a verdict\.$/);
  });

  it('says so in a flag that rests on a speculative report, and rates it medium', () => {
    const flag = flags.find((f) => f.claims.includes('s/users'))!;
    expect(flag.explanation).toMatch(/"Title of b" only speculates about the value\.$/);
    expect(flag.severity).toBe('medium');
    expect(flags.find((f) => f.claims.includes('s/score'))?.severity).toBe('high');
  });
});
