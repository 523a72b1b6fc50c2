import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedProject } from '../../src/node/load-project.ts';
import { forgetPublishedProject, onProjectPublished, publishedProject, publishProject } from '../../src/build/project-handoff.ts';

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
    const other = await import('../../src/build/project-handoff.ts');
    expect(other.publishedProject).not.toBe(publishedProject);
    expect(other.publishedProject()?.project).toBe(project);
  });
});

describe('onProjectPublished', () => {
  it('tells each listener about every new project until it unsubscribes', () => {
    const seen: LoadedProject[] = [];
    const stop = onProjectPublished((p) => seen.push(p));
    const a = fake(1);
    const b = fake(2);
    publishProject(a);
    publishProject(a);
    publishProject(b);
    stop();
    publishProject(fake(3));
    expect(seen).toEqual([a, b]);
  });
});
