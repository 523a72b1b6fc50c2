import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchInput } from '../../src/site/search-input.ts';
import { startBuildWorker } from '../../src/node/build-worker.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { writeSearchIndex } from '../../src/node/write-search.ts';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-build-worker-'));
  dirs.push(d);
  return d;
};

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

describe('startBuildWorker', () => {
  it('hands over the project loadProject gives, then writes the search index this thread would write', async () => {
    const here = temp();
    const there = temp();
    const cache = temp();
    const plain = loadProject(ROOT);
    writeSearchIndex(searchInput(plain.corpus, plain.analysis), here);
    const worker = startBuildWorker({ root: ROOT, cacheDir: cache, searchDir: there });
    const load = await worker.load;
    expect(load.project).toEqual(plain);
    expect(load.parsed).toBeGreaterThan(100);
    expect(load.unchanged).toBe(0);
    const written = await worker.search;
    expect(tree(there)).toEqual(tree(here));
    expect(written?.files).toBe(tree(here).size);

    const again = await startBuildWorker({ root: ROOT, cacheDir: cache, searchDir: there }).load;
    expect(again.unchanged).toBe(load.parsed);
    expect(again.project).toEqual(plain);
  });

  it('writes no search index for a project with errors, and still hands it over for the loader to report', async () => {
    const root = temp();
    cpSync(join(ROOT, 'claims'), join(root, 'claims'), { recursive: true });
    cpSync(join(ROOT, 'sources'), join(root, 'sources'), { recursive: true });
    writeFileSync(join(root, 'claims/gpt-5-5/broken.md'), '---\nsubject: [\n---\n');
    const out = temp();
    const worker = startBuildWorker({ root, cacheDir: temp(), searchDir: out });
    const load = await worker.load;
    expect(load.project.diagnostics.some((d) => d.file === 'claims/gpt-5-5/broken.md' && d.severity === 'error')).toBe(true);
    expect(await worker.search).toBeUndefined();
    expect(readdirSync(out)).toEqual([]);
  });

  it('rejects with the reason when the index cannot be written', async () => {
    const blocked = join(temp(), 'blocked');
    writeFileSync(blocked, '');
    const worker = startBuildWorker({ root: ROOT, cacheDir: temp(), searchDir: blocked });
    await worker.load;
    await expect(worker.search).rejects.toThrow(/Building the search index failed: .*(ENOTDIR|EEXIST|not a directory)/is);
  });
});
