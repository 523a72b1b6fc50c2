import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedProject } from '../../src/node/load-project.ts';
import { forgetLoadingProject, forgetPublishedProject, loadingProject, publishedProject, publishProject } from '../../src/node/project-handoff.ts';

const fake = (claims: number) => ({ corpus: { claims: Array.from({ length: claims }) } }) as unknown as LoadedProject;

afterEach(() => forgetPublishedProject());

describe('project handoff', () => {
  it('has nothing until the loader publishes', () => {
    expect(publishedProject()).toBeUndefined();
  });

  it('publishes once per loaded project and counts reloads', () => {
    const first = fake(1);
    expect(publishProject(first)).toBe(true);
    expect(publishProject(first)).toBe(false);
    expect(publishedProject()).toEqual({ project: first, version: 1 });
    const second = fake(2);
    expect(publishProject(second)).toBe(true);
    expect(publishedProject()?.project).toBe(second);
    expect(publishedProject()?.version).toBe(2);
  });

  it('is shared through globalThis, so another copy of the module sees it', async () => {
    const project = fake(3);
    publishProject(project);
    vi.resetModules();
    const other = await import('../../src/node/project-handoff.ts');
    expect(other.publishedProject).not.toBe(publishedProject);
    expect(other.publishedProject()?.project).toBe(project);
  });
});

describe('loadingProject', () => {
  const load = (n: number) => Promise.resolve({ project: fake(n), parsed: n, unchanged: 0 });

  it('starts one load per root and hands the same one to every later caller', async () => {
    let started = 0;
    const start = () => {
      started += 1;
      return load(1);
    };
    const a = loadingProject('/site', start);
    const b = loadingProject('/site', start);
    expect(b).toBe(a);
    expect(started).toBe(1);
    expect((await a).parsed).toBe(1);
  });

  it('loads again for another root, or once the load is forgotten', () => {
    const a = loadingProject('/site', () => load(1));
    const other = loadingProject('/other', () => load(2));
    expect(other).not.toBe(a);
    forgetLoadingProject();
    expect(loadingProject('/other', () => load(3))).not.toBe(other);
  });
});
