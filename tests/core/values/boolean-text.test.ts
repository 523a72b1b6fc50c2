import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/values/index.ts';
import { expectFailure, parsed } from './helpers.ts';

describe('boolean', () => {
  it('reads booleans and yes/no words', () => {
    expect(normalize(parsed('boolean', true))).toBe(true);
    expect(normalize(parsed('boolean', 'Yes'))).toBe(true);
    expect(normalize(parsed('boolean', 'no'))).toBe(false);
    expect(normalize(parsed('boolean', 'FALSE'))).toBe(false);
  });

  it('rejects anything else', () => {
    expectFailure('boolean', 'maybe', 'yes or no');
    expectFailure('boolean', 1, 'yes or no');
  });
});

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
