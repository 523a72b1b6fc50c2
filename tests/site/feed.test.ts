import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { claim, project, writeProject } from '../hostile/helpers.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { atomFeed, feedDate, feedEntries, nameUuid } from '../../src/site/feed.ts';
import { buildSiteData } from '../../src/site/site-data.ts';

const beta = (retrieved: string) =>
  `---\ntitle: "Model X falls short"\npublisher: "Beta News"\nkind: news\nretrieved: ${retrieved}\narchived: true\n---\nModel X scores 79.1% on the Bench benchmark.\n`;
const contested = claim({
  extraReport: '  - source: beta-news\n    value: "79.1%"\n    quote: "Model X scores 79.1% on the Bench benchmark"',
  frontMatter: undefined,
});
const withVerdict = (note: string, reviewed = '2026-05-20') =>
  contested.replace(
    '---\nNotes.',
    `verdict:\n  rating: accurate\n  value: "82.7%"\n  note: "${note}"\n  reviewer: crosscheck-editors\n  reviewed: ${reviewed}\n  evidence:\n    - source: alpha-news\n      quote: "On the Bench benchmark it scores 82.7%"\n  resolves: all\n---\nNotes.`,
  );

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function data(overrides: Record<string, string>) {
  const root = writeProject(project(overrides));
  roots.push(root);
  const p = loadProject(root);
  expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildSiteData(p.corpus, p.analysis);
}

describe('feedDate and nameUuid', () => {
  it('reads the three date precisions as the start of the period, and nothing else', () => {
    expect(feedDate('2026-04-23')).toBe('2026-04-23T00:00:00Z');
    expect(feedDate('2026-04')).toBe('2026-04-01T00:00:00Z');
    expect(feedDate('2026')).toBe('2026-01-01T00:00:00Z');
    expect(feedDate('April 2026')).toBeUndefined();
    expect(feedDate(undefined)).toBeUndefined();
  });

  it('gives stable, distinct, well-formed UUID URNs', () => {
    expect(nameUuid('flag:a')).toBe(nameUuid('flag:a'));
    expect(nameUuid('flag:a')).not.toBe(nameUuid('flag:b'));
    expect(nameUuid('flag:a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the Atom feed', () => {
  it('has an entry per flag dated by its newest source, newest first', () => {
    const d = data({ 'sources/beta-news.md': beta('2026-05-02'), 'claims/model-x/bench-score.md': contested });
    expect(d.analysis.flags.length).toBeGreaterThan(0);
    const entries = feedEntries(d);
    const flag = entries.find((e) => e.category === 'value-conflict');
    // alpha-news was published 2026-04-23 and has no retrieved date; beta-news was retrieved 2026-05-02.
    expect(flag).toMatchObject({ updated: '2026-05-02T00:00:00Z', path: '/claims/model-x/bench-score/' });
    expect(flag!.title).toMatch(/^Conflicting values: .*(82\.7% vs 79\.1%|79\.1% vs 82\.7%)/);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('dates a verdict by its review, and a flag it resolves by the later of its sources and the review', () => {
    const d = data({ 'sources/beta-news.md': beta('2026-05-02'), 'claims/model-x/bench-score.md': withVerdict('Alpha quotes the vendor.', '2026-05-20') });
    const entries = feedEntries(d);
    const verdict = entries.find((e) => e.category === 'verdict');
    expect(verdict).toMatchObject({ updated: '2026-05-20T00:00:00Z', summary: 'Alpha quotes the vendor.' });
    expect(verdict!.title).toMatch(/^Verdict \(Accurate\) on .*: 82\.7%$/);
    const flag = entries.find((e) => e.category === 'value-conflict');
    expect(flag).toMatchObject({ updated: '2026-05-20T00:00:00Z' });
    expect(flag!.title).toMatch(/^Resolved \(Accurate\): /);
  });

  it('moves a flag up when a newer source changes it, keeping its id', () => {
    const older = feedEntries(data({ 'sources/beta-news.md': beta('2026-05-02'), 'claims/model-x/bench-score.md': contested }));
    const newer = feedEntries(data({ 'sources/beta-news.md': beta('2026-06-10'), 'claims/model-x/bench-score.md': contested }));
    expect(newer[0].id).toBe(older[0].id);
    expect(newer[0].updated).toBe('2026-06-10T00:00:00Z');
  });

  it('writes absolute links with a site address and site paths without one, all text escaped', () => {
    const d = data({ 'sources/beta-news.md': beta('2026-05-02'), 'claims/model-x/bench-score.md': withVerdict('R&D figures > 5 and < 9') });
    const withSite = atomFeed(feedEntries(d), 'https://facts.example.org/');
    expect(withSite).toContain('<link rel="self" type="application/atom+xml" href="https://facts.example.org/feed.xml"/>');
    expect(withSite).toContain('href="https://facts.example.org/claims/model-x/bench-score/"');
    expect(withSite).toContain('R&amp;D figures &gt; 5 and &lt; 9');
    const relative = atomFeed(feedEntries(d), undefined);
    expect(relative).toContain('href="/claims/model-x/bench-score/"');
    expect(relative).not.toContain('https://facts.example.org');
    expect(relative.match(/<entry>/g)).toHaveLength(feedEntries(d).length);
  });
});
