/**
 * YAML mistakes a contributor makes, one fixture each (tests/fixtures/yaml-errors/): each gives
 * exactly one diagnostic, at the line to fix, in plain words with a hint for that case, never
 * the YAML reader's own wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/parse/yaml.ts';
import { parseMarkdownFile } from '../../../src/core/parse/parse-file.ts';
import { claimSchema } from '../../../src/core/schema/claim.ts';
import { sourceSchema } from '../../../src/core/schema/source.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'yaml-errors');

const CASES: Array<{ file: string; at: string; message: RegExp; hint: RegExp }> = [
  { file: 'indented-line.md', at: '4:1', message: /indented by 2 spaces, more than the line above \(0 spaces\)/, hint: /Remove its indentation/ },
  { file: 'tab.md', at: '3:1', message: /indented with a tab/, hint: /Remove the tab: this line starts at the left edge, like line 4/ },
  { file: 'colon-in-value.md', at: '2:8', message: /The value of "title" contains ": "/, hint: /double quotes: `title: "Model X: the launch"`/ },
  { file: 'unclosed-quote.md', at: '2:8', message: /quoted with " here is never closed/, hint: /Add the closing "/ },
  { file: 'unclosed-list.md', at: '5:1', message: /list opened with "\[" is never closed/, hint: /Close it with "\]" on the same line/ },
  { file: 'hash-after-value.md', at: '2:26', message: /"#" right after a value/, hint: /space before "#"/ },
  { file: 'no-space-after-colon.md', at: '2:1', message: /"title:" needs a space after the colon/, hint: /Write `title: "Model X launches"`/ },
  { file: 'reserved-first-character.md', at: '2:8', message: /cannot start with "@" unless it is quoted/, hint: /`title: "@modelx launches"`/ },
  { file: 'text-after-quote.md', at: '2:18', message: /Text follows the closing quote/, hint: /inside the quotes/ },
  { file: 'claim-value-starts-with-greater-than.md', at: '6:12', message: /cannot start with ">" unless it is quoted/, hint: /`value: ">20%"`/ },
  { file: 'claim-report-field-misaligned.md', at: '7:1', message: /indented by 3 spaces, which matches no block/, hint: /4 spaces/ },
  // The reader reports the next, correct line too; the one to fix is the one at 3 spaces.
  { file: 'claim-field-indented-one-short.md', at: '10:1', message: /indented by 3 spaces, which matches no block/, hint: /Indent it by 4 spaces, like the fields next to it \(line 11\)/ },
  { file: 'claim-tab-before-field.md', at: '10:1', message: /indented with a tab/, hint: /Replace the tab with 4 spaces, like line 11/ },
  { file: 'claim-list-item-at-column-0.md', at: '9:1', message: /This list item is not indented.*part of "reports:"/, hint: /Indent it by 2 spaces, like the other items of "reports:" \(line 6\)\.$/ },
  { file: 'claim-list-item-moved-out.md', at: '9:1', message: /This list item is not indented/, hint: /\(line 6\), and the lines under it by as much/ },
  // The first line of a block is the misplaced one: the reader complains only further down.
  { file: 'claim-first-verdict-field-indented-too-far.md', at: '16:1', message: /indented by 3 spaces, but the fields after it in the same block by 2 spaces/, hint: /^Indent it by 2 spaces, like line 17\.$/ },
  { file: 'claim-first-item-indented-too-far.md', at: '6:1', message: /puts its first field at 6 spaces, but the fields under it are indented by 4 spaces/, hint: /Indent it by 2 spaces instead of 4, so its first field lines up with line 7/ },
  { file: 'claim-first-of-two-items-indented-too-far.md', at: '6:1', message: /indented by 3 spaces, but the other items of "reports:" by 2 spaces/, hint: /like line 9, and move the lines under it 1 space left with it/ },
  // One field out of line is that line, not the list item above it.
  { file: 'claim-second-field-of-item-short.md', at: '7:1', message: /indented by 2 spaces, which matches no block/, hint: /Indent it by 4 spaces, like the fields next to it \(line 8\)/ },
  { file: 'claim-field-without-colon.md', at: '5:1', message: /"reports" has no colon after it/, hint: /^Write `reports:`\.$/ },
  { file: 'claim-first-item-at-column-0.md', at: '6:1', message: /This list item is not indented, which puts its first field at 2 spaces, but the fields under it are indented by 4 spaces/, hint: /Indent it by 2 spaces instead of 0, so its first field lines up with line 7/ },
  { file: 'claim-item-fields-indented-too-far.md', at: '7:1', message: /indented by 6 spaces, more than the line above \(4 spaces\)/, hint: /Indent it by 4 spaces like the fields next to it \(line 6\), and the lines after it at the same indentation, if/ },
  // The "[...]" on line 4 is fine: the reader, lost since line 2, trips on it too.
  { file: 'claim-first-line-indented.md', at: '2:1', message: /This first line is indented by 3 spaces/, hint: /^Remove its indentation\.$/ },
  // The reader's own messages for these reached contributors word for word.
  { file: 'claim-backslash-in-quotes.md', at: '11:27', message: /`\\s` is not a valid escape inside double quotes/, hint: /Write the backslash twice \(`\\\\s`\)/ },
  { file: 'claim-list-on-field-line.md', at: '11:10', message: /A list item \("- "\) cannot start on the same line as its field/, hint: /Write the value alone after the colon/ },
  { file: 'claim-quote-inside-quoted-value.md', at: '10:17', message: /The quoted value ends at its second "/, hint: /Write each " inside the value as \\"/ },
  { file: 'claim-empty-item-in-list.md', at: '4:21', message: /has an empty item: two commas in a row/, hint: /Separate the items with single commas/ },
  { file: 'claim-item-without-colon.md', at: '9:5', message: /This line has no colon: "source retrain-nobody-expected"/, hint: /Write `- source: retrain-nobody-expected`/ },
  { file: 'claim-colon-after-value.md', at: '10:12', message: /A second ":" on this line/, hint: /Remove the ":" after the closing "/ },
  { file: 'claim-pipe-before-field.md', at: '5:1', message: /A field name cannot start with "\|"/, hint: /^Remove the "\|"\.$/ },
  { file: 'claim-dash-in-flow-list.md', at: '4:10', message: /Items inside "\[…\]" take no "- "/, hint: /separated by commas/ },
];

/** Phrases of the yaml package's own messages, which must not reach a contributor. */
const LIBRARY_WORDS = /Implicit keys|compact mappings|Nested mappings|implicit key|Sequence item without|Flow sequence|BAD_INDENT|MISSING_CHAR|reserved character|YAML reader says|map values|Unexpected|node end|YAML stream|escape sequence|flow-|seq-item|block-seq/;

