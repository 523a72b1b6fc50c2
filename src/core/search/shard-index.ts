/**
 * A term shard's serialised MiniSearch index, written straight from the shard's term runs.
 *
 * Building a MiniSearch per shard only to serialise it (a radix tree of maps, then `toJSON`)
 * was most of the index build's time and garbage. This produces the same plain object
 * (serialisation version 2) that `new MiniSearch(options).addAll(docs).toJSON()` gives for the
 * shard's documents, with the terms of `index` in code-unit order instead of the tree's: the
 * order means nothing to `loadJS`, which rebuilds the tree. tests/core/search/build.test.ts
 * compares the two on generated corpora.
 */
import type { AsPlainObject } from 'minisearch';
import { SEARCH_FIELDS } from './options.ts';
import type { FileRuns } from './postings.ts';

const FIELDS = SEARCH_FIELDS.length;

export function shardIndex(byFile: FileRuns, terms: readonly string[], n: number): AsPlainObject {
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  /** Per term id: per field, flat [shortId, frequency, …] in document order. */
  const postings = new Map<number, number[][]>();
  let docs = 0;
  let doc = -1;
  let lengths: number[] = [];
  let field = -1;
  let counts = new Map<number, number>();

  const endField = () => {
    if (field < 0) return;
    lengths[field] = counts.size;
    for (const [id, freq] of counts) {
      let byField = postings.get(id);
      if (!byField) postings.set(id, (byField = []));
      (byField[field] ??= []).push(docs - 1, freq);
    }
    counts = new Map();
  };
  const endDoc = () => {
    endField();
    if (doc < 0) return;
    // MiniSearch's running mean, in its own arithmetic, so the floats come out the same.
    const count = docs - 1;
    for (let f = 0; f < FIELDS; f++) averageFieldLength[f] = ((averageFieldLength[f] || 0) * count + lengths[f]) / (count + 1);
    fieldLength[count] = lengths;
  };

  for (let p = byFile.starts[n]; p < byFile.starts[n + 1]; p++) {
    const v = byFile.data[p];
    if (v >= 0) {
      counts.set(v, (counts.get(v) ?? 0) + 1);
      continue;
    }
    const run = -v - 1;
    const d = Math.floor(run / FIELDS);
    if (d !== doc) {
      endDoc();
      doc = d;
      documentIds[docs++] = d;
      lengths = new Array<number>(FIELDS).fill(0);
    } else endField();
    field = run % FIELDS;
  }
  endDoc();

  const ids = [...postings.keys()].sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const index: AsPlainObject['index'] = ids.map((id) => {
    const data: Record<string, Record<string, number>> = {};
    postings.get(id)!.forEach((flat, f) => {
      const freqs: Record<number, number> = {};
      for (let k = 0; k < flat.length; k += 2) freqs[flat[k]] = flat[k + 1];
      data[f] = freqs;
    });
    return [terms[id], data];
  });

  return {
    documentCount: docs,
    nextId: docs,
    documentIds,
    fieldIds: Object.fromEntries(SEARCH_FIELDS.map((name, f) => [name, f])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}
