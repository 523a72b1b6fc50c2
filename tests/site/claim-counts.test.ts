import { describe, expect, it } from 'vitest';
import { countsText } from '../../src/site/claim-counts.ts';

describe('the counts under a claim\'s status', () => {
  it('says two origins that disagree disagree, rather than "0 agreeing"', () => {
    expect(countsText({ reports: 2, origins: 2, agreeing: 0 })).toBe('2 reports from 2 independent origins, which disagree');
  });

  it('counts in the singular and the plural, and names no origin in words', () => {
    expect(countsText({ reports: 1, origins: 1, agreeing: 1 })).toBe('1 report from 1 independent origin');
    expect(countsText({ reports: 1, origins: 0, agreeing: 0 })).toBe('1 report from no independent origin');
    expect(countsText({ reports: 3, origins: 2, agreeing: 2 })).toBe('3 reports from 2 independent origins, both agreeing');
    expect(countsText({ reports: 4, origins: 3, agreeing: 3 })).toBe('4 reports from 3 independent origins, all agreeing');
  });

  it('says how many agree when some do, and against what', () => {
    expect(countsText({ reports: 4, origins: 3, agreeing: 2 })).toBe('4 reports from 3 independent origins, 2 of them agreeing');
    expect(countsText({ reports: 2, origins: 2, agreeing: 1 })).toBe('2 reports from 2 independent origins, none confirming another');
    expect(countsText({ reports: 3, origins: 3, agreeing: 1, settled: true })).toBe('3 reports from 3 independent origins, 1 of them agreeing with the verdict');
    expect(countsText({ reports: 2, origins: 2, agreeing: 0, settled: true })).toBe('2 reports from 2 independent origins, none agreeing with the verdict');
  });
});
