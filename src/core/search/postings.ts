/**
 * The index build's compact working set. Every document field becomes a run of integer term
 * ids (one Int32Array for the whole corpus, not an array of strings per field), and once the
 * shards are planned the runs are regrouped by shard file, so one shard can be built, written
 * and dropped at a time: at 100k claims, holding every shard's MiniSearch at once ran Node out
 * of memory.
 */
import { SEARCH_FIELDS, type IndexedDoc } from './options.ts';
import { processTerm, tokenize } from './tokenize.ts';

const FIELDS = SEARCH_FIELDS.length;

/** Rough serialised size of a term: its text plus about 8 bytes per (document, field) posting. */
const POSTING_BYTES = 16;

class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export interface TermRuns {
  /** Processed terms by id, in order of first occurrence. */
  terms: string[];
  /** Estimated serialised bytes per term id, what planShards packs by. */
  weights: number[];
  /** Term ids of every document field, documents in order, fields in SEARCH_FIELDS order. */
  ids: Int32Array;
  /** Where the run of document n, field f starts in `ids`: entry n * FIELDS + f (one extra at the end). */
  starts: Int32Array;
}

/** Tokenises and processes every field once; each distinct word goes through processTerm once. */
export function termRuns(docs: readonly IndexedDoc[]): TermRuns {
  const idOf = new Map<string, number>();
  const idOfRaw = new Map<string, number>();
  const terms: string[] = [];
  const weights: number[] = [];
  const lastRun: number[] = [];
  const ids = new IntList();
  const starts = new Int32Array(docs.length * FIELDS + 1);
  docs.forEach((doc, n) => {
    SEARCH_FIELDS.forEach((field, f) => {
      const run = n * FIELDS + f;
      starts[run] = ids.length;
      for (const raw of tokenize(doc[field])) {
        let id = idOfRaw.get(raw);
        if (id === undefined) {
          const t = processTerm(raw);
          id = t === null ? -1 : idOf.get(t);
          if (id === undefined && t !== null) {
            id = terms.length;
            idOf.set(t, id);
            terms.push(t);
            weights.push(t.length + 4);
            lastRun.push(-1);
          }
          idOfRaw.set(raw, id as number);
        }
        if (id === undefined || id < 0) continue;
        ids.push(id);
        // Weight per distinct (document, field) posting, as the serialised index stores it.
        if (lastRun[id] !== run) {
          lastRun[id] = run;
          weights[id] += POSTING_BYTES;
        }
      }
    });
  });
  starts[docs.length * FIELDS] = ids.length;
  return { terms, weights, ids: ids.data.subarray(0, ids.length), starts };
}

export interface FileRuns {
  /** Per file: markers (-(run + 1), a document field starts) followed by that field's term ids. */
  data: Int32Array;
  /** Where file n's entries start in `data` (one extra at the end). */
  starts: Int32Array;
}

/** Regroups the runs by shard file, keeping document, field and term order within each file. */
export function runsByFile(runs: TermRuns, fileOfTerm: Int32Array, files: number): FileRuns {
  const { ids, starts } = runs;
  const count = new Int32Array(files + 1);
  const seen = new Int32Array(files).fill(-1);
  const runCount = starts.length - 1;
  for (let run = 0; run < runCount; run++) {
    for (let p = starts[run]; p < starts[run + 1]; p++) {
      const file = fileOfTerm[ids[p]];
      if (seen[file] !== run) {
        seen[file] = run;
        count[file + 1]++;
      }
      count[file + 1]++;
    }
  }
  for (let f = 0; f < files; f++) count[f + 1] += count[f];
  const fileStarts = count.slice();
  const at = count.subarray(0, files);
  const data = new Int32Array(fileStarts[files]);
  seen.fill(-1);
  for (let run = 0; run < runCount; run++) {
    for (let p = starts[run]; p < starts[run + 1]; p++) {
      const file = fileOfTerm[ids[p]];
      if (seen[file] !== run) {
        seen[file] = run;
        data[at[file]++] = -(run + 1);
      }
      data[at[file]++] = ids[p];
    }
  }
  return { data, starts: fileStarts };
}
