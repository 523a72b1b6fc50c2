/**
 * The content loader keeps Astro's data store between builds: unchanged entries are left as
 * they are, changed ones replaced, and entries that are gone deleted.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../src/core/statement.ts';
import { claim, project, writeProject } from '../hostile/helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** Enough of Astro's loader context for our loader: a store that counts its writes. */
function fakeContext(store: Map<string, Entry>, root: string) {
  const writes = { set: [] as string[], deleted: [] as string[] };
  const ctx = {
    config: { cacheDir: new URL(`file://${join(root, '.cache')}/`) },
    logger: { info: () => {}, warn: () => {} },
    generateDigest: (s: string) => createHash('sha256').update(s).digest('hex'),
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (e: Entry) => {
        writes.set.push(e.id);
        store.set(e.id, e);
        return true;
      },
      delete: (id: string) => {
        writes.deleted.push(id);
        store.delete(id);
      },
    },
  };
  return { ctx: ctx as unknown as LoaderContext, writes };
}

async function freshLoader() {
  vi.resetModules();
  return import('../../src/build/astro-loader.ts');
}

describe('crosscheckLoader and the data store', () => {
  it('sets every entry once, then only what changed, and deletes what is gone', async () => {
    const root = writeProject(project(), 'crosscheck-loader-store-');
    roots.push(root);
    const store = new Map<string, Entry>();
    const slice = (s: Statement) => s.claims.map((c) => ({ id: c.id, value: { notes: c.notes } }));

    const first = await freshLoader();
    const a = fakeContext(store, root);
    await first.crosscheckLoader('claims', slice, root).load(a.ctx);
    const ids = [...store.keys()];
    expect(ids.length).toBeGreaterThan(0);
    expect(a.writes.set.sort()).toEqual([...ids].sort());

    // Same data: nothing is written.
    const second = await freshLoader();
    const b = fakeContext(store, root);
    await second.crosscheckLoader('claims', slice, root).load(b.ctx);
    expect(b.writes).toEqual({ set: [], deleted: [] });

    // One claim's notes change, and an entry that no longer exists is dropped.
    store.set('gone/claim', { id: 'gone/claim', data: {}, digest: 'x' });
    writeFileSync(join(root, 'claims/model-x/bench-score.md'), claim({ body: 'Edited notes.' }));
    const third = await freshLoader();
    const c = fakeContext(store, root);
    await third.crosscheckLoader('claims', slice, root).load(c.ctx);
    expect(c.writes).toEqual({ set: ['model-x/bench-score'], deleted: ['gone/claim'] });
    expect(store.get('model-x/bench-score')?.data).toEqual({ notes: 'Edited notes.' });
  });
});
