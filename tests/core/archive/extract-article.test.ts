import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText } from '../../../src/core/archive/article-text.ts';
import { articleFromText, extractArticle } from '../../../src/core/archive/extract-article.ts';
import { datePart } from '../../../src/core/archive/page-metadata.ts';
import { buildQuoteIndex, findQuote } from '../../../src/core/quotes.ts';
import { validateProject } from '../../../src/core/validate.ts';
import { readProjectFiles } from '../../../src/node/read-project.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'archive');
const read = (c: string, f: string) => readFileSync(join(FIXTURES, c, f), 'utf8');

describe('extractArticle: saved pages to the article text, exactly', () => {
  it('news page: nav, ads, related links, share tools, comments, scripts and footer are left out; entities decoded; JSON-LD metadata', () => {
    const r = extractArticle(read('news-jsonld', 'page.html'), 'https://news.example.com/some/path?utm=x');
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.body).toBe(read('news-jsonld', 'expected.md'));
    expect(r.article.meta).toEqual({
      title: 'Chipmaker doubles inference output for new model',
      publisher: 'Example Tech Daily',
      author: 'Priya Raman, Tom Okafor',
      published: '2026-04-24',
      canonicalUrl: 'https://news.example.com/2026/04/24/chipmaker-doubles-inference-output',
    });
    for (const noise of ['Advertisement', 'Subscribe', 'Related stories', 'gpufan99', 'All rights reserved', 'Injected by script', 'dataLayer']) {
      expect(r.article.body).not.toContain(noise);
    }
  });

  it('blog page: og tags and article:published_time; a relative og:url made absolute; an author URL is not an author', () => {
    const r = extractArticle(read('blog-og', 'page.html'), 'https://labnotebook.example.org/2026/05/why/');
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.body).toBe(read('blog-og', 'expected.md'));
    expect(r.article.meta).toEqual({
      title: 'Why one benchmark score can mean three things',
      publisher: 'Lab Notebook',
      author: 'Sam Whitfield',
      published: '2026-05-02',
      canonicalUrl: 'https://labnotebook.example.org/2026/05/why-one-score-means-three-things/',
    });
    expect(r.article.body).not.toMatch(/cookies|Popular posts|Sponsored|Loading comments|Powered by/);
  });

  it('a page that states no date gets no date (nothing is guessed), and its byline comes from the text', () => {
    const r = extractArticle(read('no-date', 'page.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.body).toBe(read('no-date', 'expected.md'));
    expect(r.article.meta).toEqual({ title: 'Data centre power: what the filings show', author: 'Lena Fischer' });
    expect(r.article.body).not.toMatch(/Solar panels|Log in|reader-funded|Leave a reply|Energy/);
  });

  it('never runs the page: script elements, inline handlers and javascript: links have no effect', () => {
    const marker = '__crosscheckArchiveRan';
    const html = `<html><head><script>globalThis.${marker} = 1</script></head><body onload="globalThis.${marker} = 2"><article>
      <p>${'A paragraph of the article that is long enough for the extractor to keep it as text. '.repeat(4)}</p>
      <p><a href="javascript:globalThis.${marker}=3">A link</a> in a second paragraph that also carries some words.</p>
      <img src="x" onerror="globalThis.${marker} = 4"></article></body></html>`;
    const r = extractArticle(html);
    expect(r.ok).toBe(true);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('a page without an article is refused with a reason, not archived empty', () => {
    const r = extractArticle('<html><body><nav><a href="/">Home</a></nav><script>render()</script></body></html>');
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/No article text/) });
  });
});

describe('articleFromText: a saved text file', () => {
  it('keeps the text verbatim, paragraphs at blank lines, CRLF and trailing spaces dropped, the first short line as title', () => {
    const r = articleFromText(read('plain-text', 'article.txt'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.body).toBe(read('plain-text', 'expected.md'));
    expect(r.article.meta).toEqual({ title: 'Regulator delays ruling on model audit rules' });
  });

  it('a text without blank lines (a copy from a browser) has one paragraph per line', () => {
    expect(paragraphsOfText('Headline\nFirst paragraph.\nSecond one.\n')).toEqual(['Headline', 'First paragraph.', 'Second one.']);
  });

  it('property: every non-blank line of the text is kept, in order, character for character', () => {
    const line = fc.stringMatching(/^[A-Za-z0-9 ,.'’“”%$-]{0,40}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant('')), { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const kept = paragraphsOfText(text).join('\n').split('\n').filter((l) => l.trim() !== '');
        expect(kept).toEqual(lines.map((l) => l.replace(/[ \t]+$/, '')).filter((l) => l.trim() !== ''));
      }),
    );
  });
});

describe('the real corpus through --file', () => {
  it('archiving the text of each archived source again keeps its words and every quote of the corpus', () => {
    const { corpus } = validateProject(readProjectFiles(join(import.meta.dirname, '..', '..', '..')));
    const archived = corpus.sources.filter((s) => s.archived);
    expect(archived.length).toBeGreaterThanOrEqual(5);
    let quotes = 0;
    for (const source of archived) {
      const r = articleFromText(source.body);
      if (!r.ok) throw new Error(`${source.id}: ${r.reason}`);
      expect(r.article.body.replace(/\s+/g, ' ').trim()).toBe(source.body.replace(/\s+/g, ' ').trim());
      const ix = buildQuoteIndex(r.article.body);
      for (const claim of corpus.claims) {
        for (const report of claim.reports.filter((x) => x.source === source.id)) {
          quotes++;
          expect(findQuote(ix, report.quote), `${claim.id}: ${report.quote}`).not.toBeNull();
        }
      }
    }
    expect(quotes).toBeGreaterThan(100);
  });
});

describe('datePart', () => {
  it('keeps the date as the page wrote it, with no time-zone shift, and refuses impossible dates', () => {
    expect(datePart('2026-04-24T23:30:00-07:00')).toBe('2026-04-24');
    expect(datePart('2026-04-24')).toBe('2026-04-24');
    expect(datePart('2026-02-30')).toBeUndefined();
    expect(datePart('April 24, 2026')).toBeUndefined();
  });
});
