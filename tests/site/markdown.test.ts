import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/site/markdown.ts';

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
