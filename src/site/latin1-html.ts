/**
 * Text as HTML whose characters all fit in one byte: markup characters escaped, and every
 * character above U+00FF written as a numeric character reference.
 *
 * Why: V8 keeps a string holding one character above U+00FF at two bytes per character, and a
 * page is one string made of its parts, so a single glyph in the shared layout doubled the
 * memory of every page and slowed its UTF-8 encoding about threefold (BENCHMARKS.md). The
 * templates write their glyphs as entities for the same reason; this is for glyphs that come
 * from code, such as a status icon.
 */
export function latin1Html(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code > 0xff) out += `&#x${code.toString(16).toUpperCase()};`;
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else out += ch;
  }
  return out;
}