describe('YAML syntax errors in plain words', () => {
  for (const c of CASES) {
    it(`${c.file}: one report at ${c.at}, saying what is wrong and how to fix this case`, () => {
      const text = readFileSync(join(DIR, c.file), 'utf8');
      const schema = c.file.startsWith('claim-') ? claimSchema : sourceSchema;
      const r = parseMarkdownFile(`sources/${c.file}`, text, schema as typeof sourceSchema, 'a source');
      if (r.ok) throw new Error('expected a YAML error');
      expect(r.errors).toHaveLength(1);
      const [d] = r.errors;
      expect(d.rule).toBe('yaml-syntax');
      expect(`${d.line}:${d.col}`).toBe(c.at);
      expect(d.message).toMatch(c.message);
      expect(d.hint).toMatch(c.hint);
      expect(`${d.message} ${d.hint}`).not.toMatch(LIBRARY_WORDS);
    });
  }

  it('no two cases share a hint: each says what fixes that case', () => {
    const hints = CASES.map((c) => {
      const r = parseMarkdownFile('sources/x.md', readFileSync(join(DIR, c.file), 'utf8'), sourceSchema, 'a source');
      return r.ok ? '' : (r.errors[0].hint ?? '');
    });
    expect(new Set(hints).size).toBe(hints.length);
  });
});

