import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dirs.ts';
import { validateProject } from '../../src/core/validate.ts';
import { parseYaml } from '../../src/core/parse/yaml.ts';
import { openParseCache, PARSE_CACHE_FILE, parserFingerprint } from '../../src/node/parse-cache.ts';
import { readProjectFiles } from '../../src/node/read-project.ts';

const temp = useTempDirs('crosscheck-parse-cache-');

// Folded text sends both to the yaml library, the only parses the cache keeps.
const A = 'subject: gpt-5-5\nproperty: release-date\nreports:\n  - source: a\n    value: "April 23, 2026"\nnotes: >-\n  folded\n';
const B = 'subject: gpt-5-5\nproperty: price\nnotes: >-\n  folded too\n';

describe('openParseCache', () => {
  it('parses on the first build and reads unchanged texts back on the next, with the same result', () => {
    const dir = temp();
    const first = openParseCache(dir, 'f1');
    const a1 = first.parse('claims/a.md', A, 2);
    first.parse('claims/b.md', B, 2);
    expect(first.stats()).toEqual({ hits: 0, misses: 2, direct: 0 });
    expect(first.save()).toBe(true);

    const second = openParseCache(dir, 'f1');
    const a2 = second.parse('claims/a.md', A, 2);
    expect(a2).toEqual(a1);
    expect(a2).toEqual(parseYaml('claims/a.md', A, 2));
    second.parse('claims/b.md', `${B}  edited\n`, 2);
    expect(second.stats()).toEqual({ hits: 1, misses: 1, direct: 0 });
  });

  it('keys on the first line too, since positions depend on it', () => {
    const dir = temp();
    const first = openParseCache(dir, 'f1');
    first.parse('claims/a.md', A, 2);
    first.save();
    const second = openParseCache(dir, 'f1');
    const moved = second.parse('claims/a.md', A, 5);
    expect(second.stats().hits).toBe(0);
    expect(moved).toEqual(parseYaml('claims/a.md', A, 5));
  });

  it('hands out copies: a caller that changes its result does not change the next build', () => {
    const dir = temp();
    const first = openParseCache(dir, 'f1');
    const r = first.parse('claims/a.md', A, 2);
    if (r.ok) r.value.data.subject = 'changed';
    first.save();
    const again = openParseCache(dir, 'f1').parse('claims/a.md', A, 2);
    expect(again.ok && again.value.data.subject).toBe('gpt-5-5');
  });

  it('keeps no parse with errors, and reports those errors every time', () => {
    const dir = temp();
    const bad = 'subject: [unclosed\n';
    const first = openParseCache(dir, 'f1');
    expect(first.parse('claims/x.md', bad, 2).ok).toBe(false);
    first.save();
    const second = openParseCache(dir, 'f1');
    expect(second.parse('claims/x.md', bad, 2)).toEqual(parseYaml('claims/x.md', bad, 2));
    expect(second.stats()).toEqual({ hits: 0, misses: 1, direct: 0 });
  });

  it('starts empty when the parser changed, or the file is damaged', () => {
    const dir = temp();
    const first = openParseCache(dir, 'f1');
    first.parse('claims/a.md', A, 2);
    first.save();
    const other = openParseCache(dir, 'f2');
    other.parse('claims/a.md', A, 2);
    expect(other.stats().hits).toBe(0);
    writeFileSync(join(dir, PARSE_CACHE_FILE), 'not a cache');
    const damaged = openParseCache(dir, 'f1');
    expect(damaged.parse('claims/a.md', A, 2)).toEqual(parseYaml('claims/a.md', A, 2));
    expect(damaged.stats().hits).toBe(0);
  });

  it('writes nothing when nothing changed, and forgets entries a build no longer uses', () => {
    const dir = temp();
    const first = openParseCache(dir, 'f1');
    first.parse('claims/a.md', A, 2);
    first.parse('claims/b.md', B, 2);
    first.save();
    const same = openParseCache(dir, 'f1');
    same.parse('claims/a.md', A, 2);
    same.parse('claims/b.md', B, 2);
    expect(same.save()).toBe(false);
    const fewer = openParseCache(dir, 'f1');
    fewer.parse('claims/a.md', A, 2);
    expect(fewer.save()).toBe(true);
    const after = openParseCache(dir, 'f1');
    after.parse('claims/b.md', B, 2);
    expect(after.stats().hits).toBe(0);
  });

  it('reads common front matter directly and stores nothing for it', () => {
    const dir = temp();
    const common = 'subject: gpt-5-5\nproperty: price\n';
    const first = openParseCache(dir, 'f1');
    expect(first.parse('claims/c.md', common, 2)).toEqual(parseYaml('claims/c.md', common, 2));
    expect(first.stats()).toEqual({ hits: 0, misses: 0, direct: 1 });
    expect(first.save()).toBe(false);
  });

  it('fingerprints the parser source', () => {
    expect(parserFingerprint()).toMatch(/^[\w-]{43}$/);
  });
});

describe('validateProject with the parse cache', () => {
  it('gives the real corpus exactly the result it gives without one, cold and warm', () => {
    const files = readProjectFiles(join(import.meta.dirname, '../..'));
    const plain = validateProject(files);
    const dir = temp();
    const cold = openParseCache(dir);
    expect(validateProject(files, { parseYaml: cold.parse })).toEqual(plain);
    cold.save();
    const warm = openParseCache(dir);
    expect(validateProject(files, { parseYaml: warm.parse })).toEqual(plain);
    expect(warm.stats().misses).toBe(0);
    // A few real files use YAML the fast reader leaves to the library: those are the cached ones.
    expect(warm.stats().hits).toBeGreaterThan(0);
    expect(warm.stats().direct).toBeGreaterThan(100);
  });
});
