import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { overlappingDates, sameMoment } from '../../../src/core/analyze/time.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

describe('time', () => {
  it('treats partial dates as overlapping when one contains the other', () => {
    expect(overlappingDates('2026', '2026-04-23')).toBe(true);
    expect(overlappingDates('2026-04', '2026-04-23')).toBe(true);
    expect(overlappingDates('2026-04-23', '2026-04-23')).toBe(true);
    expect(overlappingDates('2026-04-23', '2026-04-24')).toBe(false);
    expect(overlappingDates('2026-04', '2026-05')).toBe(false);
  });

  it('separates moments only on a time-varying property, and only when both reports are dated', () => {
    const corpus = buildCorpus({
      properties: [
        { id: 'downloads', type: 'number', timeVarying: true },
        { id: 'score', type: 'percent' },
      ],
      claims: [{ subject: 's', property: 'downloads', reports: [{ source: 'a', raw: '1' }] }],
    });
    const ctx = buildContext(corpus, compareValues);
    expect(sameMoment(ctx, 'downloads', { asOf: '2026-04' }, { asOf: '2026-05' })).toBe(false);
    expect(sameMoment(ctx, 'downloads', { asOf: '2026-04' }, { asOf: '2026-04-30' })).toBe(true);
    expect(sameMoment(ctx, 'downloads', { asOf: '2026-04' }, {})).toBe(true);
    expect(sameMoment(ctx, 'score', { asOf: '2026-04' }, { asOf: '2026-05' })).toBe(true);
  });
});
