import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filesForTerm, keyFor, planShards } from '../../../src/core/search/shards.ts';

const weights = (entries: Array<[string, number]>) => new Map(entries);

describe('planShards', () => {
  it('packs a small vocabulary into one file', () => {
    const plan = planShards(weights([['alpha', 10], ['beta', 10], ['gamma', 10]]), 100);
    expect(plan.files).toBe(1);
    expect(Object.keys(plan.keys).sort()).toEqual(['a', 'b', 'g']);
  });

  it('splits a heavy first letter into longer keys and keeps the parent key', () => {
    const plan = planShards(weights([['t', 5], ['terminal', 60], ['tokens', 60], ['bench', 10]]), 100);
    expect(plan.keys).toHaveProperty('t');
    expect(plan.keys).toHaveProperty('te');
    expect(plan.keys).toHaveProperty('to');
    expect(keyFor('terminal', plan.keys)).toBe('te');
    expect(keyFor('t', plan.keys)).toBe('t');
    expect(plan.files).toBeGreaterThan(1);
  });

  it('finds every file a prefix can reach', () => {
    const plan = planShards(weights([['tea', 60], ['terminal', 60], ['term', 60], ['bench', 10]]), 70);
    const files = filesForTerm('te', plan.keys, true);
    for (const t of ['tea', 'terminal', 'term']) expect(files).toContain(plan.keys[keyFor(t, plan.keys) as string]);
  });

  it('puts every term in exactly the file filesForTerm names (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-d]{1,6}$/), fc.integer({ min: 1, max: 50 })), fc.integer({ min: 10, max: 200 }), (dict, budget) => {
        const plan = planShards(new Map(Object.entries(dict)), budget);
        for (const term of Object.keys(dict)) {
          const key = keyFor(term, plan.keys);
          expect(key).toBeDefined();
          expect(term.startsWith(key as string)).toBe(true);
          expect(filesForTerm(term, plan.keys, false)).toEqual([plan.keys[key as string]]);
        }
        // A prefix query reaches the file of every term that starts with it.
        for (const term of Object.keys(dict)) {
          const p = term.slice(0, 3);
          const files = filesForTerm(p, plan.keys, true);
          expect(files).toContain(plan.keys[keyFor(term, plan.keys) as string]);
        }
      }),
    );
  });
});
