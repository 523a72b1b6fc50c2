import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import { formatValue, normalize, unitOf } from '../../../src/core/values/index.ts';
import { valueDetails } from '../../../src/core/export/shared.ts';
import { rangeText } from '../../../src/site/format.ts';
import { expectFailure, parsed } from './helpers.ts';

describe('text', () => {
  it('folds case, typography, whitespace and surrounding punctuation', () => {
    expect(normalize(parsed('text', '  “Spud”. '))).toBe('spud');
    expect(normalize(parsed('text', 'GB200  and\nGB300'))).toBe('gb200 and gb300');
    expect(normalize(parsed('text', 'Claude — Opus'))).toBe('claude - opus');
    expect(normalize(parsed('text', 'ＧＰＴ'))).toBe('gpt');
  });

  it('keeps inner brackets but drops wrapping ones', () => {
    expect(normalize(parsed('text', 'GPT-5.5 (Spud)'))).toBe('gpt-5.5 (spud)');
    expect(normalize(parsed('text', '(Spud)'))).toBe('spud');
  });

  it('rejects empty text', () => {
    expectFailure('text', '', 'non-empty');
    expectFailure('text', ' “” ', 'non-empty');
    expectFailure('text', true, 'non-empty');
  });
});

describe('text definition', () => {
  it('shows the text as written and compares the folded form', () => {
    const spud = parsed('text', ' “Spud” ');
    expect(formatValue(spud)).toBe('“Spud”');
    expect(unitOf(spud)).toBe('');
    expect(rangeText(spud)).toBe('');
    expect(valueDetails(spud)).toEqual({});
    expect(compareValues(spud, parsed('text', 'spud'))).toEqual({ agree: true });
    expect(compareValues(spud, parsed('text', 'Potato'))).toEqual({ agree: false, diagnosis: 'text-mismatch', note: '"Potato" and "“Spud”" differ.' });
  });
});
