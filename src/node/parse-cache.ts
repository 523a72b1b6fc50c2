/**
 * Front matter parses kept between builds of the site, for the files the fast reader
 * (src/core/parse/yaml-common.ts) leaves to the yaml library: a rebuild after editing one of them
 * parses one file instead of all. Common front matter is read directly: the fast reader is
 * about as quick as hashing the text to look it up. Keyed by a hash of the YAML text and its
 * first line (positions depend on it); only successful parses are kept (diagnostics name
 * their file). The whole cache is void when the parser changes: its key includes a hash of
 * src/core/parse/yaml.ts, src/core/parse/yaml-common.ts and the version of the yaml package. Only the site build uses it;
 * `npm run check` always parses everything.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parseYamlWithLibrary, type ParsedYaml, type YamlParser } from '../core/parse/yaml.ts';
import { parseCommonYaml } from '../core/parse/yaml-common.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

export const PARSE_CACHE_FILE = 'crosscheck-parse-cache.v8';

export interface ParseCache {
  parse: YamlParser;
  /** `direct`: read by the fast reader, never stored; `hits` and `misses` count the others. */
  stats(): { hits: number; misses: number; direct: number };
  /** Writes the entries this run used, and only those, if anything changed. Never throws. */
  save(): boolean;
}

/** Identifies the parser: its own source and the library it calls. */
export function parserFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('../core/parse/yaml.ts', import.meta.url)));
  hash.update(readFileSync(new URL('../core/parse/yaml-common.ts', import.meta.url)));
  hash.update(readFileSync(createRequire(import.meta.url).resolve('yaml/package.json')));
  return hash.digest('base64url');
}

export function openParseCache(dir: string, fingerprint = parserFingerprint()): ParseCache {
  const path = join(dir, PARSE_CACHE_FILE);
  // Each parse stays serialised until asked for, so every caller gets its own copy to keep.
  const previous = readCacheFile<Uint8Array>(path, fingerprint);
  const used = new Map<string, Uint8Array>();
  let hits = 0;
  let misses = 0;
  let direct = 0;
  const parse: YamlParser = (file, text, firstLine) => {
    const common = parseCommonYaml(text, firstLine);
    if (common) {
      direct += 1;
      return { ok: true, value: common };
    }
    const key = createHash('sha256').update(`${firstLine}\n`).update(text).digest('base64url');
    const hit = previous.get(key) ?? used.get(key);
    if (hit) {
      try {
        const value = deserialize(hit) as ParsedYaml;
        hits += 1;
        previous.delete(key);
        used.set(key, hit);
        return { ok: true, value };
      } catch {
        previous.delete(key);
      }
    }
    misses += 1;
    const result = parseYamlWithLibrary(file, text, firstLine);
    if (result.ok) used.set(key, serialize(result.value));
    return result;
  };
  return {
    parse,
    stats: () => ({ hits, misses, direct }),
    save() {
      if (misses === 0 && previous.size === 0) return false;
      return writeCacheFile(path, fingerprint, used);
    },
  };
}
