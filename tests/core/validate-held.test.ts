/**
 * One mistake in a widely cited source is one error: the claims citing it are left off the site
 * with it, named once in a source-invalid error on the source rather than in one error per report.
 */
import { describe, expect, it } from 'vitest';
import { NO_COLORS, formatSummary } from '../../src/cli/format.ts';
import { validateProject } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

/** The valid fixture with a bad date in alpha-news and `n` more claims each citing it twice. */
function citedWidely(n: number) {
  const files = fixtureProject('valid').map((f) => (f.path === 'sources/alpha-news.md' ? { ...f, text: f.text.replace('published: 2026-04-23', 'published: 25/04/2026') } : f));
  for (let i = 1; i <= n; i++) {
    const report = (value: string) => `  - source: alpha-news\n    value: "${value}"\n    quote: "it scores 82.7%"\n`;
    files.push({ path: `claims/model-x/bench-score--v${i}.md`, text: `---\nsubject: model-x\nproperty: bench-score\nqualifiers: {variant: v${i}}\nreports:\n${report('82.7%')}${report('about 82.7%')}---\n` });
  }
  return validateProject(files);
}

describe('a source with errors of its own', () => {
  it('gives its own error and one mention of the claims it holds back, not one error per report', () => {
    const result = citedWidely(5);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`)).toEqual(['sources/alpha-news.md:5:12 schema-invalid', 'sources/alpha-news.md:5:12 source-invalid']);
    const held = result.diagnostics[1];
    // The base claim has one report, the five others two each.
    expect(held.message).toBe(
      '11 reports in 6 claims cite this source, so those claims are left off the site, and out of the flags, until it is fixed: claims/model-x/bench-score--v1.md, claims/model-x/bench-score--v2.md, claims/model-x/bench-score--v3.md and 3 more.',
    );
    expect(held.hint).toBe('Fix the error in sources/alpha-news.md; the claims need no change for this.');
    // Nothing vanishes: each held claim is rejected and listed.
    expect(result.corpus.claims).toEqual([]);
    expect(result.heldBySources).toEqual({ claims: result.rejected.filter((f) => f.startsWith('claims/')), reports: 11 });
    expect(result.heldBySources.claims).toHaveLength(6);
  });

  it('the summary says flags are not computed for the claims held back', () => {
    const summary = formatSummary(citedWidely(2), [], NO_COLORS);
    expect(summary).toContain('Flags (findings, not errors): none. Not computed for the 3 invalid claims (5 reports in 3 of them cite a source with errors).');
  });
});
