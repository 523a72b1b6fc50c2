import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { latin1Html } from '../../src/site/latin1-html.ts';

/** What a browser shows for the HTML: parsed as the content of an element. */
const shown = (html: string) => parseHTML(`<p>${html}</p>`).document.querySelector('p')!.textContent;

describe('latin1Html', () => {
  it('writes glyphs above U+00FF as character references and escapes markup', () => {
    expect(latin1Html('✓')).toBe('&#x2713;');
    expect(latin1Html('<b> & "x" \'y\' · é 😀')).toBe('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; · é &#x1F600;');
  });

  it('holds only one-byte characters and reads back as the same text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const html = latin1Html(text);
        expect(html).toMatch(/^[\x00-\xff]*$/);
        // The HTML parser turns CR and CRLF into LF and NUL into U+FFFD in text: compare likewise.
        expect(shown(html)).toBe(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
    );
  });
});
