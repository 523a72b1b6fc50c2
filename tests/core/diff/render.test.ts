import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze/index.ts';
import { diffProjects, renderDiffMarkdown, renderDiffText, type Snapshot } from '../../../src/core/diff/index.ts';
import { md } from '../../../src/core/diff/render-markdown.ts';
import { buildCorpus, type ReportSpec } from '../../helpers/corpus-builder.ts';

function project(reports: ReportSpec[]): Snapshot {
  const corpus = buildCorpus({
    subjects: [{ id: 'gpt-5-5', name: 'GPT-5.5' }],
    properties: [{ id: 'swe-bench-pro', label: 'SWE-Bench Pro score', type: 'percent' }],
    claims: [{ subject: 'gpt-5-5', property: 'swe-bench-pro', reports }],
  });
  return { corpus, analysis: analyze(corpus) };
}

const before = project([{ source: 'a', raw: '58.6%' }]);
const hostile = 'x <img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat **bold** | cell \u001b[31m\n::error::forged';
const after = project([
  { source: 'a', raw: '58.6%' },
  { source: 'b', raw: '61.0%', quote: hostile },
]);
const diff = diffProjects(before, after);

describe('renderDiffText', () => {
  const text = renderDiffText(diff, before, after, 'origin/main');

  it('leads with the summary and says which flags are new', () => {
    expect(text).toContain('Changes since origin/main: claim 1 changed; report 1 added; source 1 added.');
    expect(text).toContain('This change creates 1 new flag (1 value-conflict).');
    expect(text).toMatch(/\+ new value-conflict.*GPT-5\.5 · SWE-Bench Pro score 58\.6% vs 61\.0%/);
    expect(text).toMatch(/\+ report b: "61\.0%" — /);
  });

  it('cannot be made to emit control characters or a new line from user text', () => {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
  });

  it('says so when nothing changed', () => {
    const same = renderDiffText(diffProjects(after, after), after, after, 'HEAD');
    expect(same).toContain('no changes to claims, reports, sources or registries');
    expect(same).toContain('creates no new flags and resolves none');
  });
});

describe('renderDiffMarkdown', () => {
  const markdown = renderDiffMarkdown(diff, before, after, 'origin/main');

  it('has a heading, the flag sentence and a section per kind of change', () => {
    expect(markdown).toMatch(/^## Crosscheck: changes since `origin\/main`/);
    expect(markdown).toContain('**This change creates 1 new flag (1 value-conflict).**');
    expect(markdown).toContain('### Flags');
    expect(markdown).toContain('### Claims');
    expect(markdown).toContain('### Sources');
  });

  it('escapes user text so it cannot add HTML, links, mentions or table cells', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('](javascript');
    expect(markdown).not.toContain('@octocat');
    expect(markdown).not.toMatch(/[^\\]\|/);
    expect(markdown).not.toContain('\u001b');
    expect(md('a*b_c<d>[e](f) @g')).toBe('a\\*b\\_c&lt;d\\>\\[e\\]\\(f\\) &#64;g');
  });
});
