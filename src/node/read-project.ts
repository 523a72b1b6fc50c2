/**
 * The file-system side of loading: walk sources/ and claims/, refuse symlinks and
 * oversized files without reading them, and hand plain InputFiles to the core.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES, type InputFile } from '../core/parse/files.ts';

const ROOTS = ['sources', 'claims'];
/** Deeper than claims/<subject>/<file> is never valid; stop walking rather than follow a maze. */
const MAX_DEPTH = 4;
/** Keeps a leading BOM in the text (ignoreBOM), so positions match what editors show; the parsers skip it. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readProjectFiles(root: string): InputFile[] {
  const files: InputFile[] = [];
  for (const top of ROOTS) walk(top, 1);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;

  function walk(rel: string, depth: number): void {
    const abs = join(root, rel);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return;
    }
    if (st.isSymbolicLink()) {
      files.push({ path: rel, text: '', size: 0, symlink: true });
      return;
    }
    if (st.isDirectory()) {
      if (depth > MAX_DEPTH) {
        files.push({ path: rel, text: '', size: 0 });
        return;
      }
      for (const name of readdirSync(abs).sort()) walk(`${rel}/${name}`, depth + 1);
      return;
    }
    if (!st.isFile()) {
      // A pipe or device is never opened (reading a FIFO would block), but it is named, not skipped.
      files.push({ path: rel, text: '', size: 0, special: true });
      return;
    }
    if (st.size > MAX_FILE_BYTES) {
      files.push({ path: rel, text: '', size: st.size });
      return;
    }
    const bytes = readFileSync(abs);
    try {
      files.push({ path: rel, text: STRICT_UTF8.decode(bytes), size: st.size });
    } catch {
      files.push({ path: rel, text: bytes.toString('utf8'), size: st.size, invalidUtf8: true });
    }
  }
}
