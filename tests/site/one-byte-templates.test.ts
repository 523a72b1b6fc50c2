/**
 * The templates write glyphs as entities (&ne;, &#x2691;): a character above U+00FF anywhere in
 * a page makes V8 hold the whole page at two bytes per character, which doubled each page's
 * memory and tripled its encoding time in a 100k build (src/site/latin1-html.ts, BENCHMARKS.md).
 * Data may hold any character; the site's own chrome must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const TEMPLATE_ROOMS = ['components', 'layouts', 'pages'];

function astroFiles(): string[] {
  return TEMPLATE_ROOMS.flatMap((room) =>
    readdirSync(join(SRC, room), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.astro'))
      .map((e) => join(e.parentPath, e.name)),
  ).sort();
}

/** Lines with a character above U+00FF, outside comments, as `file:line: text`. */
export function wideCharacters(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => /[^\x00-\xff]/u.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))
    .map(({ line, n }) => `${file}:${n}: ${line.trim().slice(0, 100)}`);
}

describe('page templates', () => {
  it('write every glyph above U+00FF as an entity, so that pages stay one byte per character', () => {
    const files = astroFiles();
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => wideCharacters(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found, 'Write these characters as entities (&ne;, &#x2691;), or pass text from code through latin1Html').toEqual([]);
  });

  it('finds such a character where there is one', () => {
    expect(wideCharacters('x.astro', '---\n// ✓ in a comment\n---\n<p>· é fine</p>\n<p>✓</p>')).toEqual(['x.astro:5: <p>✓</p>']);
  });
});
