/**
 * `npm run new -- source <url>` and `--file`, end to end: the real CLI fetches saved pages
 * from a server on 127.0.0.1 (no internet) and writes sources/<id>.md, which then passes
 * `npm run check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, startPageServer, type PageServer } from '../helpers/page-server.ts';
import { run } from '../../src/cli/new.ts';
import { fixtureCopy, runCli, runCliAsync, tempDir } from './cli-helpers.ts';
import { scriptedPrompter } from '../../src/cli/new-prompt.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'archive');
const fixture = (c: string, f: string) => readFileSync(join(FIXTURES, c, f), 'utf8');
const frontMatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
const today = new Date().toISOString().slice(0, 10);

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.routes.set('/2026/04/24/chipmaker-doubles-inference-output', page(fixture('news-jsonld', 'page.html')));
  server.routes.set('/old-address', (_q, res) => res.writeHead(301, { location: '/2026/04/24/chipmaker-doubles-inference-output' }).end());
  server.routes.set('/filings', page(fixture('no-date', 'page.html')));
  server.routes.set('/statement.txt', page(fixture('plain-text', 'article.txt'), 'text/plain; charset=utf-8'));
  server.routes.set('/report.pdf', page('%PDF-1.7', 'application/pdf'));
  server.routes.set('/to-file', (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
});
afterAll(() => server.close());

describe('npm run new -- source <url>: fetch and archive', () => {
  it('writes the article verbatim with the metadata the page states, and the result passes the check', async () => {
    const root = fixtureCopy();
    const r = await runCliAsync('new', ['source', server.url('/old-address'), '--root', root, '--kind', 'news']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = 'news-example-chipmaker-doubles-inference-output'; // site and path words of the canonical address
    expect(r.stdout).toContain(`Created sources/${id}.md`);
    expect(r.stdout).toContain(`npm run spot -- sources/${id}.md`);
    const text = readFileSync(join(root, 'sources', `${id}.md`), 'utf8');
    expect(bodyOf(text)).toBe(fixture('news-jsonld', 'expected.md'));
    const fm = frontMatter(text);
    expect(fm).toContain('title: "Chipmaker doubles inference output for new model"');
    expect(fm).toContain('publisher: "Example Tech Daily"');
    expect(fm).toContain('author: "Priya Raman, Tom Okafor"');
    expect(fm).toContain('published: 2026-04-24');
    // The page's canonical address, not the redirecting one the contributor had.
    expect(fm).toContain('url: "https://news.example.com/2026/04/24/chipmaker-doubles-inference-output"');
    expect(fm).toContain(`retrieved: ${today}`);
    expect(fm).toContain('archived: true');
    expect(text.endsWith('\n')).toBe(true);
    const check = runCli('check', ['--root', root]);
    expect(check.stdout).toMatch(/0 invalid/);
    expect(check.code).toBe(0);
  });

  it('flags override what the page states; a page with no date gets no published line', async () => {
    const root = fixtureCopy();
    const r = await runCliAsync('new', ['source', server.url('/filings'), '--root', root, '--id', 'grid-watch-filings', '--title', 'Data centre power', '--publisher', 'Grid Watch']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'sources', 'grid-watch-filings.md'), 'utf8');
    expect(frontMatter(text)).toContain('title: "Data centre power"');
    expect(frontMatter(text)).toContain('publisher: "Grid Watch"');
    expect(frontMatter(text)).toContain('author: "Lena Fischer"');
    expect(frontMatter(text)).toContain('# published: 2026-04-23');
    expect(frontMatter(text)).toContain(`url: "${server.url('/filings')}"`);
    expect(bodyOf(text)).toBe(fixture('no-date', 'expected.md'));
  });

  it('archives a plain-text address as it is', async () => {
    const root = fixtureCopy();
    const r = await runCliAsync('new', ['source', server.url('/statement.txt'), '--root', root, '--id', 'regulator-statement']);
    expect(r.code).toBe(0);
    expect(bodyOf(readFileSync(join(root, 'sources', 'regulator-statement.md'), 'utf8'))).toBe(fixture('plain-text', 'expected.md'));
  });

  it('refuses, in one line each and writing nothing: a PDF, a redirect to file:, a 404, an address that is not http(s)', async () => {
    const root = fixtureCopy();
    const cases: [string, RegExp][] = [
      [server.url('/report.pdf'), /is "application\/pdf", not an HTML page or plain text/],
      [server.url('/to-file'), /redirected to a non-http\(s\) address/],
      [server.url('/missing'), /answered 404/],
    ];
    for (const [url, message] of cases) {
      const r = await runCliAsync('new', ['source', url, '--root', root, '--id', 'x-refused']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const ftp = runCli('new', ['source', '--url', 'ftp://example.com/a', '--root', root, '--title', 'X']);
    expect(ftp.code).toBe(1);
    expect(() => readFileSync(join(root, 'sources', 'x-refused.md'))).toThrow();
  });

  it('in a terminal, asks only for what the page did not state', async () => {
    const root = fixtureCopy();
    const prompter = scriptedPrompter(['Grid Watch', '', 'analysis', '']);
    const outcome = await run(['source', server.url('/filings'), '--root', root], { interactive: true, prompter: () => prompter });
    expect(outcome.err).toEqual([]);
    expect(outcome.code).toBe(0);
    // Title, URL, author come from the page; it states no publisher or date, and kind and id are the contributor's.
    expect(prompter.asked.map((q) => q.split(/[ ,]/)[0])).toEqual(['Publisher', 'Published', 'Kind', 'Id']);
    const file = outcome.out[0].match(/sources\/[a-z0-9-]+\.md/)![0];
    const text = readFileSync(join(root, file), 'utf8');
    expect(frontMatter(text)).toContain('publisher: "Grid Watch"');
    expect(frontMatter(text)).toContain('kind: analysis');
    expect(bodyOf(text)).toBe(fixture('no-date', 'expected.md'));
  });

  it('--no-fetch and --archived no only scaffold, without any request', async () => {
    const root = fixtureCopy();
    const before = server.hits.length;
    expect((await runCliAsync('new', ['source', server.url('/filings'), '--root', root, '--id', 'scaffold-only', '--title', 'T', '--no-fetch'])).code).toBe(0);
    expect((await runCliAsync('new', ['source', server.url('/filings'), '--root', root, '--id', 'upstream-only', '--title', 'T', '--archived', 'no'])).code).toBe(0);
    expect(server.hits.length).toBe(before);
  });
});

describe('npm run new -- source --file', () => {
  it('archives a saved page offline, resolving its canonical link against the address given', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'https://labnotebook.example.org/2026/05/x/', '--file', join(FIXTURES, 'blog-og', 'page.html'), '--root', root, '--kind', 'blog']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = r.stdout.match(/sources\/([a-z0-9-]+)\.md/)![1];
    const text = readFileSync(join(root, 'sources', `${id}.md`), 'utf8');
    expect(bodyOf(text)).toBe(fixture('blog-og', 'expected.md'));
    expect(frontMatter(text)).toContain('url: "https://labnotebook.example.org/2026/05/why-one-score-means-three-things/"');
    expect(frontMatter(text)).toContain('published: 2026-05-02');
    expect(runCli('check', ['--root', root]).code).toBe(0);
  });

  it('archives a text file, its first short line as the title', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', '--file', join(FIXTURES, 'plain-text', 'article.txt'), '--root', root]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'sources', 'regulator-delays-ruling-on-model-audit-rules.md'), 'utf8');
    expect(frontMatter(text)).toContain('title: "Regulator delays ruling on model audit rules"');
    expect(bodyOf(text)).toBe(fixture('plain-text', 'expected.md'));
  });

  it('decodes a saved page in the encoding its <meta charset> names', () => {
    const dir = tempDir();
    const para = 'Le modèle «\u00a0X\u00a0» coûte 20\u00a0% de moins que le précédent, selon le fabricant. '.repeat(3);
    const html = `<html><head><meta charset="windows-1252"><title>Prix</title></head><body><article><h1>Prix</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    writeFileSync(join(dir, 'page.html'), Buffer.from(html, 'latin1'));
    const root = fixtureCopy();
    const r = runCli('new', ['source', '--file', join(dir, 'page.html'), '--root', root, '--id', 'prix', '--title', 'Prix']);
    expect(r.code).toBe(0);
    expect(bodyOf(readFileSync(join(root, 'sources', 'prix.md'), 'utf8'))).toContain('Le modèle «\u00a0X\u00a0» coûte 20\u00a0% de moins');
  });

  it('refuses other file types and unreadable files in one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.pdf'), '%PDF');
    const root = fixtureCopy();
    const pdf = runCli('new', ['source', '--file', join(dir, 'page.pdf'), '--root', root, '--title', 'X']);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/--file takes a saved page/);
    const missing = runCli('new', ['source', '--file', join(dir, 'gone.html'), '--root', root, '--title', 'X']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Could not read --file .*ENOENT/);
  });
});