describe('tabs', () => {
  it('every tab-indented line is reported, and nothing else: the lines after a tab are misread, not wrong', () => {
    const text = readFileSync(join(DIR, 'claim-tabs-on-three-lines.md'), 'utf8');
    const r = parseMarkdownFile('claims/gpt-5-5/gdpval.md', text, claimSchema, 'a claim');
    if (r.ok) throw new Error('expected YAML errors');
    expect(r.errors.map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual(['9:1 yaml-syntax', '10:1 yaml-syntax', '11:1 yaml-syntax']);
    for (const d of r.errors) expect(d.message).toMatch(/indented with a tab/);
  });

  it('a tab inside "|" text, after its indentation, is text and not reported', () => {
    const text = 'title: "Model X"\nnotes: |\n  a\n  \tcode\n\tkind: news\n';
    const r = parseYaml('sources/x.md', text, 2);
    if (r.ok) throw new Error('expected a YAML error');
    expect(r.errors.map((d) => d.line)).toEqual([6]);
  });
});

describe('one slip in a real claim', () => {
  it('property: a character added or removed, or a line re-indented, never shows the YAML reader\'s own words', () => {
    const lines = readFileSync(join(DIR, 'claim-field-indented-one-short.md'), 'utf8').replace('   value', '    value').split('\n');
    const yamlLines = lines.length - 3; // between the two "---" lines, before the final newline
    const slip = fc.record({
      line: fc.integer({ min: 1, max: yamlLines }),
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'delete', 'indent', 'dedent'),
      char: fc.constantFrom('[', ']', '{', '}', '&', '*', '!', '%', '\\', ',', ':', '- ', ' ', '"', "'", '#', '|', '>', '@', '`', '?', '\t'),
    });
    fc.assert(
      fc.property(slip, ({ line, at, kind, char }) => {
        const copy = [...lines];
        const l = copy[line];
        const p = at % (l.length + 1);
        copy[line] = kind === 'insert' ? l.slice(0, p) + char + l.slice(p) : kind === 'delete' ? l.slice(0, p) + l.slice(p + 1) : kind === 'indent' ? ` ${l}` : l.replace(/^ {1,2}/, '');
        const r = parseMarkdownFile('claims/gpt-5-5/gdpval.md', copy.join('\n'), claimSchema, 'a claim');
        if (r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const d of r.errors) expect(`${d.message} ${d.hint}`).not.toMatch(LIBRARY_WORDS);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('YAML errors on arbitrary text', () => {
  it('property: never throws, one report per line at most, every position inside the text, always a hint', () => {
    const piece = fc.constantFrom('title', 'kind', ': ', ':', ' ', '  ', '\t', '"', "'", '[', ']', '{', '}', '#', '- ', '\n', '...', '---', '@', '`', 'news', 'a: b: c', '|', '>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const r = parseYaml('sources/x.md', text, 2);
        if (r.ok) return;
        const syntax = r.errors.filter((d) => d.rule === 'yaml-syntax');
        const lines = syntax.map((d) => d.line);
        expect(new Set(lines).size).toBe(lines.length);
        const count = text.split('\n').length;
        for (const d of syntax) {
          expect(d.line).toBeGreaterThanOrEqual(2);
          expect(d.line).toBeLessThanOrEqual(count + 1);
          expect(d.hint).toBeTruthy();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a repeated key', () => {
  it('names the line of its first occurrence, so both can be compared', () => {
    const text = readFileSync(join(DIR, 'claim-duplicate-key.md'), 'utf8');
    const r = parseMarkdownFile('claims/model-x/bench-score.md', text, claimSchema, 'a claim');
    if (r.ok) throw new Error('expected a duplicate-key error');
    expect(r.errors.map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual(['9:5 yaml-duplicate-key']);
    expect(r.errors[0].message).toMatch(/the key "value" appears twice in one mapping: first on line 7/);
    expect(r.errors[0].hint).toMatch(/remove this one or merge it into line 7/);
  });
});
