/**
 * `npm run recheck`: archived sources fetched again from a server on 127.0.0.1 that now
 * serves an edited copy; the edits and the quotes they break are reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithArchive } from '../../src/core/archive/drift.ts';
import { page, startPageServer, type PageServer } from '../helpers/page-server.ts';
import { fixtureCopy, runCli, runCliAsync, writeFiles } from './cli-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'archive');
const fixture = (c: string, f: string) => readFileSync(join(FIXTURES, c, f), 'utf8');

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const CLAIM = `---
subject: model-x
property: release-date
reports:
  - source: chip-story
    value: "April 24, 2026"
    quote: "said 10,000 of the racks would be deployed by the end of the year"
  - source: chip-story
    value: "April 24, 2026"
    quote: "the cost per million output tokens falls by 35%"
---
`;

/** A project with two sources archived from the local server and a claim quoting one of them. */
async function archivedProject(): Promise<string> {
  server.routes.set('/story', page(fixture('news-jsonld', 'page.html')));
  server.routes.set('/notes', page(fixture('blog-og', 'page.html')));
  const root = fixtureCopy();
  // The fixture's own source points at a made-up site; no test may leave this machine.
  writeFiles(root, { 'sources/alpha-news.md': readFileSync(join(root, 'sources/alpha-news.md'), 'utf8').replace(/^url: .*\n/m, '') });
  for (const [id, path] of [['chip-story', '/story'], ['lab-notes', '/notes']]) {
    const r = await runCliAsync('new', ['source', server.url(path), '--url', server.url(path), '--id', id, '--root', root]);
    expect(r.code).toBe(0);
  }
  writeFiles(root, { 'claims/model-x/release-date.md': CLAIM });
  expect(runCli('check', ['--root', root]).code).toBe(0);
  return root;
}

describe('npm run recheck', () => {
  it('reports nothing changed while the pages are as archived (exit 0)', async () => {
    const root = await archivedProject();
    const r = await runCliAsync('recheck', ['--root', root]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('sources/chip-story.md  unchanged (7 paragraphs)');
    expect(r.stdout).toContain('sources/lab-notes.md  unchanged');
    expect(r.stdout).toContain('2 sources rechecked: 2 unchanged, 0 changed, 0 not reachable; 0 quoted passages changed.');
    expect(r.code).toBe(0);
  });

  it('shows the edited, removed and added passages and the quote that no longer occurs, with its file:line (exit 1)', async () => {
    const root = await archivedProject();
    server.routes.set('/story', page(fixture('news-jsonld', 'edited.html')));
    const r = await runCliAsync('recheck', ['chip-story', '--root', root]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain('sources/chip-story.md  changed since archiving: 2 passages removed or edited, 2 added');
    expect(out).toContain('  - "We would like to see the latency distribution, not just the peak rate."');
    expect(out).toContain('  + "Correction, April 26: An earlier version of this story misstated the number of racks to be deployed."');
    expect(out).toContain('"10,000" → "8,000"');
    // Line 7 of the claim file holds the first report's quote; the second quote is intact.
    expect(out).toMatch(/✖ claims\/model-x\/release-date\.md:7:12 {2}the quote of claim model-x\/release-date, "said 10,000 of the racks/);
    expect(out).not.toContain('falls by 35%');
    expect(out).toContain('1 source rechecked: 0 unchanged, 1 changed, 0 not reachable; 1 quoted passage changed.');
  });

  it('a source that cannot be fetched is reported and the others are still checked (exit 3 when no quote changed)', async () => {
    const root = await archivedProject();
    server.routes.delete('/notes');
    const r = await runCliAsync('recheck', ['--root', root, '--format', 'json']);
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ sources: 2, changed: 0, failed: 1, brokenQuotes: 0 });
    expect(json.results.find((x: { id: string }) => x.id === 'lab-notes')).toMatchObject({ ok: false, error: expect.stringMatching(/answered 404/) });
    expect(json.results.find((x: { id: string }) => x.id === 'chip-story')).toMatchObject({ ok: true, drift: { changes: [], brokenQuotes: [] } });
  });

  it('refuses unknown, unarchived and url-less ids before fetching anything (exit 2)', async () => {
    const root = fixtureCopy();
    const before = server.hits.length;
    const r = await runCliAsync('recheck', ['alpha-nwes', 'upstream-blog', '--root', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No valid source "alpha-nwes" in sources/. Did you mean "alpha-news"?');
    expect(r.stderr).toContain('sources/upstream-blog.md is not archived');
    expect(server.hits.length).toBe(before);
  });
});

describe('compareWithArchive', () => {
  it('line wrapping and blank lines are not edits; a one-digit change is', () => {
    const archived = 'First paragraph of the text.\nSecond one, with 12 racks.\n';
    expect(compareWithArchive(archived, 'First paragraph\nof the text.\n\nSecond one, with 12 racks.\n', []).changes).toEqual([]);
    const d = compareWithArchive(archived, 'First paragraph of the text.\n\nSecond one, with 13 racks.\n', [
      { claim: 'c/p', file: 'claims/c/p.md', line: 5, col: 12, quote: 'with 12 racks' },
      { claim: 'c/p', file: 'claims/c/p.md', line: 9, col: 12, quote: 'never matched' },
    ]);
    expect(d.changes).toEqual([{ removed: ['Second one, with 12 racks.'], added: ['Second one, with 13 racks.'], words: [{ from: '12', to: '13' }] }]);
    expect(d.brokenQuotes.map((q) => q.line)).toEqual([5]);
  });
});
