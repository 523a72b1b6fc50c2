/**
 * Claim checks kept between builds of the site. A claim file's outcome (validate-claim.ts)
 * depends only on its own text, the registries, the sources and the checking code, so while
 * those are unchanged a rebuild after editing one claim checks one claim instead of ten
 * thousand (at 10k claims, about a second and a half of the rebuild: value parsing, quote
 * indexes, quote lookups). The whole cache is void when any registry or source file, the core's
 * code, or the yaml or zod package changes. Only the site build uses it; `npm run check`
 * always checks everything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roleOf, type InputFile } from '../core/parse/files.ts';
import type { ClaimOutcome, ClaimOutcomeCache } from '../core/validate.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

export const CLAIM_CACHE_FILE = 'crosscheck-claims.v8';

interface Entry {
  text: string;
  outcome: ClaimOutcome;
}

export interface ClaimCache {
  outcomes: ClaimOutcomeCache;
  /** Claims taken from the cache, and claims checked in this run. */
  stats(): { hits: number; misses: number };
  /** Writes the outcomes of this run's claim files, if anything changed. Never throws. */
  save(): boolean;
}

let codeHash: string | undefined;

/** The checking code: every file of src/core, and the parsing and schema packages it calls. */
export function checkerFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const core = fileURLToPath(new URL('../core/', import.meta.url));
  for (const rel of (readdirSync(core, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith('.ts')) continue;
    hash.update(`${rel}\n`);
    hash.update(readFileSync(join(core, rel)));
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['yaml', 'zod']) hash.update(readFileSync(require.resolve(`${pkg}/package.json`)));
  return (codeHash = hash.digest('base64url'));
}

/** Everything besides a claim's own file that its outcome depends on. */
export function claimContext(files: readonly InputFile[], code = checkerFingerprint()): string {
  const hash = createHash('sha256').update(code);
  for (const f of files) {
    if (roleOf(f.path) === 'claim') continue;
    hash.update(`\n${f.path}\n${f.size ?? ''} ${f.symlink ? 'l' : ''}${f.special ? 's' : ''}${f.invalidUtf8 ? 'u' : ''}\n${f.text.length}\n`);
    hash.update(f.text);
  }
  return hash.digest('base64url');
}

/** The cache for a run over `files` (all the project's files, for the context). */
export function openClaimCache(dir: string, files: readonly InputFile[], code?: string): ClaimCache {
  const path = join(dir, CLAIM_CACHE_FILE);
  const context = claimContext(files, code);
  const previous = readCacheFile<Entry>(path, context);
  const used = new Map<string, Entry>();
  let hits = 0;
  let misses = 0;
  const outcomes: ClaimOutcomeCache = {
    get(file) {
      const entry = previous.get(file.path);
      if (!entry || entry.text !== file.text) return undefined;
      hits += 1;
      used.set(file.path, entry);
      return entry.outcome;
    },
    set(file, outcome) {
      misses += 1;
      used.set(file.path, { text: file.text, outcome });
    },
  };
  return {
    outcomes,
    stats: () => ({ hits, misses }),
    save() {
      // Nothing new, and no claim file gone since the last run: the file on disk is this run's.
      if (misses === 0 && used.size === previous.size) return false;
      return writeCacheFile(path, context, used);
    },
  };
}
