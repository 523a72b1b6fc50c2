/**
 * Builds and writes the search index in a worker thread, so it runs on another core while
 * Astro renders the pages. `buildSearchInWorker` is the only way in.
 */
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SearchInput } from '../core/search/index.ts';
import { writeSearchIndex, type WriteOptions, type WrittenSearch } from './write-search.ts';

interface Job {
  input: SearchInput;
  dir: string;
  options: WriteOptions;
}

type Reply = ({ ok: true } & WrittenSearch) | { ok: false; message: string };

if (!isMainThread && parentPort && (workerData as { crosscheckSearch?: Job } | null)?.crosscheckSearch) {
  const { input, dir, options } = (workerData as { crosscheckSearch: Job }).crosscheckSearch;
  yieldToPages();
  let reply: Reply;
  try {
    reply = { ok: true, ...writeSearchIndex(input, dir, options) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort.postMessage(reply);
}

/**
 * The pages are the build's critical path and the index is not: on a 2-core machine the
 * worker took CPU from page rendering and from the threads writing pages, then sat finished
 * for most of the build. At the lowest priority it runs in their gaps. Only on Linux, where
 * a priority set from a thread applies to that thread alone (elsewhere it would slow the
 * whole build).
 */
function yieldToPages(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(19);
  } catch {
    // Not permitted in some sandboxes: the index is then built at normal priority.
  }
}

export function buildSearchInWorker(input: SearchInput, dir: string, options: WriteOptions = {}): Promise<WrittenSearch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { crosscheckSearch: { input, dir, options } satisfies Job } });
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      if (reply.ok) {
        const { ok: _ok, ...written } = reply;
        resolve(written);
      } else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the search worker stopped (exit code ${code}) before writing the index`));
    });
  });
}
