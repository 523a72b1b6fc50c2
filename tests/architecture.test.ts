/**
 * The rooms of src/ and what each may import (README, "Architecture"), read from the code
 * itself: every relative import is an edge, and an edge a room may not take, a cycle, a
 * deferred import() or a second shared global fails here with the file that has it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** What each room may import besides itself; packages are not rooms and are not listed. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  node: ['core'],
  site: ['core'],
  build: ['core', 'node', 'site'],
  cli: ['core', 'node'],
  components: ['site', 'core'],
  layouts: ['site', 'components', 'styles'],
  pages: ['site', 'components', 'layouts'],
  styles: [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|astro|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

interface Edge {
  from: string;
  to: string;
}

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    edges.push({ from: rel(file), to: rel(resolve(dirname(file), spec)) });
  }
  return edges;
}

const rel = (abs: string) => relative(SRC, abs).split('\\').join('/');
const roomOf = (path: string) => path.split('/')[0];

const files = sourceFiles(SRC);
const edges = files.flatMap(edgesOf);

describe('the rooms of src/', () => {
  it('has a rule for every room', () => {
    const rooms = new Set(files.map((f) => roomOf(rel(f))));
    expect([...rooms].filter((r) => !(r in MAY_IMPORT))).toEqual([]);
  });

  it('takes only the imports each room may take', () => {
    const wrong = edges.filter((e) => {
      const [from, to] = [roomOf(e.from), roomOf(e.to)];
      return from !== to && !MAY_IMPORT[from]?.includes(to);
    });
    expect(wrong.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('has no import cycle, type imports included', () => {
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (node: string) => {
      state.set(node, 'open');
      path.push(node);
      for (const to of next.get(node) ?? []) {
        if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), to].join(' -> '));
        else if (!state.has(to)) visit(to);
      }
      path.pop();
      state.set(node, 'done');
    };
    for (const f of files.map(rel)) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('defers an import only where BENCHMARKS.md shows the measurement that justifies it', () => {
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const deferred = files.flatMap((f) => [...code(f).matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => `${rel(f)} -> ${m[1]}`));
    expect(deferred).toEqual(['build/integration.ts -> ./dev-server.ts']);
    const benchmarks = readFileSync(join(SRC, '../BENCHMARKS.md'), 'utf8');
    expect(benchmarks.includes('src/build/dev-server.ts'), 'BENCHMARKS.md names src/build/dev-server.ts').toBe(true);
    // A deferred import with a computed name would escape the list above.
    expect(files.filter((f) => /\bimport\s*\(\s*[^'"\s]/.test(code(f))).map(rel)).toEqual([]);
  });

  it('shares one global slot, defined in src/site/context.ts', () => {
    const globals = files.filter((f) => /globalThis|Symbol\.for\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(globals.map(rel)).toEqual(['site/context.ts']);
    expect(readFileSync(join(SRC, 'site/context.ts'), 'utf8').match(/Symbol\.for\(/g)).toHaveLength(1);
  });

  it('finds the edges it checks (the check cannot pass on an empty graph)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from.startsWith('pages/') && e.to === 'site/data.ts')).toBe(true);
    expect(edges.some((e) => e.from === 'build/integration.ts' && e.to === 'site/context.ts')).toBe(true);
  });
});
