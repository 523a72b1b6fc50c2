import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { severityOf } from '../../../src/core/rules/types.ts';
import { valueConflict } from '../../../src/core/rules/value-conflict.ts';
import { buildCorpus, verdict } from '../../helpers/corpus-builder.ts';

const run = (corpus: ReturnType<typeof buildCorpus>) => valueConflict.check(buildContext(corpus, compareValues));

describe('value-conflict', () => {
  it('flags a release date one day apart, naming sources by short title and the likely cause', () => {
    const flags = run(
      buildCorpus({
        sources: [
          { id: 'a', title: 'Article A' },
          { id: 'b', title: 'Article B' },
          { id: 'c', title: 'Article C' },
        ],
        subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
        claims: [
          {
            subject: 'gpt-5-5',
            property: 'release-date',
            type: 'date',
            reports: [
              { source: 'b', raw: 'April 24, 2026' },
              { source: 'a', raw: 'April 23, 2026' },
              { source: 'c', raw: 'April 2026' },
            ],
          },
        ],
      }),
    );
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag).toMatchObject({ kind: 'value-conflict', diagnosis: 'one-day-apart', claims: ['gpt-5-5/release-date'], sources: ['a', 'b'] });
    expect(flag.values.map((v) => v.normalized)).toEqual(['2026-04-23', '2026-04-24']);
    expect(flag.explanation).toContain('"Article A" gives "April 23, 2026"');
    expect(flag.explanation).toContain('"Article B" gives "April 24, 2026"');
    expect(flag.explanation).toMatch(/publication date/);
    expect(flag.explanation).toMatch(/time zone/);
  });

  it('diagnoses a multiplier read as a percent', () => {
    const flags = run(
      buildCorpus({
        claims: [
          {
            subject: 'gpt-5-5',
            property: 'inference-cost-reduction',
            type: 'change',
            reports: [
              { source: 'a', raw: '35x lower', via: 'nvidia' },
              { source: 'b', raw: 'by 35%', quote: 'This has reduced the per-token inference cost by 35%' },
            ],
          },
        ],
      }),
    );
    expect(flags.map((f) => f.diagnosis)).toEqual(['unit-slip']);
    expect(flags[0].explanation).toContain('"Title of nvidia"');
    expect(flags[0].explanation).not.toContain('baseline');
  });

  it('says when the figures measure against different baselines, and ranks the flag medium', () => {
    const corpus = buildCorpus({
      claims: [
        {
          subject: 'gpt-5-5',
          property: 'inference-cost-reduction',
          type: 'change',
          reports: [
            { source: 'a', raw: '35x lower', quote: '35x lower cost compared to prior-generation systems', baseline: 'prior-generation systems' },
            { source: 'b', raw: 'by 35%', quote: 'reduced the cost by 35% compared to the 5.4 series', baseline: 'the 5.4 series' },
          ],
        },
      ],
    });
    const ctx = buildContext(corpus, compareValues);
    const [flag] = valueConflict.check(ctx);
    expect(flag.diagnosis).toBe('unit-slip');
    expect(flag.explanation).toContain('Their baselines differ ("35x lower" against prior-generation systems; "by 35%" against the 5.4 series)');
    expect(flag.explanation).toContain('so both may be right');
    // The slip is offered only on the condition that both measure the same thing, after the baselines.
    expect(flag.explanation).toContain('so both may be right. If they measure the same thing, then the same number is written once as a multiplier');
    expect(flag.explanation.indexOf('probably slipped')).toBeGreaterThan(flag.explanation.indexOf('both may be right'));
    expect(severityOf(valueConflict, flag, ctx)).toBe('medium');
    // The same two figures with one baseline named alike are a conflict between independent sources.
    for (const c of corpus.claims) for (const r of c.reports) r.baseline = 'the 5.4 series';
    const same = valueConflict.check(buildContext(corpus, compareValues))[0];
    expect(same.explanation).not.toContain('baseline');
    expect(severityOf(valueConflict, same, buildContext(corpus, compareValues))).toBe('high');
  });

  it('mentions differences of precision as context, not as conflicts', () => {
    const flags = run(
      buildCorpus({
        claims: [
          {
            subject: 'claude-opus-4-7',
            property: 'terminal-bench-2-0',
            type: 'percent',
            reports: [
              { source: 'a', raw: '69.4%' },
              { source: 'b', raw: '69%' },
              { source: 'c', raw: '72%' },
            ],
          },
        ],
      }),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0].explanation).toContain('Differences of precision only ("69%" and "69.4%") are not conflicts');
  });

  it('says when a date is the reporting article’s own publication date', () => {
    const claim = (published?: string) =>
      buildCorpus({
        sources: [
          { id: 'a', title: 'Article A' },
          { id: 'digest', title: 'The Silent Intelligence', publisher: 'Daily Neural Digest', ...(published ? { published } : {}) },
        ],
        claims: [
          {
            subject: 'gpt-5-5',
            property: 'release-date',
            type: 'date',
            reports: [
              { source: 'a', raw: 'April 23, 2026' },
              { source: 'digest', raw: 'April 24, 2026' },
            ],
          },
        ],
      });
    const [flag] = run(claim('2026-04-24'));
    expect(flag.diagnosis).toBe('one-day-apart');
    expect(flag.explanation).toContain('Daily Neural Digest gives the date of its own article');
    expect(flag.explanation).toContain('(article date) rather than the day it happened (event date)');
    // Another publication date says nothing about this report: the generic cause stays.
    const [other] = run(claim('2026-05-01'));
    expect(other.explanation).not.toContain('its own article');
    expect(other.explanation).toMatch(/publication date taken for the event date/);
  });

  it('keeps flagging differing labels an editor has resolved, quoting the verdict instead of sending the reader to check', () => {
    const [flag] = run(
      buildCorpus({
        sources: [{ id: 'nvidia', publisher: 'NVIDIA', title: 'NVIDIA blog' }],
        claims: [
          {
            subject: 'gpt-5-5',
            property: 'serving-hardware',
            type: 'text',
            reports: [
              { source: 'a', raw: 'GB200 NVL72', via: 'nvidia' },
              { source: 'b', raw: 'GB200 NVL72', via: 'nvidia' },
              { source: 'c', raw: 'H100 and GB200' },
            ],
            verdict: verdict({ note: 'Compatible rather than contradictory: every report names GB200 systems. The H100 needs a second source.' }),
          },
        ],
      }),
    );
    expect(flag).toMatchObject({ diagnosis: 'text-mismatch', sources: ['a', 'b', 'c'] });
    expect(flag.explanation).toContain('"Title of a" and "Title of b" give "GB200 NVL72" (citing NVIDIA)');
    expect(flag.explanation).toContain('An editor\'s verdict says: "Compatible rather than contradictory: every report names GB200 systems."');
    expect(flag.explanation).not.toContain('H100 needs');
    expect(flag.explanation).not.toContain('Check');
  });

  it('stays quiet when values agree, and leaves self-contradiction to internal-inconsistency', () => {
    const flags = run(
      buildCorpus({
        claims: [
          { subject: 's', property: 'score', type: 'percent', reports: [{ source: 'a', raw: '69%' }, { source: 'b', raw: '69.4%' }] },
          { subject: 's', property: 'users', type: 'number', reports: [{ source: 'a', raw: 'over 10,000' }, { source: 'b', raw: '12,000' }] },
          { subject: 's', property: 'date', type: 'date', reports: [{ source: 'a', raw: 'April 2026' }, { source: 'b', raw: 'April 23, 2026' }] },
          { subject: 's', property: 'price', type: 'money', reports: [{ source: 'a', raw: '$5 per 1M input tokens' }, { source: 'b', raw: '$9 per 1M tokens' }] },
          { subject: 's', property: 'other', type: 'number', reports: [{ source: 'a', raw: '5' }, { source: 'a', raw: '9' }] },
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});

describe('value-conflict on prices', () => {
  const properties = [{ id: 'api-price-blended', type: 'money' as const, unit: 'USD per 1M tokens' }];
  const price = (reports: { source: string; raw: string }[]) =>
    run(buildCorpus({ properties, claims: [{ subject: 'gpt-5-5', property: 'api-price-blended', reports }] }));

  it('converts a price per 1K tokens and shows the arithmetic once', () => {
    const flags = price([
      { source: 'a', raw: '$0.002 per 1K tokens' },
      { source: 'b', raw: '$2.50 per 1M tokens' },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].explanation).toContain('$0.002 per 1K tokens = $2.00 per 1M tokens; $2.50 per 1M tokens differs by 25%');
  });

  it('finds no conflict in the same price on two bases, and an integer list price exact', () => {
    expect(price([{ source: 'a', raw: '$0.002 per 1K tokens' }, { source: 'b', raw: '$2 per million tokens' }])).toEqual([]);
    expect(price([{ source: 'a', raw: '$5' }, { source: 'b', raw: '$5.30' }])).toHaveLength(1);
  });
});
