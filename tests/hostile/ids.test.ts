/**
 * Property 4: ids cannot be forged with case, Unicode form, look-alikes or invisible
 * characters. Invisible and bidi characters fail by name (U+…); case is answered with the
 * id to write; and every id the schema accepts is its own NFC, case-folded key, so the
 * exact comparisons the validator makes can never tell apart ids that idKey would merge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idKey, INVISIBLE_OR_BIDI } from '../../src/core/ids.ts';
import { idSchema } from '../../src/core/schema/fields.ts';
import { suggest } from '../../src/core/suggest.ts';
import { CLAIM, GOOD_QUOTE, check, claim, lines } from './helpers.ts';

interface Ids {
  subject?: string;
  property?: string;
  source?: string;
  via?: string;
  qualifiers?: string;
}
/** Lines: 2 subject, 3 property, [4 qualifiers], then reports; values are YAML-quoted so invisible characters survive. */
function claimWith(ids: Ids): string {
  const q = (s: string) => JSON.stringify(s);
  return claim({
    frontMatter: [
      `subject: ${q(ids.subject ?? 'model-x')}`,
      `property: ${q(ids.property ?? 'bench-score')}`,
      ...(ids.qualifiers ? [`qualifiers: {versus: ${q(ids.qualifiers)}}`] : []),
      'reports:',
      `  - source: ${q(ids.source ?? 'alpha-news')}`,
      '    value: "82.7%"',
      `    quote: ${q(GOOD_QUOTE)}`,
      ...(ids.via ? [`    via: ${q(ids.via)}`] : []),
    ].join('\n'),
  });
}

const CASES: Array<{ name: string; ids: Ids; at: string; message: RegExp }> = [
  { name: 'zero-width space in the subject (gpt\\u200b-5-5 style)', ids: { subject: 'model\u200b-x' }, at: '2:10', message: /invisible or text-direction character U\+200B.*"model\\u200b-x"/ },
  { name: 'right-to-left override in the subject', ids: { subject: 'model-x\u202e' }, at: '2:10', message: /U\+202E.*"model-x\\u202e"/ },
  { name: 'isolates around the property', ids: { property: '\u2066bench-score\u2069' }, at: '3:11', message: /U\+2066/ },
  { name: 'word joiner in a report source', ids: { source: 'alpha-news\u2060' }, at: '5:13', message: /U\+2060.*"alpha-news\\u2060"/ },
  { name: 'zero-width joiner in via', ids: { via: 'upstream\u200d-blog' }, at: '8:10', message: /U\+200D/ },
  { name: 'zero-width space in a qualifier', ids: { qualifiers: 'model\u200b-y' }, at: '4:22', message: /U\+200B/ },
  { name: 'soft hyphen in the subject', ids: { subject: 'model\u00ad-x' }, at: '2:10', message: /U\+00AD/ },
  { name: 'GPT-style upper case', ids: { subject: 'Model-X' }, at: '2:10', message: /must be lowercase: write "model-x"/ },
  { name: 'upper-case property', ids: { property: 'BENCH-SCORE' }, at: '3:11', message: /write "bench-score"/ },
  { name: 'Cyrillic о posing as Latin o', ids: { subject: 'mоdel-x' }, at: '2:10', message: /"о" \(U\+043E, not a letter a-z\) is not one of them/ },
  { name: 'composed é', ids: { subject: 'caf\u00e9' }, at: '2:10', message: /U\+00E9/ },
  { name: 'decomposed é', ids: { subject: 'cafe\u0301' }, at: '2:10', message: /U\+0301/ },
];

describe('hostile ids fail by rule, position and the character at fault', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = check({ [CLAIM]: claimWith(c.ids) });
      expect(lines(result)).toEqual([`${CLAIM}:${c.at} schema-invalid`]);
      expect(result.diagnostics[0].message).toMatch(c.message);
      expect(result.corpus.claims).toEqual([]);
    });
  }

  it('an invisible character in a source cites list', () => {
    const source = `---\ntitle: "Model X launches"\nkind: news\ncites: ["upstream\u200b-blog"]\narchived: true\n---\nModel X launched on April 23, 2026. On the Bench benchmark it scores 82.7%, the vendor’s blog says [1].\n`;
    const result = check({ 'sources/alpha-news.md': source });
    expect(lines(result)).toEqual(['sources/alpha-news.md:4:9 schema-invalid', 'sources/alpha-news.md:4:9 source-invalid']);
  });

  it('an upper-case twin in the subjects registry is refused, not declared', () => {
    const result = check({ 'claims/subjects.yaml': 'subjects:\n  - {id: model-x, name: "Model X", kind: model}\n  - {id: Model-X, name: "Twin", kind: model}\n' });
    expect(lines(result)).toContain('claims/subjects.yaml:3:10 schema-invalid');
    expect(result.corpus.subjects.map((s) => s.id)).not.toContain('Model-X');
  });

  it('a subject declared twice is a duplicate', () => {
    const result = check({ 'claims/subjects.yaml': 'subjects:\n  - {id: model-x, name: "Model X", kind: model}\n  - {id: model-x, name: "Twin", kind: model}\n' });
    expect(lines(result)).toEqual(['claims/subjects.yaml:3:10 duplicate-id']);
    expect(result.corpus.subjects).toHaveLength(1);
  });

  it('a source file whose name differs only in case from another is refused by name', () => {
    const result = check({ 'sources/Alpha-News.md': '---\ntitle: "Twin"\nkind: news\narchived: false\n---\n' });
    expect(lines(result)).toEqual(['sources/Alpha-News.md:1:1 file-name']);
    expect(result.corpus.sources.map((s) => s.id).sort()).toEqual(['alpha-news', 'upstream-blog']);
  });
});

describe('the comparison key', () => {
  it('idKey merges case and Unicode forms', () => {
    expect(idKey('GPT-5-5')).toBe(idKey('gpt-5-5'));
    expect(idKey('cafe\u0301')).toBe(idKey('caf\u00e9'));
  });

  it('suggest() finds the id a case or Unicode variant stands for', () => {
    expect(suggest('GPT-5-5', ['gpt-5-4', 'gpt-5-5'])).toBe('gpt-5-5');
    expect(suggest('cafe\u0301', ['caf\u00e9', 'cafe'])).toBe('caf\u00e9');
  });

  it('every id the schema accepts is already its own key and holds no invisible character', () => {
    const alphabet = fc.constantFrom(...'abcxyz0189-'.split(''), 'A', 'Z', 'é', 'e\u0301', 'о', '\u200b', '\u202e', '\u2066', '\u00ad', 'ß', 'İ', 'ſ', 'K');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 12 }), (parts) => {
        const id = parts.join('');
        if (!idSchema.safeParse(id).success) return;
        expect(idKey(id)).toBe(id);
        expect(INVISIBLE_OR_BIDI.test(id)).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });
});
