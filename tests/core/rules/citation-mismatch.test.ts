import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Source } from '../../../src/core/model.ts';
import { citationMismatch, referenceNumbers } from '../../../src/core/rules/citation-mismatch.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

const run = (claims: ClaimSpec[], sources = [] as (Partial<Source> & { id: string })[]) =>
  citationMismatch.check(buildContext(buildCorpus({ claims, sources }), compareValues));

const downloads = (reports: ClaimSpec['reports']): ClaimSpec => ({ subject: 'gpt-oss-20b', property: 'downloads', type: 'number', reports });

describe('citation-mismatch', () => {
  it('flags one figure credited to two upstreams, naming them by publisher or short title', () => {
    const flags = run(
      [
        downloads([
          { source: 'efficiency-play', raw: '6,613,169', via: 'techcrunch' },
          { source: 'neural-digest', raw: '6,613,169', via: 'openai' },
        ]),
      ],
      [
        { id: 'techcrunch', title: 'OpenAI releases GPT-5.5, bringing company one step closer to an AI super app', publisher: 'TechCrunch' },
        { id: 'openai', title: 'Introducing GPT-5.5' },
      ],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'citation-mismatch',
      diagnosis: 'different-upstream',
      claims: ['gpt-oss-20b/downloads'],
      sources: ['efficiency-play', 'neural-digest'],
    });
    expect(flags[0].values.map((v) => v.via)).toEqual(['techcrunch', 'openai']);
    expect(flags[0].explanation).toContain('credits TechCrunch');
    expect(flags[0].explanation).toContain('credits "Introducing GPT-5.5"');
    expect(flags[0].explanation).not.toContain('super app');
    expect(flags[0].explanation).toMatch(/Both can be true if .* each published it/);
    expect(flags[0].explanation).toContain('check which upstream actually said it');
  });

  it('checks every value type: text, dates and yes/no facts too', () => {
    const claims: ClaimSpec[] = [
      { subject: 'monitor', property: 'tracks', type: 'text', reports: [{ source: 'a', raw: 'API uptime', via: 'u1' }, { source: 'b', raw: 'api uptime.', via: 'u2' }] },
      { subject: 'm', property: 'disclosed', type: 'boolean', reports: [{ source: 'a', raw: false, via: 'u1' }, { source: 'b', raw: false, via: 'u2' }] },
      { subject: 'm', property: 'day', type: 'date', reports: [{ source: 'a', raw: '2026-04-23', via: 'u1' }, { source: 'b', raw: 'April 23, 2026', via: 'u2' }] },
    ];
    expect(run(claims).map((f) => f.claims[0])).toEqual(['m/day', 'm/disclosed', 'monitor/tracks']);
  });

  it('ignores a missing via, the same via, disagreeing values, and an upstream repeating the other', () => {
    const flags = run(
      [
        downloads([
          { source: 'a', raw: '6,613,169', via: 'techcrunch' },
          { source: 'b', raw: '6,613,169' },
          { source: 'c', raw: '6,613,169', via: 'techcrunch' },
        ]),
        { subject: 'x', property: 'count', type: 'number', reports: [{ source: 'a', raw: '5', via: 'u1' }, { source: 'b', raw: '9', via: 'u2' }] },
        { subject: 'x', property: 'flag', type: 'boolean', reports: [{ source: 'a', raw: true, via: 'u1' }, { source: 'b', raw: false, via: 'u2' }] },
        { subject: 'x', property: 'stars', type: 'number', reports: [{ source: 'a', raw: '16,885', via: 'repeater' }, { source: 'b', raw: '16,885', via: 'original' }] },
      ],
      [{ id: 'repeater', cites: ['original'] }],
    );
    expect(flags).toEqual([]);
  });

  it('calls out one reference number that points to different upstreams in the two articles', () => {
    const sources = [
      { id: 'efficiency', cites: ['verge', 'nvidia'] },
      { id: 'digest', cites: ['openai', 'nvidia'] },
      { id: 'verge', publisher: 'The Verge' },
      { id: 'openai', publisher: 'OpenAI' },
    ];
    const architecture = (digestQuote: string): ClaimSpec => ({
      subject: 'gpt-5-5',
      property: 'architecture-disclosed',
      type: 'boolean',
      reports: [
        { source: 'efficiency', raw: false, via: 'verge', quote: 'tight-lipped about the architecture [1]' },
        { source: 'digest', raw: false, via: 'openai', quote: digestQuote },
      ],
    });
    const [same] = run([architecture('the lack of transparency [1] is a concern')], sources);
    expect(same.diagnosis).toBe('same-reference-number');
    expect(same.explanation).toContain('Both articles mark it "[1]"');
    expect(same.explanation).toContain('strong sign');
    // Without a shared number the flag stays, without the claim about copying.
    const [plain] = run([architecture('the lack of transparency is a concern')], sources);
    expect(plain.diagnosis).toBe('different-upstream');
    expect(plain.explanation).not.toContain('[1]');
  });

  it('reads reference numbers from a quote, but not bracketed years', () => {
    expect(referenceNumbers('downloads [1] and stars [2]')).toEqual([1, 2]);
    expect(referenceNumbers('as reported [1, 3]')).toEqual([1, 3]);
    expect(referenceNumbers('on April 23 [2026]')).toEqual([]);
  });
});
