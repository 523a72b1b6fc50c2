/**
 * Adding a rule is one file and its test: a rule declared here, in a set of its own (nothing
 * global changes), raises flags that the engine sorts, the site labels, groups and ranks, and
 * the API counts, with no other code touched.
 */
import { describe, expect, it } from 'vitest';
import { analyze, makeFlag } from '../../../src/core/analyze/index.ts';
import { buildConflictsJson, buildReportsCsv, CSV_COLUMNS } from '../../../src/core/export/index.ts';
import { defaultRules, defineRule, FLAG_KINDS, ruleSet } from '../../../src/core/rules/index.ts';
import { flagKindLabel, groupFlagsByKind, importantFlags } from '../../../src/site/group.ts';
import { buildCorpus } from '../../helpers/corpus-builder.ts';

/** A throwaway rule: a whole-thousands count is suspicious of rounding. */
const roundNumber = defineRule({
  kind: 'round-number',
  label: 'Round numbers',
  name: 'Round number',
  description: 'A source gives a count in whole thousands, which may be rounded.',
  severity: 'high',
  check: (ctx) =>
    ctx.index.claims.flatMap((claim) =>
      ctx.index
        .reportsOf(claim)
        .filter((r) => r.report.value.type === 'number' && r.report.value.value % 1000 === 0)
        .map((r) => makeFlag({ kind: 'round-number', refs: [r], explanation: `${r.report.raw} is a round figure.` })),
    ),
});

const rules = ruleSet([...defaultRules, roundNumber]);

const corpus = buildCorpus({
  claims: [
    { subject: 'lab', property: 'gpus', type: 'number', reports: [{ source: 'a', raw: '100,000' }] },
    // Both through one upstream: one origin, so the conflict is of medium severity.
    { subject: 'lab', property: 'release', type: 'date', reports: [{ source: 'a', raw: '2026-04-23', via: 'u' }, { source: 'b', raw: '2026-04-24', via: 'u' }] },
  ],
});

describe('a rule added in one file', () => {
  const analysis = analyze(corpus, rules);

  it('raises its flags, listed after the registered kinds', () => {
    expect(analysis.flags.map((f) => f.kind)).toEqual(['value-conflict', 'round-number']);
    expect(analysis.flags[1].claims).toEqual(['lab/gpus']);
  });

  it('leaves the registered rules and the default analysis alone', () => {
    expect(FLAG_KINDS).not.toContain('round-number');
    expect(analyze(corpus).flags.map((f) => f.kind)).toEqual(['value-conflict']);
  });

  it('is labelled and described on the site by its own declaration', () => {
    expect(flagKindLabel('round-number', rules)).toBe('Round number');
    expect(flagKindLabel('round-number')).toBe('round-number');
    expect(groupFlagsByKind(analysis.flags, rules).map(({ kind, label, description, flags }) => ({ kind, label, description, n: flags.length }))).toEqual([
      { kind: 'value-conflict', label: 'Conflicting values', description: defaultRules[0].description, n: 1 },
      { kind: 'round-number', label: 'Round numbers', description: 'A source gives a count in whole thousands, which may be rounded.', n: 1 },
    ]);
  });

  it('is ranked on the home page by its own severity', () => {
    // High outranks the medium conflict although the conflict involves more sources.
    expect(analysis.flags.map((f) => f.severity)).toEqual(['medium', 'high']);
    expect(importantFlags(analysis.flags, 2).map((f) => f.kind)).toEqual(['round-number', 'value-conflict']);
    const low = analyze(corpus, rules.map((r) => (r.kind === 'round-number' ? { ...r, severity: 'low' as const } : r)));
    expect(importantFlags(low.flags, 2).map((f) => f.kind)).toEqual(['value-conflict', 'round-number']);
  });

  it('is counted and listed in /api/conflicts.json', () => {
    const json = buildConflictsJson(corpus, analysis, { rules });
    expect(Object.keys(json.counts)).toEqual([...FLAG_KINDS, 'round-number']);
    expect(json.counts['round-number']).toBe(1);
    expect(json.counts['value-conflict']).toBe(1);
    expect(json.flags.filter((f) => f.kind === 'round-number').map((f) => f.claims)).toEqual([['lab/gpus']]);
  });

  it('shows in /api/reports.csv only as the severity of the claims it flags', () => {
    // Counted from the end: no cell after the quote holds a comma here, so splitting on commas finds it.
    const fromEnd = CSV_COLUMNS.length - CSV_COLUMNS.indexOf('severity');
    const rows = (csv: string) => csv.trim().split('\r\n').map((l) => l.split(','));
    const [withRule, without] = [rows(buildReportsCsv(corpus, analysis)), rows(buildReportsCsv(corpus, analyze(corpus)))];
    const drop = (r: string[]) => r.filter((_, i) => i !== r.length - fromEnd);
    expect(withRule.map(drop)).toEqual(without.map(drop));
    const severity = (r: string[] | undefined) => r?.[r.length - fromEnd];
    expect(withRule.filter((r) => r[0] === 'lab/gpus').map((r) => [severity(r), severity(without.find((w) => w[0] === 'lab/gpus'))])).toEqual([['high', '']]);
  });
});
