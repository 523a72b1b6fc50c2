/**
 * The social cards' own thread, started by the build worker as soon as the cards' content is
 * known (src/build/worker.ts), so cards render beside the search index and the pages instead
 * of after them: on a 10k build the index and the pages end together, and cards rendered after
 * them added their whole cost to the build (BENCHMARKS.md, "Search with subjects, and the
 * publishable site"). At the lowest priority, like the index: the pages come first.
 */
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SocialCard } from '../site/social-card.ts';
import { writeSocialCards, type CardOptions, type WrittenCards } from './social-cards.ts';

const KEY = 'crosscheckCardsJob';

interface CardsJob {
  cards: SocialCard[];
  outDir: string;
  options: CardOptions;
}

type CardsReply = { ok: true; written: WrittenCards } | { ok: false; message: string };

/** Writes the cards in a thread of their own; resolves with what was written. */
export function writeCardsInThread(cards: SocialCard[], outDir: string, options: CardOptions): Promise<WrittenCards> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cards-worker.ts', import.meta.url), { workerData: { [KEY]: { cards, outDir, options } satisfies CardsJob } });
    worker.once('message', (reply: CardsReply) => (reply.ok ? resolve(reply.written) : reject(new Error(reply.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the social card thread stopped (exit code ${code}) before it finished`)));
  });
}

const job = isMainThread ? undefined : (workerData as Record<string, CardsJob> | null)?.[KEY];
if (job && parentPort) {
  const port = parentPort;
  if (process.platform === 'linux') {
    try {
      setPriority(19);
    } catch {
      // Not permitted in some sandboxes: the cards then render at normal priority.
    }
  }
  writeSocialCards(job.cards, job.outDir, job.options).then(
    (written) => port.postMessage({ ok: true, written } satisfies CardsReply),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardsReply),
  );
}
