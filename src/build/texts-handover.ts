/**
 * The archived texts cross from the build worker to the main thread as one UTF-8 buffer that
 * is moved (transferred), not copied, and each text is decoded when a page reads it.
 *
 * Why: cloned as strings, every text was held by both threads at the hand-over, at two bytes
 * per character as soon as it holds one character above U+00FF (’ or —, as most real articles
 * do). At 100,000 claims that moment set the build's peak memory (BENCHMARKS.md). On the main
 * thread only a source's own page reads its text, once.
 */
import type { LoadedProject } from '../core/project.ts';

/** Every source's body in corpus order: text i is `bytes[startOf(ends, i) .. ends[i]]`. */
export interface PackedTexts {
  bytes: Uint8Array<ArrayBuffer>;
  ends: Uint32Array;
}

/** Where text i starts in the packed bytes. */
const startOf = (ends: Uint32Array, i: number): number => (i === 0 ? 0 : ends[i - 1]!);

/**
 * The project to post, its sources' bodies left empty, and the bodies packed; the given
 * project is not changed (the worker goes on using it).
 */
export function packTexts(project: LoadedProject): { project: LoadedProject; texts: PackedTexts } {
  const { sources } = project.corpus;
  const ends = new Uint32Array(sources.length);
  let total = 0;
  sources.forEach((s, i) => (ends[i] = total += Buffer.byteLength(s.body, 'utf8')));
  const bytes = new Uint8Array(total);
  const encoder = new TextEncoder();
  sources.forEach((s, i) => encoder.encodeInto(s.body, bytes.subarray(startOf(ends, i))));
  const sent = sources.map((s) => ({ ...s, body: '' }));
  return { project: { ...project, corpus: { ...project.corpus, sources: sent } }, texts: { bytes, ends } };
}

/** The posted project with each source's `body` read from the packed texts. */
export function unpackTexts(project: LoadedProject, texts: PackedTexts): LoadedProject {
  // ignoreBOM: a text that starts with U+FEFF keeps it, as the worker's string did.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  project.corpus.sources.forEach((source, i) => {
    const start = startOf(texts.ends, i);
    const end = texts.ends[i]!;
    // A getter, not a string: a text that no page reads is never decoded, and one that is
    // read is garbage once its page is written.
    Object.defineProperty(source, 'body', { enumerable: true, configurable: true, get: () => decoder.decode(texts.bytes.subarray(start, end)) });
  });
  return project;
}
