/**
 * `npm run bench -- --drop-caches`: the option is read, and dropping the page cache writes "1"
 * to the kernel's control file, or fails with a message that names the option and what it
 * needs; then a build's inputs are read back in, its outputs not. The real /proc file is not
 * touched here (that would slow every other test on the machine): the function takes the
 * control file's path.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.ts';
import { DROP_CACHES, dropPageCache, warmInputs } from '../../bench/stages/site.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const temp = useTempDirs('crosscheck-drop-caches-');

describe('--drop-caches', () => {
  it('is off unless asked for', () => {
    expect(parseArgs([]).dropCaches).toBe(false);
    expect(parseArgs(['--claims', '10000', '--drop-caches']).dropCaches).toBe(true);
  });

  it('writes 1 to the control file: page cache only, not dentries and inodes', () => {
    const control = join(temp(), 'drop_caches');
    writeFileSync(control, '0');
    dropPageCache(control);
    expect(readFileSync(control, 'utf8')).toBe('1');
    expect(DROP_CACHES).toBe('/proc/sys/vm/drop_caches');
  });

  it('says what it needs when the control file cannot be written', () => {
    const dir = temp();
    const missing = join(dir, 'no-such-dir', 'drop_caches');
    expect(() => dropPageCache(missing)).toThrow(/--drop-caches could not write .*no-such-dir.* \(ENOENT\): it needs Linux and root\. Run the benchmark without --drop-caches, or as root\./);
    // A directory in the file's place: EISDIR, even as root.
    const asDir = join(dir, 'control');
    mkdirSync(asDir);
    expect(() => dropPageCache(asDir)).toThrow(/\(EISDIR\)/);
  });
});

describe('warmInputs', () => {
  it("reads a build's inputs and, through links, node_modules, but not its outputs; a link cycle ends", () => {
    const modules = temp();
    mkdirSync(join(modules, 'pkg'));
    writeFileSync(join(modules, 'pkg', 'index.js'), 'x'.repeat(100));
    // A link back up the tree: read once, not forever.
    symlinkSync(modules, join(modules, 'pkg', 'loop'), 'dir');
    const dir = temp();
    mkdirSync(join(dir, 'claims'));
    writeFileSync(join(dir, 'claims', 'a.md'), 'y'.repeat(10));
    writeFileSync(join(dir, 'astro.config.mjs'), 'z');
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    for (const out of ['dist', '.astro']) {
      mkdirSync(join(dir, out));
      writeFileSync(join(dir, out, 'index.html'), 'w'.repeat(1000));
    }
    expect(warmInputs(dir)).toBe(100 + 10 + 1);
  });
});
