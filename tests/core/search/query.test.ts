import { describe, expect, it } from 'vitest';
import { emptyQuery, hasFilters, parseQuery, queryToParams } from '../../../src/core/search/query.ts';

describe('search query in the URL', () => {
  it('round-trips through URLSearchParams with + for spaces', () => {
    const query = { ...emptyQuery(), q: 'terminal bench', status: 'contested' };
    const params = queryToParams(query);
    expect(params.toString()).toBe('q=terminal+bench&status=contested');
    expect(parseQuery(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('drops empty parts and caps long input', () => {
    const parsed = parseQuery(new URLSearchParams(`q=${'x'.repeat(500)}&subject=`));
    expect(parsed.q.length).toBe(200);
    expect(hasFilters(parsed)).toBe(false);
    expect(queryToParams(emptyQuery()).toString()).toBe('');
  });
});
