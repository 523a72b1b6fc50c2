import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corroborates, countOrigins, originGroups } from '../../../src/core/analyze/independence.ts';
import type { Source } from '../../../src/core/model.ts';
import { source } from '../../helpers/corpus-builder.ts';

const sources = new Map<string, Source>(
  [source('a', { family: 'wire' }), source('b', { family: 'wire' }), source('c'), source('d'), source('u'), source('v')].map((s) => [s.id, s]),
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

  it('leaves inferred, speculative and denying reports out of corroboration', () => {
    expect(corroborates({})).toBe(true);
    expect(corroborates({ stance: 'reports' })).toBe(true);
    expect(corroborates({ inferred: true })).toBe(false);
    expect(corroborates({ stance: 'speculates' })).toBe(false);
    expect(corroborates({ stance: 'denies' })).toBe(false);
  });

  it('gives the same groups whatever the order of the reports', () => {
    const report = fc.record({ source: fc.constantFrom('a', 'b', 'c', 'd'), via: fc.constantFrom(undefined, 'u', 'v') });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), fc.infiniteStream(fc.double()), (reports, noise) => {
        const shuffled = reports.map((r) => ({ r, k: noise.next().value })).sort((x, y) => x.k - y.k).map((x) => x.r);
        expect(originGroups(sources, shuffled)).toEqual(originGroups(sources, reports));
        expect(countOrigins(sources, reports)).toBeLessThanOrEqual(reports.length);
      }),
    );
  });
});
