/**
 * The main thread's side of the build worker (src/build/worker.ts): starts it and turns its
 * replies into one promise per step. It does not import the worker, so loading the Astro
 * config does not load the core: only the worker thread does.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedProject } from '../core/project.ts';
import type { PageKeys } from '../site/page-keys.ts';
import type { WrittenApi } from './api-outputs.ts';
import type { WrittenCards } from './social-cards.ts';
import type { WriteOptions, WrittenSearch } from './write-search.ts';
import { unpackTexts, type PackedTexts } from './texts-handover.ts';

export interface BuildJob {
  root: string;
  cacheDir: string;
  /** Where the search index is written (below the output folder). */
  searchDir: string;
  /** Where the API documents are written (below the output folder). */
  apiDir: string;
  search: WriteOptions;
  /**
   * Social cards: written below `outDir` for contested claims when the site has an address
   * (`host`); without one, the cards an earlier build left are removed.
   */
  cards: { outDir: string; record: string; host?: string };
}

export type Step = 'load' | 'keys' | 'api' | 'search' | 'cards';

export type Reply =
  /** `ms`: how long reading, checking and analysing the files took in the worker. */
  | { step: 'load'; ok: true; project: LoadedProject; texts: PackedTexts; note: string; ms: number }
  | { step: 'keys'; ok: true; keys: PageKeys }
  | { step: 'api'; ok: true; written: WrittenApi }
  | { step: 'search'; ok: true; written: WrittenSearch }
  | { step: 'cards'; ok: true; cards: WrittenCards }
  | { step: Step; ok: false; message: string };

export const JOB_KEY = 'crosscheckBuildJob';

/** The load step's result on the main thread: the project, the caches' note and the load's time. */
export interface Loaded {
  project: LoadedProject;
  note: string;
  ms: number;
}

/** What the main thread gets: each step settles once, in this order. */
export interface BuildSteps {
  load: Promise<Loaded>;
  keys: Promise<PageKeys>;
  api: Promise<WrittenApi>;
  search: Promise<WrittenSearch>;
  cards: Promise<WrittenCards>;
}

/** A promise with its settle functions; settling twice is a no-op, as for any promise. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Until a caller awaits it, a failure must not count as unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Starts the job in a worker thread. */
export function startBuildWorker(job: BuildJob): BuildSteps {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { [JOB_KEY]: job } });
  const load = deferred<Loaded>();
  const keys = deferred<PageKeys>();
  const api = deferred<WrittenApi>();
  const search = deferred<WrittenSearch>();
  const cards = deferred<WrittenCards>();
  const steps = { load, keys, api, search, cards };
  worker.on('message', (reply: Reply) => {
    if (!reply.ok) steps[reply.step].reject(new Error(reply.message));
    else if (reply.step === 'load') load.resolve({ project: unpackTexts(reply.project, reply.texts), note: reply.note, ms: reply.ms });
    else if (reply.step === 'keys') keys.resolve(reply.keys);
    else if (reply.step === 'api') api.resolve(reply.written);
    else if (reply.step === 'search') search.resolve(reply.written);
    else cards.resolve(reply.cards);
  });
  const stopped = (error: Error) => {
    for (const s of [load, keys, api, search, cards]) s.reject(error);
  };
  worker.once('error', stopped);
  worker.once('exit', (code) => stopped(new Error(`the build worker stopped (exit code ${code}) before it finished`)));
  return { load: load.promise, keys: keys.promise, api: api.promise, search: search.promise, cards: cards.promise };
}
