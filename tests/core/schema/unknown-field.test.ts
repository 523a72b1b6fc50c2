import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/core/parse/parse-file.ts';
import { claimSchema } from '../../../src/core/schema/claim.ts';
import { knownKeysAt } from '../../../src/core/schema/issues.ts';
import { sourceSchema } from '../../../src/core/schema/source.ts';

const claim = (extra: string, reportExtra = '') =>
  `---\nsubject: model-x\nproperty: bench-score\n${extra}reports:\n  - source: alpha-news\n    value: "82.7%"\n    quote: "it scores 82.7%"\n${reportExtra}---\n`;

const unknown = (text: string, schema: typeof claimSchema | typeof sourceSchema) => {
  const r = parseMarkdownFile('claims/model-x/bench-score.md', text, schema as typeof claimSchema, 'a claim');
  const errors = r.ok ? r.value.errors : r.errors;
  return errors.filter((d) => d.rule === 'schema-unknown-field');
};

describe('schema-unknown-field: did you mean', () => {
  it('"topic" -> "topics", at the key', () => {
    const [d] = unknown(claim('topic: [benchmarks]\n'), claimSchema);
    expect(d.message).toBe('Unknown field "topic" in a claim. Did you mean "topics"?');
    expect(d.hint).toMatch(/^Rename it to `topics`/);
    expect(`${d.line}:${d.col}`).toBe('4:1');
  });

  it('inside a report, only among the report\'s fields', () => {
    const [d] = unknown(claim('', '    qoute: "x"\n'), claimSchema);
    // Named by the report's line, as a reader finds it, not by an index counted from 0.
    expect(d.message).toBe('Unknown field "qoute" in the report on line 5. Did you mean "quote"?');
  });

  it('a capitalised field in a source', () => {
    const [d] = unknown('---\nTitle: "A"\nkind: news\narchived: true\n---\ntext\n', sourceSchema);
    expect(d.message).toMatch(/Unknown field "Title" .* Did you mean "title"\?/);
  });

  it('nothing close: the hint lists the fields allowed there', () => {
    const [d] = unknown(claim('colour: red\n'), claimSchema);
    expect(d.message).not.toMatch(/Did you mean/);
    expect(d.hint).toMatch(/The fields here are `subject`, `property`, `qualifiers`, `topics`, `reports`, `verdict`/);
  });

  it('knownKeysAt follows arrays, optional and default wrappers', () => {
    expect(knownKeysAt(claimSchema, ['reports', 3])).toEqual(['source', 'value', 'quote', 'via', 'claimant', 'stance', 'inferred', 'as-of', 'baseline']);
    expect(knownKeysAt(claimSchema, ['verdict'])).toEqual(['rating', 'value', 'note', 'reviewer', 'reviewed', 'evidence', 'resolves']);
    expect(knownKeysAt(claimSchema, ['verdict', 'evidence', 0])).toEqual(['source', 'quote']);
    expect(knownKeysAt(claimSchema, ['qualifiers'])).toEqual([]);
    expect(knownKeysAt(sourceSchema, [])).toContain('published');
  });
});
