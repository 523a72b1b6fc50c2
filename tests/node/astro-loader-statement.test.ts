/**
 * With a load offered by the build worker, the content loader fills the collections from what
 * the files state and lets Astro go on while claims are still being checked; pages wait for
 * that check, and an error it finds reaches them as the error that stops the build. A
 * statement that already has errors is reported by the loader itself, with the full check.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../src/core/statement.ts';
import { validateProject } from '../../src/core/validate.ts';
import { loadProjectFiles, type LoadedProject } from '../../src/node/load-project.ts';
import type { Load } from '../../src/node/load-with-cache.ts';
import { forgetPublishedProject, handedOverProject, offerPreload } from '../../src/build/project-handoff.ts';
import { claim, CLAIM, project, writeProject } from '../hostile/helpers.ts';

const roots: string[] = [];
afterEach(() => forgetPublishedProject());
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const ROOT = '/a-site-the-worker-loads';

function context() {
  const store = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const ctx = {
    config: { cacheDir: new URL('file:///tmp/crosscheck-unused-cache/') },
    logger: { info: () => {}, warn: () => {} },
    generateDigest: (s: string) => createHash('sha256').update(s).digest('hex'),
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (e: { id: string; data: Record<string, unknown>; digest?: string }) => (store.set(e.id, e), true),
      delete: (id: string) => store.delete(id),
    },
  };
  return { ctx: ctx as unknown as LoaderContext, store };
}

/** The statement and the full load of `files`, as the worker would post them. */
function loaded(files: ReturnType<typeof project>): { statement: Statement; load: Load } {
  let statement: Statement | undefined;
  const p: LoadedProject = loadProjectFiles(files, { onStatement: (s) => (statement = s) });
  return { statement: statement!, load: { project: p, note: '' } };
}

function deferredLoad() {
  let resolve!: (l: Load) => void;
  const promise = new Promise<Load>((r) => (resolve = r));
  return { promise, resolve };
}

async function freshLoader() {
  vi.resetModules();
  return import('../../src/build/astro-loader.ts');
}

const claimsSlice = (s: Statement) => s.claims.map((c) => ({ id: c.id, value: c }));

describe('the content loader with a statement from the worker', () => {
  it('fills the collection before the check ends; pages get the project once it passes', async () => {
    const { statement, load } = loaded(project());
    const pending = deferredLoad();
    offerPreload(ROOT, { statement: Promise.resolve(statement), load: pending.promise });
    const { crosscheckLoader } = await freshLoader();
    const { ctx, store } = context();
    await crosscheckLoader('claims', claimsSlice, ROOT).load(ctx);
    expect([...store.keys()].sort()).toEqual(statement.claims.map((c) => c.id).sort());

    let handed: Awaited<ReturnType<typeof handedOverProject>>;
    const waiting = handedOverProject().then((h) => (handed = h));
    await new Promise((r) => setTimeout(r, 10));
    expect(handed).toBeUndefined();
    pending.resolve(load);
    await waiting;
    expect(handed?.project).toBe(load.project);
  });

  it('lets the pages stop the build with the check’s errors when claims fail it', async () => {
    const files = project({ [CLAIM]: claim({ quote: 'a sentence no archived article contains' }) });
    const { statement, load } = loaded(files);
    expect(statement.errors).toBe(0);
    offerPreload(ROOT, { statement: Promise.resolve(statement), load: Promise.resolve(load) });
    const { crosscheckLoader } = await freshLoader();
    await crosscheckLoader('claims', claimsSlice, ROOT).load(context().ctx);
    const error = await handedOverProject().then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string; type?: string },
    );
    expect(error?.name).toBe('CrosscheckDataError');
    expect(error?.type).toBe('AstroUserError');
    expect(error?.message).toMatch(new RegExp(`${CLAIM.replace(/[./]/g, '\\$&')}:\\d+:\\d+ .*\\[quote-not-found\\]`));
    expect(error?.hint).toContain('npm run check');
  });

  it('loads the project in this thread, with a warning, when the worker stops after its statement', async () => {
    const files = project();
    const root = writeProject(files, 'crosscheck-statement-');
    roots.push(root);
    const { statement } = loaded(files);
    const gone = Promise.reject(new Error('worker gone'));
    gone.catch(() => {});
    offerPreload(root, { statement: Promise.resolve(statement), load: gone });
    const { crosscheckLoader } = await freshLoader();
    const warnings: string[] = [];
    const { ctx, store } = context();
    (ctx.logger as { warn: (m: string) => void }).warn = (m) => warnings.push(m);
    await crosscheckLoader('claims', claimsSlice, root).load(ctx);
    expect(store.size).toBe(statement.claims.length);
    const handed = await handedOverProject();
    expect(handed?.project.corpus).toEqual(loadProjectFiles(files).corpus);
    expect(warnings.join('\n')).toMatch(/worker gone.*main thread/);
  });

  it('reports a statement with errors itself, with every error of the full check', async () => {
    const files = project({ [CLAIM]: claim({ frontMatter: 'subject: model-x\nproperty: bench-score\nreports: 3' }) });
    const { statement, load } = loaded(files);
    expect(statement.errors).toBeGreaterThan(0);
    offerPreload(ROOT, { statement: Promise.resolve(statement), load: Promise.resolve(load) });
    const { crosscheckLoader } = await freshLoader();
    const errors = validateProject(files).diagnostics.filter((d) => d.severity === 'error').length;
    await expect(crosscheckLoader('claims', claimsSlice, ROOT).load(context().ctx)).rejects.toThrow(`${errors} problem(s) in claims/ or sources/ stop the build`);
  });
});
