/**
 * The build's second thread, one linear job: load and check the project (with the caches in
 * Astro's cacheDir), hand it to the main thread, compute every page's cache key, write the API
 * documents, then build and write the search index and the social cards while Astro renders
 * the pages.
 *
 * Why a thread: the integration starts it as soon as Astro has read its config, so the project
 * is loaded while Astro bundles the pages, and the index is built on the second core while the
 * first renders. The main thread only waits for what it needs (src/build/integration.ts).
 */
import { setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { hasErrors } from '../core/diagnostics.ts';
import type { SearchInput } from '../core/search/index.ts';
import { loadProjectWithCaches } from '../node/load-project.ts';
import { computePageKeys } from '../site/page-keys.ts';
import { searchInput } from '../site/search-input.ts';
import { buildSiteData } from '../site/site-data.ts';
import { socialCards, type SocialCard } from '../site/social-card.ts';
import { writeApiFiles } from './api-outputs.ts';
import { JOB_KEY, type BuildJob, type Reply, type Step } from './start-worker.ts';
import { writeCardsInThread } from './cards-worker.ts';
import { writeSocialCards } from './social-cards.ts';
import { writeSearchIndex } from './write-search.ts';
import { packTexts } from './texts-handover.ts';

const STEPS: readonly Step[] = ['load', 'keys', 'api', 'search', 'cards'];

/** Sends a reply to the main thread, moving the buffers in `transfer` rather than copying them. */
type Post = (reply: Reply, transfer?: ArrayBuffer[]) => void;

function message(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The job itself; exported so that a test can run it in its own thread. */
export async function runBuildJob(job: BuildJob, post: Post): Promise<void> {
  let step: Step = 'load';
  const skip = (from: Step, why: string) => {
    for (const s of STEPS.slice(STEPS.indexOf(from))) post({ step: s, ok: false, message: why });
  };
  try {
    const loaded = loadAndKey(job, post, (s) => (step = s));
    // Pages are not rendered for refused data, so neither keys, documents nor index are wanted.
    if (!loaded) return skip('keys', 'the data has errors');
    const { input, cards } = loaded;
    // Cards render in a thread of their own meanwhile (cards-worker.ts); with none to render,
    // the few files an earlier build left are removed here.
    const options = { host: job.cards.host ?? '', record: job.cards.record };
    const cardsWritten = cards.length > 0 ? writeCardsInThread(cards, job.cards.outDir, options) : writeSocialCards([], job.cards.outDir, options);
    cardsWritten.catch(() => {});
    step = 'search';
    yieldToPages();
    post({ step: 'search', ok: true, written: writeSearchIndex(input, job.searchDir, job.search) });
    step = 'cards';
    post({ step: 'cards', ok: true, cards: await cardsWritten });
  } catch (error) {
    skip(step, message(error));
  }
}

/**
 * The load, keys and api steps in a frame of their own: the project, the caches, the files'
 * text they hold and the pages' view models are garbage once this returns, and only the
 * search index's input stays live for the search step, which overlaps page rendering.
 */
function loadAndKey(job: BuildJob, post: Post, enter: (step: Step) => void): { input: SearchInput; cards: SocialCard[] } | undefined {
  const started = performance.now();
  const loaded = loadProjectWithCaches(job.root, job.cacheDir);
  const ms = performance.now() - started;
  const { project } = loaded;
  const handed = packTexts(project);
  post({ step: 'load', ok: true, project: handed.project, texts: handed.texts, note: loaded.note, ms }, [handed.texts.bytes.buffer]);
  if (hasErrors(project.diagnostics)) {
    loaded.persist();
    return undefined;
  }
  enter('keys');
  const data = buildSiteData(project.corpus, project.analysis);
  post({ step: 'keys', ok: true, keys: computePageKeys(data) });
  loaded.persist();
  enter('api');
  post({ step: 'api', ok: true, written: writeApiFiles(project.corpus, project.analysis, job.apiDir) });
  // What the social cards show (a few hundred small records at 10k claims), made while the
  // view models are at hand; none without a site address, which the cards' links need.
  return { input: searchInput(project.corpus, project.analysis), cards: job.cards.host === undefined ? [] : socialCards(data) };
}

const job = isMainThread ? undefined : (workerData as Record<string, BuildJob> | null)?.[JOB_KEY];
if (job && parentPort) {
  const port = parentPort;
  void runBuildJob(job, (reply, transfer) => port.postMessage(reply, transfer));
}

/**
 * The pages are the build's critical path and the index is not: at the lowest priority it
 * runs in their gaps. Only on Linux, where a priority set from a thread applies to that
 * thread alone (elsewhere it would slow the whole build).
 */
function yieldToPages(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(19);
  } catch {
    // Not permitted in some sandboxes: the index is then built at normal priority.
  }
}
