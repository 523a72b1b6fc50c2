/**
 * The content loader takes a load offered by the build worker instead of loading again, and
 * loads the project itself when none was offered or the offered one failed.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { project, writeProject } from '../hostile/helpers.ts';
import { loadProject, type LoadedProject } from '../../src/node/load-project.ts';
import { forgetPublishedProject, offerPageKeys, offerPreload, pageKeysFor, takePreload } from '../../src/build/project-handoff.ts';
import type { PageKeys } from '../../src/site/page-keys.ts';
import type { Statement } from '../../src/core/statement.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
afterEach(() => forgetPublishedProject());

const fake = { corpus: { claims: [] } } as unknown as LoadedProject;
const stated: Statement = { claims: [], sources: [], subjects: [], properties: [], errors: 0 };

/** A fresh copy of the loader module: it keeps one load per process. */
async function freshLoader() {
  vi.resetModules();
  return import('../../src/build/astro-loader.ts');
}

describe('offerPreload and takePreload', () => {
  it('hand a load over once, and only for its root', async () => {
    const preload = { statement: Promise.resolve(stated), load: Promise.resolve({ project: fake, note: '' }) };
    offerPreload('/site', preload);
    expect(takePreload('/elsewhere')).toBeUndefined();
    expect(takePreload('/site')).toBe(preload);
    expect(takePreload('/site')).toBeUndefined();
  });
});

describe('the content loader with a preload', () => {
  it('takes the offered load instead of reading the files', async () => {
    offerPreload('/site-that-does-not-exist', { statement: Promise.resolve(stated), load: Promise.resolve({ project: fake, note: '' }) });
    const { projectOnce } = await freshLoader();
    expect(await projectOnce('/site-that-does-not-exist')).toBe(fake);
  });

  it('loads the project itself, with a warning, when the offered load failed', async () => {
    const root = writeProject(project(), 'crosscheck-preload-');
    roots.push(root);
    const gone = Promise.reject(new Error('worker gone'));
    gone.catch(() => {});
    offerPreload(root, { statement: gone, load: gone });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { projectOnce } = await freshLoader();
    const loaded = await projectOnce(root);
    expect(loaded).toEqual(loadProject(root));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/worker gone.*main thread/));
    warn.mockRestore();
  });

  it('loads the project itself when nothing was offered', async () => {
    const root = writeProject(project(), 'crosscheck-preload-');
    roots.push(root);
    const { projectOnce } = await freshLoader();
    expect((await projectOnce(root)).corpus.claims.length).toBeGreaterThan(0);
  });
});

describe('offerPageKeys and pageKeysFor', () => {
  const keys: PageKeys = { claims: new Map([['m/x', 'k']]), sources: new Map(), subjects: new Map() };

  it('give the keys only for the project they were computed for', async () => {
    offerPageKeys(fake, Promise.resolve(keys));
    expect(await pageKeysFor(fake)).toBe(keys);
    expect(await pageKeysFor({ ...fake })).toBeUndefined();
  });

  it('give nothing when computing them failed, so pages compute their own', async () => {
    offerPageKeys(fake, Promise.reject(new Error('worker gone')));
    expect(await pageKeysFor(fake)).toBeUndefined();
  });
});
