import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText, markdownToTextFully, renderMarkdown, renderMarkdownFully, sourceIdsIn } from '../../src/site/markdown.ts';

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    expect(renderMarkdown('Read *this* and [the source](https://example.com/a).')).toBe(
      '<p>Read <em>this</em> and <a href="https://example.com/a" rel="nofollow noopener noreferrer">the source</a>.</p>',
    );
  });

  it('never emits raw HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nText <b onclick="x()">bold</b>');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|<b[ >]/i);
    expect(html).toContain('bold');
  });

  it('unwraps links that are not http(s), including references and autolinks', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b][r] <javascript:alert(2)> [c](data:text/html,x)\n\n[r]: vbscript:x');
    expect(html).not.toMatch(/<a\b|href=/);
    // What remains is text: an autolink's own words stay readable, inert.
    expect(html).toBe('<p>a b javascript:alert(2) c</p>');
  });

  it('turns images into their alt text and demotes headings below the page sections', () => {
    const html = renderMarkdown('# Title\n\n![a chart](https://example.com/x.png)');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).not.toContain('<img');
    expect(html).toContain('a chart');
  });

  it('escapes text', () => {
    expect(renderMarkdown('5 < 6 & "quotes"')).toBe('<p>5 &#x3C; 6 &#x26; "quotes"</p>');
  });
});

describe('markdownToText', () => {
  it('keeps the words, drops the syntax and any HTML', () => {
    expect(markdownToText('**Bold** [link](https://x.y) `code`\n\n- one\n- two <b>html</b>')).toBe('Bold link code one two html');
  });
});

describe('nothing a contributor wrote is dropped', () => {
  it('turns an http(s) image into a link to it, labelled by its alt text', () => {
    const html = renderMarkdown('See ![the chart](https://ok.example/c.png).');
    expect(html).toContain('<a href="https://ok.example/c.png"');
    expect(html).toContain('>the chart</a>');
    expect(html).not.toContain('<img');
  });

  it('resolves reference links against their definitions', () => {
    const html = renderMarkdown('Read [the post][p].\n\n[p]: https://ok.example/post');
    expect(html).toContain('<a href="https://ok.example/post"');
    expect(html).toContain('>the post</a>');
  });

  it('keeps only the text of a reference to an unsafe definition', () => {
    const html = renderMarkdown('Read [the post][p].\n\n[p]: javascript:alert(1)');
    expect(html).toContain('the post');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<a');
  });
});

describe('plain prose without the pipeline', () => {
  // Plain words, punctuation that means nothing in markdown, and some that does, in any order.
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom('word', 'Été', '82.7%', '$5.30', '“quoted”', "it's", '(aside)', 'a/b', '—', '1990s', 'x=y', 'ok!', 'https://example.com/a'), weight: 8 },
    fc.constantFrom('*', '_', '`', '[a]', '<b>', '&amp;', '#', '> ', '- ', '+ ', '1. ', '2) ', '==', '--', '\\', '~', '|', '\t', '  ', ' '),
  );
  const line = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));
  const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 5 }).map((ls) => ls.map(([l, sep]) => l + sep).join(''));

  it('gives exactly the HTML and the text the full pipeline gives (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(renderMarkdown(t)).toBe(renderMarkdownFully(t));
        expect(markdownToText(t)).toBe(markdownToTextFully(t));
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with the pipeline on every note of the real corpus', () => {
    const root = join(import.meta.dirname, '../..');
    let notes = 0;
    for (const dir of readdirSync(join(root, 'claims'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(root, 'claims', dir.name))) {
        const body = readFileSync(join(root, 'claims', dir.name, name), 'utf8').split(/\n---\n/)[1] ?? '';
        if (!body.trim()) continue;
        notes++;
        expect(renderMarkdown(body)).toBe(renderMarkdownFully(body));
      }
    }
    expect(notes).toBeGreaterThan(20);
  });

  it('takes the short way for plain paragraphs and matches the pipeline text too', () => {
    const t = 'The figure is “82.7%”, per the lab.\nSecond line (same paragraph).\n\nA new one: $5.30/1M tokens.';
    expect(renderMarkdown(t)).toBe('<p>The figure is “82.7%”, per the lab.\nSecond line (same paragraph).</p>\n<p>A new one: $5.30/1M tokens.</p>');
    expect(renderMarkdown(t)).toBe(renderMarkdownFully(t));
    expect(markdownToText(t)).toBe('The figure is “82.7%”, per the lab. Second line (same paragraph). A new one: $5.30/1M tokens.');
  });
});


describe('source ids in notes', () => {
  const links = { names: new Map([['ground-up-rebuild', "OpenAI's GPT-5.5 Is a Ground-Up Rebuild"], ['tempmail-code-red', 'TempMail Ninja']]), href: (id: string) => `/sources/${id}/` };

  it('shows a named source id as its short name, linked to its page, in plain and in full markdown', () => {
    const plain = renderMarkdown('ground-up-rebuild compares it, while tempmail-code-red does not.', links);
    expect(plain).toBe(`<p><a href="/sources/ground-up-rebuild/">OpenAI's GPT-5.5 Is a Ground-Up Rebuild</a> compares it, while <a href="/sources/tempmail-code-red/">TempMail Ninja</a> does not.</p>`);
    const full = renderMarkdown('*Note*: ground-up-rebuild says so; `tempmail-code-red` stays code; [tempmail-code-red](https://example.org/) stays a link.', links);
    expect(full).toContain('<a href="/sources/ground-up-rebuild/">OpenAI\'s GPT-5.5 Is a Ground-Up Rebuild</a> says so');
    expect(full).toContain('<code>tempmail-code-red</code>');
    expect(full).toContain('<a href="https://example.org/" rel="nofollow noopener noreferrer">tempmail-code-red</a>');
    expect(full).not.toContain('href="/sources/ground-up-rebuild/" rel');
  });

  it('leaves words that are not source ids, and ids inside longer tokens, alone', () => {
    expect(renderMarkdown('a well-known ground-up-rebuild-2 and x/tempmail-code-red path', links)).toBe('<p>a well-known ground-up-rebuild-2 and x/tempmail-code-red path</p>');
    expect(sourceIdsIn('ground-up-rebuild, then tempmail-code-red and ground-up-rebuild again', links.names)).toEqual(['ground-up-rebuild', 'tempmail-code-red']);
  });

  it('escapes a short name', () => {
    const names = new Map([['amp-source', 'A & B <C>']]);
    expect(renderMarkdown('see amp-source', { names, href: (id) => `/sources/${id}/` })).toBe('<p>see <a href="/sources/amp-source/">A &amp; B &lt;C&gt;</a></p>');
  });
});
