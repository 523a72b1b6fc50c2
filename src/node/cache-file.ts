/**
 * A build cache on disk: one v8-serialised map of entries, stamped with the key it is valid
 * for (a fingerprint of the code, and of the data it depends on). Reading gives an empty map
 * for a missing, damaged or stale file; writing goes through a temporary file and never
 * throws, since a cache that cannot be written only costs the next build time. The page and
 * search records write their JSON through the same `writeFileAtomic`.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

interface Stored<V> {
  key: string;
  entries: Map<string, V>;
}

export function readCacheFile<V>(path: string, key: string): Map<string, V> {
  try {
    const stored = deserialize(readFileSync(path)) as Stored<V>;
    if (stored?.key === key && stored.entries instanceof Map) return stored.entries;
  } catch {
    // Missing, unreadable or from another Node version: start empty.
  }
  return new Map();
}

/**
 * Writes `data` to `path` through a temporary file beside it, so a reader never sees half a
 * file; creates the folder. `data` may come in pieces (an iterable of strings), written as
 * they come, so a large document need never be one string. Returns the bytes written. Throws
 * what the file system throws, leaving no temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): number {
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    let bytes: number;
    if (typeof data === 'string' || data instanceof Uint8Array) {
      writeFileSync(tmp, data);
      bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    } else {
      fd = openSync(tmp, 'w');
      bytes = 0;
      for (const piece of data) {
        // writeSync may write less than it is given; writeFileSync loops the same way.
        const buf = Buffer.from(piece);
        for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at);
        bytes += buf.length;
      }
      closeSync(fd);
      fd = undefined;
    }
    renameSync(tmp, path);
    return bytes;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** True when the file was written. */
export function writeCacheFile<V>(path: string, key: string, entries: Map<string, V>): boolean {
  try {
    writeFileAtomic(path, serialize({ key, entries } satisfies Stored<V>));
    return true;
  } catch {
    return false;
  }
}

/**
 * A JSON record of named entries under `field`, stamped with a format version (the search
 * shards' and the social cards' records): empty when missing, damaged or of another version.
 */
export function readJsonRecord<V>(path: string | undefined, version: number, field: string): Map<string, V> {
  if (!path) return new Map();
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown } & Record<string, unknown>;
    const entries = r[field];
    if (r.version === version && entries && typeof entries === 'object') return new Map(Object.entries(entries as Record<string, V>));
  } catch {
    // Missing or damaged: every entry is made again.
  }
  return new Map();
}

/** Writes what `readJsonRecord` reads; throws what `writeFileAtomic` throws. */
export function writeJsonRecord<V>(path: string, version: number, field: string, entries: Map<string, V>): void {
  writeFileAtomic(path, JSON.stringify({ version, [field]: Object.fromEntries(entries) }));
}

/** The digest a record keeps of a file it wrote, to tell later that the file is still the same. */
export function contentSha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** `contentSha` of the file at `path`, or undefined when it cannot be read. */
export function fileSha(path: string): string | undefined {
  try {
    return contentSha(readFileSync(path));
  } catch {
    return undefined;
  }
}
