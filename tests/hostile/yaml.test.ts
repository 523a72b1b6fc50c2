/**
 * Property 2: every YAML feature that is a hazard for untrusted input (tags, anchors and
 * aliases, duplicate keys, prototype keys, merge keys, runaway nesting, non-mapping or
 * unterminated documents) fails at file:line:col by its rule, and none becomes `{}`.
 */
import YAML, { Alias, Document } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProject } from '../../src/node/load-project.ts';
import { MAX_YAML_ERRORS, parseYamlWithLibrary } from '../../src/core/parse/yaml.ts';
import { CLAIM, REPO, check, lines } from './helpers.ts';
import { HEAD, LAUGHS, REPORT, YAML_CASES, at, fm } from './yaml-cases.ts';

describe('hostile YAML fails by rule and position, never as {}', () => {
  for (const c of YAML_CASES) {
    it(c.name, () => {
      const result = check({ [CLAIM]: c.text });
      expect(lines(result)).toEqual(c.expected);
      expect(result.rejected).toContain(CLAIM);
      expect(result.corpus.claims.map((x) => x.file)).not.toContain(CLAIM);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  afterEach(() => vi.restoreAllMocks());

  it('a billion-laughs document is refused, its aliases never expanded', () => {
    // What would take long is expansion, and every way to it goes through Alias.resolve or
    // Document.toJS: counting those calls replaces a time limit that failed on busy cores.
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const toJS = vi.spyOn(Document.prototype, 'toJS');
    const result = check({ [CLAIM]: fm(`${HEAD}\n${REPORT}\n${LAUGHS}`) });
    expect(resolve).not.toHaveBeenCalled();
    expect(toJS).not.toHaveBeenCalled();
    // The spies watch the parser's copy of the library: a document it does convert is seen, aliases off.
    parseYamlWithLibrary(CLAIM, 'a: [1, 2]\n', 1);
    expect(toJS).toHaveBeenCalledWith({ maxAliasCount: 0 });
    // 9 anchors and 72 aliases: the first ones are listed, the rest summed up.
    expect(result.diagnostics).toHaveLength(MAX_YAML_ERRORS);
    expect(result.diagnostics.slice(0, -1).every((d) => d.rule === 'yaml-alias' && d.file === CLAIM)).toBe(true);
    expect(result.diagnostics.at(-1)).toMatchObject({ rule: 'yaml-too-many-problems', message: expect.stringContaining('32 more') });
    expect(lines(result)[0]).toBe(at('10:12', 'yaml-alias'));
    expect(result.corpus.claims).toEqual([]);
  });

  it('10,000 nested brackets are refused without a stack overflow', () => {
    const result = check({ [CLAIM]: fm(`${HEAD}\n${REPORT}\ntopics: ${'['.repeat(10_000)}${']'.repeat(10_000)}`) });
    expect(result.diagnostics.map((d) => d.rule)).toContain('yaml-too-deep');
    expect(result.diagnostics.every((d) => d.file === CLAIM && d.line === 8)).toBe(true);
  });

  it('50,000 keys are checked for duplicates in linear time', () => {
    // The library's own duplicate check compares every key with every other (50,000 keys took
    // 36 s); it must stay off, the parser's Map-based walk finding the duplicate instead.
    const parse = vi.spyOn(YAML, 'parseDocument');
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const result = check({ [CLAIM]: fm(`${HEAD}\n${REPORT}\n${keys}\nk7: again`) });
    expect(parse).toHaveBeenCalled();
    for (const [, options] of parse.mock.calls) expect(options).toMatchObject({ uniqueKeys: false });
    expect(lines(result)).toEqual([at('50008:1', 'yaml-duplicate-key')]);
  });

  it('registries refuse anchors and aliases too', () => {
    const result = check({ 'claims/subjects.yaml': 'subjects:\n  - &m {id: model-x, name: "Model X", kind: model}\n  - *m\n' });
    expect(lines(result)).toEqual([`${CLAIM}:2:10 unknown-subject`, 'claims/subjects.yaml:2:8 yaml-alias', 'claims/subjects.yaml:3:5 yaml-alias'].sort());
  });
});

describe('no prototype pollution', () => {
  it('({}).polluted stays undefined after the real corpus and every hostile case', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    loadProject(REPO);
    for (const c of YAML_CASES) check({ [CLAIM]: c.text });
    check({ 'claims/subjects.yaml': '__proto__:\n  polluted: true\nsubjects: []\n' });
    check({ 'claims/properties.yaml': 'constructor:\n  prototype:\n    polluted: true\nproperties: []\n' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
