/**
 * The build's second thread: loads, validates and analyses the project (with the parse
 * cache), hands it to the main thread, then builds and writes the search index. Started by
 * the build integration as soon as the configuration is known, so the load overlaps Astro's
 * own start-up and the search build overlaps page rendering. `startBuildWorker` is the only
 * way in.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { searchInput } from '../site/search-input.ts';
import { loadProjectCached, type CachedLoad } from './load-project.ts';
import { writeSearchIndex, type WrittenSearch } from './write-search.ts';

export interface BuildJob {
  root: string;
  cacheDir: string;
  /** Where the search index goes; it is written only when the project has no errors. */
  searchDir: string;
}

type Reply =
  | { kind: 'project'; load: CachedLoad }
  | { kind: 'search'; written: WrittenSearch | undefined }
  | { kind: 'error'; stage: 'project' | 'search'; message: string };

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

function run(job: BuildJob, post: (reply: Reply) => void): void {
  let load: CachedLoad;
  try {
    load = loadProjectCached(job.root, job.cacheDir);
  } catch (error) {
    post({ kind: 'error', stage: 'project', message: describe(error) });
    return;
  }
  post({ kind: 'project', load });
  const { project } = load;
  if (project.diagnostics.some((d) => d.severity === 'error')) {
    post({ kind: 'search', written: undefined });
    return;
  }
  try {
    post({ kind: 'search', written: writeSearchIndex(searchInput(project.corpus, project.analysis), job.searchDir) });
  } catch (error) {
    post({ kind: 'error', stage: 'search', message: describe(error) });
  }
}

const job = (workerData as { crosscheckBuild?: BuildJob } | null)?.crosscheckBuild;
if (!isMainThread && parentPort && job) {
  const port = parentPort;
  run(job, (reply) => port.postMessage(reply));
}

export interface BuildWorker {
  load: Promise<CachedLoad>;
  /** Undefined when the project has errors (the build stops on them anyway). */
  search: Promise<WrittenSearch | undefined>;
}

export function startBuildWorker(job: BuildJob): BuildWorker {
  const worker = new Worker(new URL(import.meta.url), { workerData: { crosscheckBuild: job } });
  let resolveLoad!: (load: CachedLoad) => void;
  let rejectLoad!: (error: Error) => void;
  let resolveSearch!: (written: WrittenSearch | undefined) => void;
  let rejectSearch!: (error: Error) => void;
  const load = new Promise<CachedLoad>((res, rej) => ((resolveLoad = res), (rejectLoad = rej)));
  const search = new Promise<WrittenSearch | undefined>((res, rej) => ((resolveSearch = res), (rejectSearch = rej)));
  // Each is awaited by its own consumer; a failure must not count as unhandled before then.
  load.catch(() => {});
  search.catch(() => {});
  const fail = (error: Error) => {
    rejectLoad(error);
    rejectSearch(error);
  };
  worker.on('message', (reply: Reply) => {
    if (reply.kind === 'project') resolveLoad(reply.load);
    else if (reply.kind === 'search') resolveSearch(reply.written);
    else fail(new Error(reply.stage === 'project' ? `Loading the project failed: ${reply.message}` : `Building the search index failed: ${reply.message}`));
  });
  worker.once('error', fail);
  // Settled promises ignore a later reject, so this only reports a worker that stopped early.
  worker.once('exit', (code) => fail(new Error(`the build worker stopped (exit code ${code}) before it finished`)));
  return { load, search };
}
