/**
 * Property 9: the check never crashes. Arbitrary strings, YAML-ish documents built from
 * hostile fragments, and random edits of valid files go through validation and analysis
 * (the CLI's path) on the valid base project; each must give a well-formed result, never an
 * exception. 10,000 cases per property in CI, 1,000 locally. No case is timed: a time limit per
 * case fails on busy cores and makes fast-check shrink towards large inputs; every input here is
 * bounded in size instead, so each case ends, and speed is the benchmark's business (`npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/index.ts';
import { MAX_FILE_BYTES } from '../../src/core/parse/files.ts';
import { validateProject } from '../../src/core/validate.ts';
import { CLAIM, SOURCE, project } from './helpers.ts';

const RUNS = process.env.CI ? 10_000 : 1_000;
/** Edited files stop growing a little past the file size limit, which they must still cross to test it. */
const MAX_EDITED_CHARS = MAX_FILE_BYTES + 64 * 1024;
const TARGETS = [CLAIM, SOURCE, 'claims/subjects.yaml', 'claims/properties.yaml', 'claims/model-x/release-date.md', 'sources/new-source.md'];
const base = new Map(project().map((f) => [f.path, f.text]));

/** Validates the base project with `path` replaced by `text`, and checks the result's shape. */
function survives(path: string, text: string): void {
  const files = project({ [path]: text });
  const result = validateProject(files);
  analyze(result.corpus);

  const paths = new Set(files.map((f) => f.path));
  for (const d of result.diagnostics) {
    expect(paths.has(d.file) || /^claims\/(subjects|properties)\.yaml$/.test(d.file)).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.col) && d.col >= 1).toBe(true);
    expect(d.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.hint ?? '').not.toBe('');
  }
  // Nothing lost: every claim file is in the corpus or named as rejected.
  const claimFiles = files.filter((f) => /^claims\/[^/]+\/[^/]+$/.test(f.path)).map((f) => f.path);
  const inCorpus = new Set(result.corpus.claims.map((c) => c.file));
  for (const f of claimFiles) expect(inCorpus.has(f) !== result.rejected.includes(f)).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const target = fc.constantFrom(...TARGETS);

/** Fragments that poke at YAML, front matter, markdown and the validators. */
const FRAGMENT = fc.constantFrom(
  '---', '---js', '+++', '...', '%YAML 1.2', '%TAG ! tag:x,2000:', '&a', '*a', '!!js/function', '!!python/object:os.system', '!x', '<<: *a',
  '__proto__:', 'constructor:', 'prototype:', '? ', ': ', '- ', '[', ']', '{', '}', ',', '"', "'", '|', '>-', '#', '\t', '\r\n', '\n', '\u0000',
  '\u200b', '\u202e', '\ufeff', 'é', 'е', '😀', '\ud800', 'subject:', 'property:', 'reports:', 'source:', 'value:', 'quote:', 'via:', 'verdict:',
  'note:', 'qualifiers:', 'topics:', 'title:', 'kind:', 'archived:', 'cites:', 'url:', 'notes:', 'subjects:', 'properties:', 'relations:', 'id:',
  'model-x', 'bench-score', 'alpha-news', 'upstream-blog', '"82.7%"', 'over 10,000', '2026-04-23', 'true', 'null', '~', '1e999', '-0', '0x1F',
  '<script>alert(1)</script>', '[a](javascript:alert(1))', '![x](data:,)', 'javascript&#58;', '[r]: //evil', '`', '    ', '  - ', '${x}', '{{x}}',
);

const yamlish = fc
  .array(fc.tuple(fc.nat({ max: 6 }), fc.array(FRAGMENT, { minLength: 1, maxLength: 5 })), { maxLength: 30 })
  .map((rows) => rows.map(([indent, parts]) => ' '.repeat(indent) + parts.join(' ')).join('\n'));

/** A valid file of the base project with fragments inserted, ranges deleted or lines repeated. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: FRAGMENT }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 20 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 50 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/**
 * Applies the edits in turn. Repeats compound (a line repeated into one long line, repeated
 * again), so what any edit adds is cut to the room left under MAX_EDITED_CHARS: a case can
 * cross the file size limit but never builds a multi-megabyte string.
 */
function applyEdits(original: string, edits: readonly Edit[]): string {
  let text = original;
  for (const e of edits) {
    const at = text.length === 0 ? 0 : e.at % (text.length + 1);
    const room = Math.max(0, MAX_EDITED_CHARS - text.length);
    if (e.kind === 'insert') text = text.slice(0, at) + e.text.slice(0, room) + text.slice(at);
    else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
    else {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end === -1 ? text.length : end + 1);
      const copies = Math.min(e.times, Math.ceil(room / Math.max(1, line.length)));
      text = text.slice(0, start) + line.repeat(copies).slice(0, room) + text.slice(start);
    }
  }
  return text;
}

const mutated = fc.tuple(fc.constantFrom(...base.keys()), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([path, edits]) => [path, applyEdits(base.get(path)!, edits)] as const);

describe('random edits stay bounded', () => {
  it('compounding repeats stop at MAX_EDITED_CHARS, past the file size limit', () => {
    const text = applyEdits('x'.repeat(100), Array.from({ length: 8 }, () => ({ kind: 'repeat' as const, at: 0, times: 50 })));
    expect(text.length).toBe(MAX_EDITED_CHARS);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
    survives(SOURCE, text);
  });

  it('no edited file grows past MAX_EDITED_CHARS', () => {
    fc.assert(
      fc.property(mutated, ([, text]) => text.length <= MAX_EDITED_CHARS),
      { numRuns: RUNS },
    );
  });
});

describe(`the check survives any input (${RUNS} cases per property)`, () => {
  it('arbitrary strings, including lone surrogates and control characters', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(target, fc.string({ unit: 'binary', maxLength: 2_000 }), (path, text) => survives(path, text)),
      { numRuns: RUNS },
    );
  });

  it('arbitrary strings behind a front matter fence', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(target, fc.string({ unit: 'binary', maxLength: 1_000 }), fc.string({ maxLength: 500 }), (path, yaml, body) => survives(path, `---\n${yaml}\n---\n${body}`)),
      { numRuns: RUNS },
    );
  });

  it('YAML-ish documents built from hostile fragments', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(target, yamlish, fc.boolean(), (path, yaml, fenced) => survives(path, fenced ? `---\n${yaml}\n---\nNotes [x](https://ok.example/).\n` : yaml)),
      { numRuns: RUNS },
    );
  });

  it('random edits of the valid files', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(mutated, ([path, text]) => survives(path, text)),
      { numRuns: RUNS },
    );
  });
});
