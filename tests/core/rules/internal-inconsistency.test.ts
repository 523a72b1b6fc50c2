import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Relation } from '../../../src/core/model.ts';
import { internalInconsistency } from '../../../src/core/rules/internal-inconsistency.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

const between: Relation = {
  kind: 'between',
  property: 'api-price-blended',
  low: 'api-price-input',
  high: 'api-price-output',
  description: 'A blended price mixes input and output prices, so it must lie between them.',
};
const lessThan: Relation = {
  kind: 'less-than',
  property: 'initial-investment',
  than: 'total-cost',
  description: 'The initial investment is part of the total cost.',
};
const properties = [
  { id: 'api-price-input', type: 'money' as const, unit: 'USD per 1M input tokens', label: 'API price, input' },
  { id: 'api-price-output', type: 'money' as const, unit: 'USD per 1M output tokens', label: 'API price, output' },
  { id: 'api-price-blended', type: 'money' as const, unit: 'USD per 1M tokens', label: 'API price, blended' },
  { id: 'initial-investment', type: 'money' as const },
  { id: 'total-cost', type: 'money' as const },
];

function prices(source: string, input: string, output: string, blended: string): ClaimSpec[] {
  return [
    { subject: 'gpt-5-5', property: 'api-price-input', reports: [{ source, raw: input }] },
    { subject: 'gpt-5-5', property: 'api-price-output', reports: [{ source, raw: output }] },
    { subject: 'gpt-5-5', property: 'api-price-blended', reports: [{ source, raw: blended }] },
  ];
}

const run = (claims: ClaimSpec[], relations: Relation[] = [between, lessThan]) =>
  internalInconsistency.check(
    buildContext(buildCorpus({ claims, properties, relations, subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }], sources: [{ id: 'retrain', title: 'The Retrain Nobody Expected' }] }), compareValues),
  );

describe('internal-inconsistency', () => {
  it('flags a blended price outside the same source’s input and output prices', () => {
    const flags = run(prices('retrain', '$5.30', '$30', '$1,200 per million tokens'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'internal-inconsistency', diagnosis: 'outside-range', sources: ['retrain'] });
    expect(flags[0].claims).toEqual(['gpt-5-5/api-price-blended', 'gpt-5-5/api-price-input', 'gpt-5-5/api-price-output']);
    expect(flags[0].explanation).toContain('"The Retrain Nobody Expected" gives "$1,200 per million tokens" for GPT-5.5 · API price, blended');
    // Claim names hold commas: the other two are set apart by semicolons so a reader counts two.
    expect(flags[0].explanation).toContain('alongside "$5.30" for GPT-5.5 · API price, input; and "$30" for GPT-5.5 · API price, output.');
    expect(flags[0].explanation).toContain('must lie between them');
  });

  it('accepts a blended price between them, and ignores sources missing one of the three', () => {
    expect(run(prices('retrain', '$5.30', '$30', '$12 per million tokens'))).toEqual([]);
    expect(run(prices('retrain', '$5.30', '$30', '$12 per million tokens').slice(1))).toEqual([]);
    const split = prices('a', '$5.30', '$30', '$1,200 per million tokens');
    split[2].reports[0].source = 'b';
    expect(run(split)).toEqual([]);
  });

  it('flags a less-than relation that cannot hold, and not one that can', () => {
    const claims = (initial: string, total: string): ClaimSpec[] => [
      { subject: 'gpt-5-5', property: 'initial-investment', reports: [{ source: 'retrain', raw: initial }] },
      { subject: 'gpt-5-5', property: 'total-cost', reports: [{ source: 'retrain', raw: total }] },
    ];
    expect(run(claims('$300 million', '$200 million')).map((f) => f.diagnosis)).toEqual(['not-less-than']);
    expect(run(claims('$20 million', '$200 million'))).toEqual([]);
  });

  it('flags a source whose own reports on one claim disagree', () => {
    const flags = run([
      { subject: 'gpt-5-5', property: 'release-date', type: 'date', reports: [{ source: 'retrain', raw: 'April 23, 2026' }, { source: 'retrain', raw: 'April 24, 2026' }] },
      { subject: 'gpt-5-5', property: 'codename', type: 'text', reports: [{ source: 'retrain', raw: 'Spud' }, { source: 'other', raw: 'Potato' }] },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ diagnosis: 'one-day-apart', claims: ['gpt-5-5/release-date'], sources: ['retrain'] });
  });
});
