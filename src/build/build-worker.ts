/**
 * The build's second thread. A site build starts it as soon as Astro has read its config:
 * it reads and parses the project while Astro starts up, posts what the files state (the
 * content loader stores the collections from it: src/core/statement.ts), checks claims
 * against their sources and analyses them while Astro stores the collections and bundles
 * the pages, hands the checked project over (pages wait for it), computes every page's cache
 * key (on a first build; taken when the build is done), then builds and writes the search
 * index while Astro renders the pages.
 *
 * `loadAndBuildSearchInWorker` is that job; `buildSearchInWorker` builds the index alone from
 * a project loaded elsewhere (the fallback when the worker could not load it).
 */
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { hasErrors } from '../core/diagnostics.ts';
import type { SearchInput } from '../core/search/index.ts';
import type { Statement } from '../core/statement.ts';
import type { PageKeys } from '../site/page-keys.ts';
import type { CachedLoad, Load } from '../node/load-with-cache.ts';
import type { WriteOptions, WrittenSearch } from './write-search.ts';

/**
 * What the worker needs after the load, imported once the load is handed over: Astro waits
 * for the load, and compiling these modules first would delay it.
 */
async function afterLoad() {
  const [keys, site, input, write] = await Promise.all([import('../site/page-keys.ts'), import('../site/site-data.ts'), import('../site/search-input.ts'), import('./write-search.ts')]);
  return { computePageKeys: keys.computePageKeys, buildSiteData: site.buildSiteData, searchInput: input.searchInput, writeSearchIndex: write.writeSearchIndex };
}

type Job =
  | { kind: 'search'; input: SearchInput; dir: string; options: WriteOptions }
  | { kind: 'load-and-search'; root: string; cacheDir: string; dir: string; options: WriteOptions };

type Step = 'statement' | 'load' | 'keys' | 'search';

type Reply =
  | { step: 'statement'; ok: true; statement: Statement }
  | { step: 'load'; ok: true; load: Load }
  | { step: 'keys'; ok: true; keys: PageKeys | undefined }
  | { step: 'search'; ok: true; written: WrittenSearch }
  | { step: Step; ok: false; message: string };

const JOB_KEY = 'crosscheckBuildWorker';

const failure = (step: Step, error: unknown): Reply => ({
  step,
  ok: false,
  message: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

async function search(input: SearchInput, dir: string, options: WriteOptions): Promise<Reply> {
  yieldToPages();
  try {
    const { writeSearchIndex } = await afterLoad();
    return { step: 'search', ok: true, written: writeSearchIndex(input, dir, options) };
  } catch (error) {
    return failure('search', error);
  }
}

async function runJob(job: Job, post: (reply: Reply) => void): Promise<void> {
  if (job.kind === 'search') return post(await search(job.input, job.dir, job.options));
  let loaded: CachedLoad;
  try {
    // Imported here, in the worker: the build's main thread loads this module with its config.
    const { loadWithCaches } = await import('../node/load-with-cache.ts');
    loaded = loadWithCaches(job.root, job.cacheDir, (statement) => post({ step: 'statement', ok: true, statement }));
  } catch (error) {
    // A step already posted stays as it was: a second settling is a no-op (deferred below).
    post(failure('statement', error));
    post(failure('load', error));
    post({ step: 'keys', ok: false, message: 'the data could not be loaded' });
    return post({ step: 'search', ok: false, message: 'the data could not be loaded' });
  }
  const { load } = loaded;
  post({ step: 'load', ok: true, load });
  // The content loader stops the build with the data's errors; no pages or index for refused data.
  if (hasErrors(load.project.diagnostics)) {
    loaded.persist();
    post({ step: 'keys', ok: false, message: 'the data has errors' });
    return post({ step: 'search', ok: false, message: 'the data has errors' });
  }
  const { corpus, analysis } = load.project;
  // Nothing after the load is on the build's critical path: on a first build the keys are
  // wanted only for the record written at the end (src/build/page-cache.ts), the index at the end.
  yieldToPages();
  let next: Awaited<ReturnType<typeof afterLoad>>;
  try {
    next = await afterLoad();
    // A rebuild (the index has a record of its last build) renders a few pages, and this thread's
    // index build, which still reads every document, is then the longer path: the pages compute
    // their keys themselves. A first build renders every page, which is the longer path by far.
    const rebuild = job.options.shardRecord !== undefined && existsSync(job.options.shardRecord);
    post({ step: 'keys', ok: true, keys: rebuild ? undefined : next.computePageKeys(next.buildSiteData(corpus, analysis)) });
  } catch (error) {
    post(failure('keys', error));
    return post(failure('search', error));
  } finally {
    loaded.persist();
  }
  post(await search(next.searchInput(corpus, analysis), job.dir, job.options));
}

const job = isMainThread ? undefined : (workerData as Record<string, Job> | null)?.[JOB_KEY];
if (job && parentPort) {
  const port = parentPort;
  void runJob(job, (reply) => port.postMessage(reply));
}

/**
 * The pages are the build's critical path and the keys and the index are not: on a 2-core
 * machine the worker took CPU from page rendering and from the threads writing pages, then sat
 * finished for most of the build. At the lowest priority it runs in their gaps. Only on Linux,
 * where a priority set from a thread applies to that thread alone (elsewhere it would slow the
 * whole build). The load comes first, at normal priority: Astro waits for it.
 */
function yieldToPages(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(19);
  } catch {
    // Not permitted in some sandboxes: the index is then built at normal priority.
  }
}

interface Steps {
  /** What the files state, posted before claims are checked (src/core/statement.ts). */
  statement: Promise<Statement>;
  load: Promise<Load>;
  /** Every page's cache key (src/site/page-keys.ts), computed after the load; undefined on a rebuild. */
  keys: Promise<PageKeys | undefined>;
  search: Promise<WrittenSearch>;
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

function start(job: Job): Steps {
  const worker = new Worker(new URL(import.meta.url), { workerData: { [JOB_KEY]: job } });
  const statement = deferred<Statement>();
  const load = deferred<Load>();
  const keys = deferred<PageKeys | undefined>();
  const search = deferred<WrittenSearch>();
  worker.on('message', (reply: Reply) => {
    if (!reply.ok) ({ statement, load, keys, search })[reply.step].reject(new Error(reply.message));
    else if (reply.step === 'statement') statement.resolve(reply.statement);
    else if (reply.step === 'load') load.resolve(reply.load);
    else if (reply.step === 'keys') keys.resolve(reply.keys);
    else search.resolve(reply.written);
  });
  const stopped = (error: Error) => {
    for (const step of [statement, load, keys, search]) step.reject(error);
  };
  worker.once('error', stopped);
  worker.once('exit', (code) => stopped(new Error(`the build worker stopped (exit code ${code}) before it finished`)));
  return { statement: statement.promise, load: load.promise, keys: keys.promise, search: search.promise };
}

/** Loads the project at `root`, then builds and writes its search index into `dir`, in a worker thread. */
export function loadAndBuildSearchInWorker(root: string, cacheDir: string, dir: string, options: WriteOptions = {}): Steps {
  return start({ kind: 'load-and-search', root, cacheDir, dir, options });
}

/** Builds and writes the search index of `input` into `dir` in a worker thread. */
export function buildSearchInWorker(input: SearchInput, dir: string, options: WriteOptions = {}): Promise<WrittenSearch> {
  return start({ kind: 'search', input, dir, options }).search;
}
