/**
 * A source whose closing "---" is missing while its article has a "---" rule: the splitter
 * closes the front matter at the rule, and the YAML reader fails on the article's first
 * paragraph. The report must name the missing line, not the reader's view of the paragraph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/core/parse/parse-file.ts';
import { sourceSchema } from '../../../src/core/schema/source.ts';

const FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'check', 'frontmatter-unterminated-rule-in-text', 'sources', 'alpha-news.md');
const text = readFileSync(FILE, 'utf8');
const parse = (t: string) => parseMarkdownFile('sources/alpha-news.md', t, sourceSchema, 'a source');

describe('front matter closed by a "---" rule in the article', () => {
  it('says the closing "---" is missing after the last front-matter line, and nothing else', () => {
    const r = parse(text);
    if (r.ok) throw new Error('expected an error');
    expect(r.errors.map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual(['8:1 frontmatter-unterminated']);
    const [d] = r.errors;
    expect(d.message).toBe(
      'The front matter\'s closing "---" seems to be missing after line 8: line 12 reads like article text, not YAML, so the "---" on line 14 was taken as the end of the front matter.',
    );
    expect(d.hint).toBe('Add a line of exactly "---" after line 8, where the front matter ends.');
    expect(`${d.message} ${d.hint}`).not.toMatch(/YAML reader|Implicit/);
  });

  it('following the hint gives a valid source whose text keeps its rule', () => {
    const lines = text.split('\n');
    lines.splice(8, 0, '---');
    const r = parse(lines.join('\n'));
    if (!r.ok) throw new Error(r.errors.map((d) => d.message).join('\n'));
    expect(r.value.body).toContain('\n---\n');
  });

  it('a YAML mistake above the article is still reported as itself', () => {
    const r = parse(text.replace('kind: news', 'kind news'));
    if (r.ok) throw new Error('expected errors');
    expect(r.errors.map((d) => `${d.line} ${d.rule}`)).toEqual(['6 yaml-syntax', '8 frontmatter-unterminated']);
  });

  it('markdown YAML misreads (bold text, a quotation, a list of sentences) counts as article text too', () => {
    for (const first of ['**Model X** launched on April 23.', '> Model X launched on April 23.', '- Model X launched on April 23.']) {
      const r = parse(`---\ntitle: "Model X launches"\nkind: news\narchived: true\n\n${first}\n\n---\n\nMore.\n`);
      if (r.ok) throw new Error('expected an error');
      expect(r.errors.map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual(['4:1 frontmatter-unterminated']);
    }
  });

  it('a short line without a colon is a YAML mistake, not article text', () => {
    const r = parse('---\ntitle: "Model X launches"\nkind news\narchived: true\n---\nText.\n');
    if (r.ok) throw new Error('expected an error');
    expect(r.errors.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 yaml-syntax']);
  });
});
