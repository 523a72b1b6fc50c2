/**
 * Property 6: every URL field and every link, image and definition URL in contributed
 * markdown (claim notes, verdict notes, source notes) is absolute http(s), and markdown
 * holds no raw HTML; anything else fails at its position. Nothing is dropped silently:
 * each hostile construct yields its own diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_CHARS } from '../../src/core/parse/markdown-safety.ts';
import { CLAIM, SOURCE, check, claim, lines } from './helpers.ts';

/** The claim body starts on line 9 of a claim() file. */
const BODY_LINE = 9;

/** One construct per case, alone on the first body line: [name, markdown, column, rule]. */
const CONSTRUCTS: Array<[string, string, number, string]> = [
  ['javascript: link', '[a](javascript:alert(1))', 1, 'markdown-url-scheme'],
  ['mixed-case JaVaScRiPt:', 'see [a](JaVaScRiPt:alert(1))', 5, 'markdown-url-scheme'],
  ['entity-encoded colon javascript&#58;', '[a](javascript&#58;alert(1))', 1, 'markdown-url-scheme'],
  ['named entity javascript&colon;', '[a](javascript&colon;alert(1))', 1, 'markdown-url-scheme'],
  ['entity-encoded first letter', '[a](&#x6A;avascript:alert(1))', 1, 'markdown-url-scheme'],
  ['control-character prefix (as an entity)', '[a](&#1;javascript:alert(1))', 1, 'markdown-url-scheme'],
  ['tab prefix', '[a](<\tjavascript:alert(1)>)', 1, 'markdown-url-scheme'],
  ['tab prefix (as an entity)', '[a](&#9;javascript:alert(1))', 1, 'markdown-url-scheme'],
  ['space before an http URL in angle brackets', '[a](< https://ok.example/>)', 1, 'markdown-url-scheme'],
  ['protocol-relative //evil', '[a](//evil.example/)', 1, 'markdown-url-scheme'],
  ['https: without slashes', '[a](https:evil.example)', 1, 'markdown-url-scheme'],
  ['backslash-escaped scheme', '[a](\\javascript:alert(1))', 1, 'markdown-url-scheme'],
  ['vbscript:', '[a](vbscript:msgbox)', 1, 'markdown-url-scheme'],
  ['file:', '[a](file:///etc/passwd)', 1, 'markdown-url-scheme'],
  ['mailto:', '[a](mailto:a@b.example)', 1, 'markdown-url-scheme'],
  ['relative path', '[a](/admin)', 1, 'markdown-url-scheme'],
  ['fragment', '[a](#top)', 1, 'markdown-url-scheme'],
  ['autolink javascript:', 'x <javascript:alert(1)>', 3, 'markdown-url-scheme'],
  ['data: image', '![chart](data:image/svg+xml;base64,PHN2Zz4=)', 1, 'markdown-url-scheme'],
  ['reference definition', '[r]: javascript:alert(1)', 1, 'markdown-url-scheme'],
  ['angle-bracket definition with a title', '[r]: <data:text/html,x> "title"', 1, 'markdown-url-scheme'],
  ['script element', '<script>alert(1)</script>', 1, 'markdown-raw-html'],
  ['inline event handler', 'x <img src=x onerror=alert(1)> y', 3, 'markdown-raw-html'],
  ['inline tag with onclick', 'a <b onclick="alert(1)">b</b>', 3, 'markdown-raw-html'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>', 1, 'markdown-raw-html'],
  ['HTML comment (hides text from review)', '<!-- hidden -->', 1, 'markdown-raw-html'],
  ['processing instruction', '<?php echo 1; ?>', 1, 'markdown-raw-html'],
  ['CDATA', '<![CDATA[x]]>', 1, 'markdown-raw-html'],
  ['declaration', '<!DOCTYPE html>', 1, 'markdown-raw-html'],
  ['style element', '<style>body{display:none}</style>', 1, 'markdown-raw-html'],
];

describe('claim notes: each hostile construct fails at its position', () => {
  for (const [name, md, col, rule] of CONSTRUCTS) {
    it(name, () => {
      const result = check({ [CLAIM]: claim({ body: md }) });
      expect(lines(result)).toContain(`${CLAIM}:${BODY_LINE}:${col} ${rule}`);
      expect(result.diagnostics.every((d) => d.rule === rule)).toBe(true);
      expect(result.rejected).toEqual([CLAIM]);
    });
  }

  it('a raw control character before a scheme fails the file itself (file-encoding)', () => {
    expect(lines(check({ [CLAIM]: claim({ body: '[a](<\u0001javascript:alert(1)>)' }) }))).toEqual([`${CLAIM}:${BODY_LINE}:6 file-encoding`]);
  });

  it('nothing is dropped: seventeen hostile constructs, seventeen diagnostics, in order', () => {
    const body = [
      'Intro [ok](https://ok.example/).',
      '',
      '[a](JaVaScRiPt:alert(1)) [b](javascript&#58;alert(1)) [c](&#x6A;avascript:alert(1))',
      '[d](&#1;javascript:alert(1)) [e](<\tjavascript:x>) [f](//evil.example) [g](&#9;javascript:x)',
      '<javascript:alert(1)> ![g](data:image/png;base64,AA)',
      '',
      '[h][r] ![i][r2]',
      '',
      '[r]: vbscript:msgbox',
      '[r2]: file:///etc/passwd',
      '',
      'x <img src=x onerror=alert(1)> y',
      '',
      '<script>alert(1)</script>',
      '',
      '<!-- hidden -->',
      '',
      '[j](https://ok.example/ "fine title") [k](#local) [l](/relative) [m](mailto:a@b.example)',
    ].join('\n');
    const result = check({ [CLAIM]: claim({ body }) });
    const at = (pos: string, rule = 'markdown-url-scheme') => `${CLAIM}:${pos} ${rule}`;
    expect(lines(result)).toEqual(
      [
        at('11:1'), at('11:26'), at('11:55'),
        at('12:1'), at('12:30'), at('12:51'), at('12:71'),
        at('13:1'), at('13:23'),
        at('17:1'), at('18:1'),
        at('20:3', 'markdown-raw-html'), at('22:1', 'markdown-raw-html'), at('24:1', 'markdown-raw-html'),
        at('26:39'), at('26:51'), at('26:66'),
      ].sort(),
    );
  });

  it('http(s) links, images and definitions pass (control)', () => {
    const body = '[a](https://ok.example/) ![i](http://ok.example/i.png) <https://ok.example/x> [r]\n\n[r]: https://ok.example/r "t"\n\n`<script>` in code and &lt;b&gt; as text are fine.';
    expect(check({ [CLAIM]: claim({ body }) }).diagnostics).toEqual([]);
  });

  it(`notes over ${MAX_MARKDOWN_CHARS} characters are refused before parsing`, () => {
    // 100,000 nested quotes are slow to parse; the raw HTML after them would be reported if the
    // notes were parsed at all, so its absence shows the refusal came first (no clock needed).
    const result = check({ [CLAIM]: claim({ body: `${'> '.repeat(100_000)}<b>parsed</b>` }) });
    expect(lines(result)).toEqual([`${CLAIM}:${BODY_LINE}:1 markdown-too-long`]);
  });
});

describe('verdict notes are checked like the notes', () => {
  it('HTML and a javascript: link in verdict.note fail at their columns', () => {
    const text = claim({ extraReport: 'verdict:\n  value: "82.7%"\n  note: "See <script>alert(1)</script> and [x](javascript:alert(1))"\n  rating: accurate\n  reviewer: ed\n  reviewed: 2026-05-01' });
    expect(lines(check({ [CLAIM]: text }))).toEqual([`${CLAIM}:10:14 markdown-raw-html`, `${CLAIM}:10:30 markdown-raw-html`, `${CLAIM}:10:44 markdown-url-scheme`]);
  });
});

/** sources/alpha-news.md with one extra front matter line (line 3). */
const source = (line3: string) =>
  `---\ntitle: "Model X launches"\n${line3}\nkind: news\ncites: [upstream-blog]\narchived: true\n---\nModel X launched on April 23, 2026. On the Bench benchmark it scores 82.7%, the vendor’s blog says [1].\n`;

describe('source url field: absolute http(s) only, nothing a parser must forgive', () => {
  const BAD = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' https://alpha.example/',
    '\\thttps://alpha.example/',
    '\\u0001https://alpha.example/',
    'https://alpha.example/\\n',
    '//evil.example/',
    'https:evil.example',
    'https:\\\\\\\\evil.example',
    'ftp://alpha.example/',
    'https://',
  ];
  for (const url of BAD) {
    it(JSON.stringify(url), () => {
      const result = check({ [SOURCE]: source(`url: "${url}"`) });
      expect(lines(result)).toEqual([`${SOURCE}:3:6 schema-invalid`, `${SOURCE}:3:6 source-invalid`]);
      expect(result.diagnostics.find((d) => d.file === SOURCE)!.message).toMatch(/absolute http:\/\/ or https:\/\/ URL/);
    });
  }

  it('an https URL passes (control)', () => {
    expect(check({ [SOURCE]: source('url: "https://alpha.example/a?b=c#d"') }).diagnostics).toEqual([]);
  });
});

describe('source notes', () => {
  it('a javascript: link in a quoted notes string fails at its column', () => {
    expect(lines(check({ [SOURCE]: source('notes: "[x](javascript:alert(1))"') }))).toEqual([`${SOURCE}:3:9 markdown-url-scheme`, `${SOURCE}:3:9 source-invalid`]);
  });

  it('raw HTML in notes fails at each tag', () => {
    expect(lines(check({ [SOURCE]: source('notes: "ok <b onclick=alert(1)>x</b>"') }))).toEqual([`${SOURCE}:3:12 markdown-raw-html`, `${SOURCE}:3:33 markdown-raw-html`, `${SOURCE}:3:33 source-invalid`]);
  });

  it('in a block scalar, the position is the line and column in the file', () => {
    expect(lines(check({ [SOURCE]: source('notes: |\n  Line one.\n  [x](data:text/html,hi)') }))).toEqual([`${SOURCE}:5:3 markdown-url-scheme`, `${SOURCE}:5:3 source-invalid`]);
  });
});
