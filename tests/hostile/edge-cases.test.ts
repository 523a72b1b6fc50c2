/**
 * More hostile or unusual input: CRLF line endings and BOMs (must work, positions
 * unchanged), floods (100k reports, a 900 kB line, a long article), self-attribution,
 * qualifier order, and a claim naming a source that was refused before parsing.
 */
import { describe, expect, it } from 'vitest';
import { CLAIM, GOOD_QUOTE, SOURCE, check, claim, lines, project } from './helpers.ts';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('line endings and byte order marks', () => {
  it('a project written entirely with CRLF validates, and quotes map back into the text', () => {
    const result = check(Object.fromEntries(project().map((f) => [f.path, crlf(f.text)])));
    expect(result.diagnostics).toEqual([]);
    const [c] = result.corpus.claims;
    const source = result.corpus.sources.find((s) => s.id === 'alpha-news')!;
    const range = c.reports[0].quoteRange!;
    expect(source.body.slice(range.start, range.end)).toBe('On the Bench benchmark it scores 82.7%, the vendor’s blog says');
    expect(c.reports[0].raw).toBe('82.7%');
  });

  it('CRLF keeps every position the LF file has', () => {
    const text = claim({ value: '"82.7 pts"', body: 'x\n\n[a](javascript:alert(1))\n\n<b>y</b>' });
    const lf = lines(check({ [CLAIM]: text }));
    expect(lf).toEqual([`${CLAIM}:11:1 markdown-url-scheme`, `${CLAIM}:13:1 markdown-raw-html`, `${CLAIM}:13:5 markdown-raw-html`, `${CLAIM}:6:12 value-unparseable`]);
    expect(lines(check({ [CLAIM]: crlf(text) }))).toEqual(lf);
  });

  it('CRLF on the last YAML line does not leak into the value', () => {
    const result = check({ 'sources/upstream-blog.md': '---\r\ntitle: "Introducing Model X"\r\nkind: vendor-blog\r\narchived: false\r\n---\r\n' });
    expect(result.diagnostics).toEqual([]);
    expect(result.corpus.sources.find((s) => s.id === 'upstream-blog')!.archived).toBe(false);
  });

  it('a BOM with CRLF works, and the BOM is not part of the first field', () => {
    const result = check({ [CLAIM]: `\ufeff${crlf(claim())}` });
    expect(result.diagnostics).toEqual([]);
    expect(result.corpus.claims[0].subject).toBe('model-x');
  });

  it('a BOM on a registry works', () => {
    const subjects = project().find((f) => f.path === 'claims/subjects.yaml')!.text;
    expect(check({ 'claims/subjects.yaml': `\ufeff${subjects}` }).diagnostics).toEqual([]);
  });
});

// No time limits in these floods: a wall-clock bound fails on busy cores. Each input is
// bounded, so each test ends; the check's speed is measured by `npm run bench` on large corpora.
describe('floods', () => {
  it('12,000 reports fail by the 200-report cap at the reports field', () => {
    const many = `---\nsubject: model-x\nproperty: bench-score\nreports:\n${'  - {source: alpha-news, value: "82.7%", quote: "it scores 82.7%"}\n'.repeat(12_000)}---\n`;
    const result = check({ [CLAIM]: many });
    // One diagnostic, at the field: the cap refused the list before any report was checked.
    expect(lines(result)).toEqual([`${CLAIM}:5:3 schema-invalid`]);
    expect(result.diagnostics[0].message).toMatch(/at most 200 reports/);
  });

  it('a 900 kB quote on one line is checked and echoed cut short', () => {
    const result = check({ [CLAIM]: claim({ quote: JSON.stringify(`${GOOD_QUOTE} ${'x'.repeat(900_000)}`) }) });
    expect(lines(result)).toEqual([`${CLAIM}:7:12 quote-not-found`]);
    expect(result.diagnostics[0].message.length).toBeLessThan(400);
  });

  it('a long archived article still verifies quotes', () => {
    const text = project().find((f) => f.path === SOURCE)!.text.replace('[1].', `[1]. ${'word '.repeat(150_000)}`);
    const result = check({ [SOURCE]: text });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('references', () => {
  it('a via naming the reporting source itself fails as via-self', () => {
    const result = check({ [CLAIM]: claim({ extraReport: '    via: alpha-news' }) });
    expect(lines(result)).toEqual([`${CLAIM}:8:10 via-self`]);
  });

  it('qualifiers are sorted into the id, so their order cannot fork a claim', () => {
    const fm = (q: string) => `subject: model-x\nproperty: bench-score\nqualifiers: ${q}\nreports:\n  - source: alpha-news\n    value: "82.7%"\n    quote: "On the Bench"`;
    const a = check({ [CLAIM]: null, 'claims/model-x/bench-score--a--b.md': claim({ frontMatter: fm('{zz: b, aa: a}') }) });
    const b = check({ [CLAIM]: null, 'claims/model-x/bench-score--a--b.md': claim({ frontMatter: fm('{aa: a, zz: b}') }) });
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(a.corpus.claims[0].id).toBe('model-x/bench-score--a--b');
    expect(b.corpus.claims[0].id).toBe(a.corpus.claims[0].id);
  });

  it('a claim naming a source refused before parsing still fails', () => {
    const result = check({
      'sources/huge.md': 'x'.repeat(2_000_000),
      [CLAIM]: claim({ frontMatter: 'subject: model-x\nproperty: bench-score\nreports:\n  - source: huge\n    value: "82.7%"\n    quote: "x"' }),
    });
    expect(lines(result)).toEqual([`${CLAIM}:5:13 unknown-source`, 'sources/huge.md:1:1 file-too-large']);
    expect(result.corpus.claims).toEqual([]);
  });
});
