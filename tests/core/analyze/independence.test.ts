import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corroborates, countOrigins, originGroups } from '../../../src/core/analyze/independence.ts';
import type { Source } from '../../../src/core/model.ts';
import { source } from '../../helpers/corpus-builder.ts';

const sources = new Map<string, Source>(
  [source('a', { family: 'wire' }), source('b', { family: 'wire' }), source('c'), source('d'), source('u'), source('v'), source('blog', { publisher: 'OpenAI' }), source('paper', { publisher: 'TechCrunch' })].map((s) => [s.id, s]),
);

describe('independent origins', () => {
  it('counts a report by its upstream, else its source', () => {
    expect(originGroups(sources, [{ source: 'c' }, { source: 'd', via: 'u' }])).toEqual([['c'], ['u']]);
    expect(countOrigins(sources, [{ source: 'c', via: 'u' }, { source: 'd', via: 'u' }])).toBe(1);
  });

  it('counts sources of one family once, even when they credit different upstreams', () => {
    expect(originGroups(sources, [{ source: 'a' }, { source: 'b' }])).toEqual([['wire']]);
    expect(originGroups(sources, [{ source: 'a', via: 'u' }, { source: 'b', via: 'v' }])).toEqual([['u', 'v', 'wire']]);
    // An undeclared article crediting two upstreams passes on two origins.
    expect(countOrigins(sources, [{ source: 'c', via: 'u' }, { source: 'c', via: 'v' }])).toBe(2);
  });

  it('counts articles relaying one claimant as one voice, and joins them to an upstream that claimant published', () => {
    // "OpenAI said…" in two unrelated articles: one origin, OpenAI.
    expect(countOrigins(sources, [{ source: 'c', stance: 'reports', claimant: 'OpenAI' }, { source: 'd', stance: 'reports', claimant: "OpenAI's announcement" }])).toBe(1);
    // One credits OpenAI's own post, the other names OpenAI as the claimant: still one voice.
    expect(originGroups(sources, [{ source: 'c', via: 'blog' }, { source: 'd', stance: 'reports', claimant: 'openai' }])).toEqual([['blog', 'd']]);
    // A claimant of another name, or a source stating the value as its own, stays independent.
    expect(countOrigins(sources, [{ source: 'c', stance: 'reports', claimant: 'OpenAI' }, { source: 'd', stance: 'reports', claimant: 'Anthropic' }])).toBe(2);
    expect(countOrigins(sources, [{ source: 'c', claimant: 'OpenAI' }, { source: 'd', claimant: 'OpenAI' }])).toBe(2);
    // A publisher joins only through a relayed claimant: two articles of one outlet are not one voice by that alone.
    expect(countOrigins(sources, [{ source: 'c', via: 'paper' }, { source: 'd', via: 'blog' }])).toBe(2);
  });

  it('leaves inferred, speculative and denying reports out of corroboration', () => {
    expect(corroborates({})).toBe(true);
    expect(corroborates({ stance: 'reports' })).toBe(true);
    expect(corroborates({ inferred: true })).toBe(false);
    expect(corroborates({ stance: 'speculates' })).toBe(false);
    expect(corroborates({ stance: 'denies' })).toBe(false);
  });

  it('gives the same groups whatever the order of the reports', () => {
    const report = fc.record({
      source: fc.constantFrom('a', 'b', 'c', 'd'),
      via: fc.constantFrom(undefined, 'u', 'v', 'blog'),
      stance: fc.constantFrom(undefined, 'reports' as const),
      claimant: fc.constantFrom(undefined, 'OpenAI', 'TechCrunch'),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), fc.infiniteStream(fc.double()), (reports, noise) => {
        const shuffled = reports.map((r) => ({ r, k: noise.next().value })).sort((x, y) => x.k - y.k).map((x) => x.r);
        expect(originGroups(sources, shuffled)).toEqual(originGroups(sources, reports));
        expect(countOrigins(sources, reports)).toBeLessThanOrEqual(reports.length);
      }),
    );
  });
});
