/**
 * Checks made on a file before it is parsed: its name, its size, whether it is a
 * symlink, and where it sits. They run first so a hostile file is refused before any
 * parser sees it.
 */
import { diagnostic, quoteUserText, type Diagnostic } from '../diagnostics.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
export const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.md$/;
export const REGISTRY_FILES = ['claims/subjects.yaml', 'claims/properties.yaml'] as const;
/** Documentation that may sit beside the data without being data. */
export const DOC_FILES = new Set(['claims/README.md', 'sources/README.md']);

export interface InputFile {
  /** Relative path with forward slashes: `sources/x.md`, `claims/gpt-5-5/y.md`. */
  path: string;
  text: string;
  size?: number;
  symlink?: boolean;
  /** Neither a regular file nor a folder (a FIFO, socket or device): refused, never read. */
  special?: boolean;
  /** The bytes are not valid UTF-8; `text` is a lossy decoding and is never parsed. */
  invalidUtf8?: boolean;
}

/** C0 controls other than tab, line feed and carriage return, and DEL: YAML forbids them and no article needs them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type FileRole = 'source' | 'claim' | 'subjects' | 'properties' | 'doc' | 'unknown';

export function roleOf(path: string): FileRole {
  if (path === 'claims/subjects.yaml') return 'subjects';
  if (path === 'claims/properties.yaml') return 'properties';
  if (DOC_FILES.has(path)) return 'doc';
  const parts = path.split('/');
  if (parts[0] === 'sources' && parts.length === 2) return 'source';
  if (parts[0] === 'claims' && parts.length === 3) return 'claim';
  return 'unknown';
}

/** Pre-parse checks; an empty result means the file may be parsed. */
export function checkFileMeta(file: InputFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const role = roleOf(file.path);
  const name = file.path.split('/').pop() ?? '';
  if (file.symlink) {
    out.push(diagnostic(file.path, undefined, 'file-symlink', 'This file is a symbolic link; Crosscheck reads only regular files.', 'Replace the link with the file itself.'));
    return out;
  }
  if (file.special) {
    out.push(diagnostic(file.path, undefined, 'file-not-regular', 'This is not a regular file (a pipe, socket or device); Crosscheck reads only regular files.', 'Remove it from the repository.'));
    return out;
  }
  const size = file.size ?? byteLength(file.text);
  if (size > MAX_FILE_BYTES) {
    out.push(
      diagnostic(file.path, undefined, 'file-too-large', `This file is ${size} bytes; the limit is ${MAX_FILE_BYTES} bytes.`, 'Split the archived text or trim what is not the article itself.'),
    );
    return out;
  }
  if (role === 'unknown') {
    out.push(
      diagnostic(
        file.path,
        undefined,
        'file-location',
        `${quoteUserText(file.path)} is not where Crosscheck looks for data.`,
        'Sources go in sources/<id>.md, claims in claims/<subject>/<property>.md, registries in claims/subjects.yaml and claims/properties.yaml.',
      ),
    );
    return out;
  }
  if ((role === 'source' || role === 'claim') && !FILE_NAME.test(name)) {
    out.push(
      diagnostic(file.path, undefined, 'file-name', `The file name ${quoteUserText(name)} is not allowed.`, 'Use lowercase letters, digits and "-" only, ending in ".md", e.g. "terminal-bench-2-0.md".'),
    );
  }
  if (role === 'claim') {
    const dir = file.path.split('/')[1];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(dir)) {
      out.push(diagnostic(file.path, undefined, 'file-name', `The folder name ${quoteUserText(dir)} is not a valid subject id.`, 'Name the folder after the subject id: lowercase letters, digits and "-".'));
    }
  }
  if (role !== 'doc') out.push(...checkEncoding(file));
  return out;
}

function checkEncoding(file: InputFile): Diagnostic[] {
  if (file.invalidUtf8) {
    return [diagnostic(file.path, undefined, 'file-encoding', 'This file is not valid UTF-8 text.', 'Save it as UTF-8; if it was pasted from a PDF or a web page, paste the text again.')];
  }
  const m = CONTROL.exec(file.text);
  if (!m) return [];
  const before = file.text.slice(0, m.index);
  const line = before.split('\n').length;
  const col = m.index - before.lastIndexOf('\n');
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    diagnostic(file.path, { line, col }, 'file-encoding', `This file contains the control character ${code}${m[0] === '\u0000' ? ' (a NUL byte, as in binary files)' : ''}.`, 'Remove it; Crosscheck files are plain text (tabs and line breaks are fine).'),
  ];
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
