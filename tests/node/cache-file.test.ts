import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSha, fileSha, readJsonRecord, writeFileAtomic, writeJsonRecord } from '../../src/node/cache-file.ts';

describe('a versioned JSON record (search shards, social cards)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-record-'));
  const file = join(dir, 'sub', 'record.json');

  it('reads back what it wrote, under its field and version, leaving no temporary file', () => {
    writeJsonRecord(file, 2, 'cards', new Map([['a', { sha: 'x', bytes: 3 }]]));
    expect(readJsonRecord(file, 2, 'cards')).toEqual(new Map([['a', { sha: 'x', bytes: 3 }]]));
    expect(readdirSync(join(dir, 'sub'))).toEqual(['record.json']);
  });

  it('is empty for another version, another field, a damaged file, a missing file or no path', () => {
    expect(readJsonRecord(file, 1, 'cards').size).toBe(0);
    expect(readJsonRecord(file, 2, 'shards').size).toBe(0);
    writeFileSync(join(dir, 'bad.json'), '{"version": 2, "cards": ');
    expect(readJsonRecord(join(dir, 'bad.json'), 2, 'cards').size).toBe(0);
    expect(readJsonRecord(join(dir, 'none.json'), 2, 'cards').size).toBe(0);
    expect(readJsonRecord(undefined, 2, 'cards').size).toBe(0);
  });
});

describe('a file digest for the records', () => {
  it('is the digest of the bytes, and undefined for a file that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-sha-'));
    writeFileSync(join(dir, 'a.png'), 'abc');
    expect(fileSha(join(dir, 'a.png'))).toBe(contentSha(new TextEncoder().encode('abc')));
    expect(fileSha(join(dir, 'a.png'))).not.toBe(contentSha(new TextEncoder().encode('abd')));
    expect(fileSha(join(dir, 'missing.png'))).toBeUndefined();
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-atomic-'));

  it('writes a string, bytes or pieces, creating the folder, and returns the bytes written', () => {
    expect(writeFileAtomic(join(dir, 'a', 'one.txt'), 'café')).toBe(5);
    expect(writeFileAtomic(join(dir, 'a', 'two.bin'), new Uint8Array([1, 2, 3]))).toBe(3);
    // A generator, as claims.json is written: pieces in order, never one string.
    function* pieces() {
      yield '{"a":';
      yield '"é"';
      yield '}';
    }
    expect(writeFileAtomic(join(dir, 'a', 'three.json'), pieces())).toBe(10);
    expect(readFileSync(join(dir, 'a', 'one.txt'), 'utf8')).toBe('café');
    expect([...readFileSync(join(dir, 'a', 'two.bin'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'a', 'three.json'), 'utf8')).toBe('{"a":"é"}');
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['one.txt', 'three.json', 'two.bin']);
  });

  it('leaves the previous file and no temporary file when the pieces fail halfway', () => {
    const file = join(dir, 'kept.txt');
    writeFileAtomic(file, 'before');
    function* failing() {
      yield 'half';
      throw new Error('the document could not be made');
    }
    expect(() => writeFileAtomic(file, failing())).toThrow('the document could not be made');
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
