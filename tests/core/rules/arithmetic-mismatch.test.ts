import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/analyze/context.ts';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { Relation } from '../../../src/core/model.ts';
import { arithmeticMismatch } from '../../../src/core/rules/arithmetic-mismatch.ts';
import type { ClaimSpec } from '../../helpers/corpus-builder.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

const lead: Relation = { kind: 'difference', property: 'tb-lead', of: 'tb', versus: 'versus', description: 'A lead is one score minus the other.' };
const priceRatio: Relation = { kind: 'ratio', property: 'price-change', of: 'price-in', versus: 'versus', description: 'A price change is one price over the other.' };
const properties = [
  { id: 'tb', type: 'percent' as const, unit: '%' },
  { id: 'tb-lead', type: 'number' as const, unit: 'percentage points' },
  { id: 'price-in', type: 'money' as const, unit: 'USD per 1M input tokens' },
  { id: 'price-change', type: 'change' as const },
];
const subjects = [
  { id: 'gpt-5-5', name: 'GPT-5.5' },
  { id: 'opus', name: 'Claude Opus 4.7' },
  { id: 'gpt-5-4', name: 'GPT-5.4' },
];

const run = (claims: ClaimSpec[]) =>
  arithmeticMismatch.check(buildContext(buildCorpus({ claims, properties, subjects, relations: [lead, priceRatio] }), compareValues));

const score = (subject: string, source: string, raw: string): ClaimSpec => ({ subject, property: 'tb', reports: [{ source, raw }] });
const leadOf = (source: string, raw: string): ClaimSpec => ({ subject: 'gpt-5-5', property: 'tb-lead', qualifiers: { versus: 'opus' }, reports: [{ source, raw }] });
const price = (subject: string, source: string, raw: string): ClaimSpec => ({ subject, property: 'price-in', reports: [{ source, raw }] });
const change = (source: string, raw: string): ClaimSpec => ({ subject: 'gpt-5-5', property: 'price-change', qualifiers: { versus: 'gpt-5-4' }, reports: [{ source, raw }] });

describe('arithmetic-mismatch', () => {
  it('accepts a lead its own scores give, within their written precision and bound', () => {
    expect(run([score('gpt-5-5', 'a', '82.7%'), score('opus', 'a', '69.4%'), leadOf('a', '13+ points')])).toEqual([]);
    expect(run([score('gpt-5-5', 'a', '82.7%'), score('opus', 'a', '69.4%'), leadOf('a', '13-point')])).toEqual([]);
  });

  it('flags a lead its own scores do not give, showing the arithmetic', () => {
    const flags = run([score('gpt-5-5', 'a', '82.7%'), score('opus', 'a', '69.4%'), leadOf('a', '10-point')]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'arithmetic-mismatch', diagnosis: 'own-figures', sources: ['a'] });
    expect(flags[0].claims).toEqual(['gpt-5-5/tb', 'gpt-5-5/tb-lead--opus', 'opus/tb']);
    expect(flags[0].explanation).toContain('82.7% − 69.4% = 13.3 points');
    expect(flags[0].explanation).toContain('"10-point"');
  });

  it('checks across sources only when no combination of their figures fits', () => {
    expect(run([score('gpt-5-5', 'a', '82.7%'), score('opus', 'b', '69.4%'), leadOf('c', '13 points')])).toEqual([]);
    const flags = run([score('gpt-5-5', 'a', '82.7%'), score('opus', 'b', '69.4%'), leadOf('c', '37-point')]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ diagnosis: 'other-sources', sources: ['a', 'b', 'c'] });
    expect(flags[0].explanation).toContain('82.7% − 69.4% = 13.3 points');
  });

  it('checks a ratio against two prices: "doubled" fits $2.50 to $5.30, "tripled" does not', () => {
    expect(run([price('gpt-5-5', 'r', '$5.30'), price('gpt-5-4', 'r', '$2.50'), change('r', 'doubled')])).toEqual([]);
    const flags = run([price('gpt-5-5', 'r', '$5.30'), price('gpt-5-4', 'r', '$2.50'), change('r', 'tripled')]);
    expect(flags).toHaveLength(1);
    expect(flags[0].explanation).toContain('$5.30 ÷ $2.50 = 2.12x');
    // A whole result is written whole, as the figures it is set against are.
    const whole = run([price('gpt-5-5', 'r', '$5'), price('gpt-5-4', 'r', '$2.50'), change('r', 'tripled')]);
    expect(whole[0].explanation).toContain('$5 ÷ $2.50 = 2x');
    const lead = run([score('gpt-5-5', 'a', '82%'), score('opus', 'a', '70%'), leadOf('a', '20 points')]);
    expect(lead[0].explanation).toContain('82% − 70% = 12 points');
    expect(run([price('gpt-5-5', 'r', '$5.30'), price('gpt-5-4', 'r', '$2.50'), change('r', '35x cheaper')])).toHaveLength(1);
  });

  it('leaves alone a result whose other subject has no figure, or figures on another basis', () => {
    expect(run([score('gpt-5-5', 'a', '82.7%'), leadOf('a', '10 points')])).toEqual([]);
    expect(run([price('gpt-5-5', 'r', '$5.30'), price('gpt-5-4', 'r', '$2.50 per GPU-hour'), change('r', 'tripled')])).toEqual([]);
  });
});
