/**
 * The site rules of site-output.build.test.ts, proven able to fail: crafted pages with each
 * defect must be reported, and a clean page must not.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml, schemeOf } from './html-scan.ts';
import { pageProblems, sha256, type Site } from './site-checks.ts';

const INLINE = 'console.log(1)';
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' '${sha256(INLINE)}'; object-src 'none'; base-uri 'none'">`;
const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const site = (pages: Record<string, string>): Site => ({
  dist: '/nowhere',
  pages: new Map(Object.entries(pages).map(([f, html]) => [f, { html, scan: scanHtml(html) }])),
});
const problemsOf = (html: string) => pageProblems(site({ 'p.html': html }));

describe('site rules on crafted pages', () => {
  it('a clean page passes', () => {
    expect(problemsOf(page(`${CSP}<script>${INLINE}</script><script type="module" src="/_astro/a.js"></script>`, '<a href="https://ok.example/">ok</a><script type="application/ld+json">{"a":"\\u003c"}</script>'))).toEqual([]);
  });

  const DEFECTS: Array<[string, string, RegExp]> = [
    ['no CSP', page('', '<p>x</p>'), /0 Content-Security-Policy/],
    ['two CSPs', page(CSP + CSP, ''), /2 Content-Security-Policy/],
    ['unsafe-inline', page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; object-src 'none'; base-uri 'none'">`, ''), /too loose/],
    ['script before the CSP', page(`<script src="/_astro/a.js"></script>${CSP}`, ''), /before the CSP/],
    ['event handler', page(CSP, '<div onclick="x()">x</div>'), /onclick/],
    ['upper-case event handler', page(CSP, '<img ONERROR=x src=/a.png>'), /onerror/],
    ['javascript: href', page(CSP, '<a href="javascript:alert(1)">x</a>'), /href="javascript/],
    ['entity-encoded javascript: href', page(CSP, '<a href="java&#x09;script&colon;alert(1)">x</a>'), /href=/],
    ['control-prefixed javascript: src', page(CSP, '<iframe src="&#1; JaVaScRiPt:alert(1)"></iframe>'), /src=/],
    ['data: in an unquoted src', page(CSP, '<img src=data:image/svg+xml,x>'), /src=/],
    ['javascript: formaction', page(CSP, '<button formaction="javascript:x">b</button>'), /formaction/],
    ['JSON-LD with a raw <', page(CSP, '<script type="application/ld+json">{"a":"</x>"}</script>'), /raw "<"/],
    ['inline script the CSP does not list', page(CSP, '<script>alert(1)</script>'), /does not list/],
    ['script from elsewhere', page(CSP, '<script src="https://evil.example/x.js"></script>'), /a script from/],
    ['inline <style> the CSP does not list', page(CSP, '<style>p{color:red}</style>'), /inline <style>/],
    ['style attribute the CSP blocks', page(CSP, '<p style="color:red">x</p>'), /style="…"/],
    ['meta refresh', page(CSP, '<meta http-equiv="refresh" content="0;url=javascript:x">'), /refresh/],
  ];
  for (const [name, html, expected] of DEFECTS) {
    it(`reports: ${name}`, () => {
      const problems = problemsOf(html);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toMatch(expected);
    });
  }
});

describe('the tokenizer', () => {
  it('keeps script content raw until its own end tag and decodes text', () => {
    const scan = scanHtml('<p>a &lt;b&gt; &amp; &#x27;c&#39;</p><script>if (a<b) x("</p>")</script><p>d</p>');
    expect(scan.elements.map((e) => e.name)).toEqual(['p', 'script', 'p']);
    expect(scan.elements[1].raw).toBe('if (a<b) x("</p>")');
    expect(scan.text).toContain("a <b> & 'c'");
  });

  it('reads the scheme a browser would', () => {
    expect(schemeOf(' \tJaVa\nScRiPt:x')).toBe('javascript');
    expect(schemeOf('https://ok.example/')).toBe('https');
    expect(schemeOf('/relative')).toBeUndefined();
  });
});
