/**
 * Builds and writes the search index in a worker thread, so it runs on another core while
 * Astro renders the pages. `buildSearchInWorker` is the only way in.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SearchInput } from '../core/search/index.ts';
import { writeSearchIndex, type WrittenSearch } from './write-search.ts';

interface Job {
  input: SearchInput;
  dir: string;
}

type Reply = ({ ok: true } & WrittenSearch) | { ok: false; message: string };

if (!isMainThread && parentPort && (workerData as { crosscheckSearch?: Job } | null)?.crosscheckSearch) {
  const { input, dir } = (workerData as { crosscheckSearch: Job }).crosscheckSearch;
  let reply: Reply;
  try {
    reply = { ok: true, ...writeSearchIndex(input, dir) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort.postMessage(reply);
}

export function buildSearchInWorker(input: SearchInput, dir: string): Promise<WrittenSearch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { crosscheckSearch: { input, dir } } });
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
