/**
 * Pagefind as the reference search, over HTML pages holding the same text the site's
 * search indexes: `pages <root> <dir>` writes one page per claim and source;
 * `query <dir> <queries.json>` runs Pagefind's own browser module (pagefind.js + wasm)
 * in Node with `fetch` served from disk, counting every byte it fetches.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { claimTitle } from '../../src/core/search/index.ts';
import { loadProject } from '../../src/node/load-project.ts';
import type { BenchQuery } from '../generate/queries.ts';
import { coldSample, warmRuns } from './sample.ts';
import { summariseQueries } from '../stats.ts';
import { searchInputOf } from './search-input.ts';

const [task, a, b] = process.argv.slice(2);
const now = () => performance.now();
const out: Record<string, number> = {};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (task === 'pages') {
  const input = searchInputOf(loadProject(a));
  const page = (rel: string, title: string, body: string[]) => {
    mkdirSync(join(b, rel), { recursive: true });
    writeFileSync(join(b, rel, 'index.html'), `<!doctype html><html lang="en"><head><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body.map((p) => `<p>${esc(p)}</p>`).join('')}</main></body></html>`);
  };
  for (const c of input.claims) page(`claims/${c.id}`, claimTitle(c), [c.aliases.join(', '), ...c.values, ...c.quotes, c.notes]);
  for (const s of input.sources) page(`sources/${s.id}`, s.title, [[s.publisher, s.author].filter(Boolean).join(' '), s.notes, ...s.text.split('\n\n')]);
  out.pages = input.claims.length + input.sources.length;
} else if (task === 'query') {
  await measure(a, JSON.parse(readFileSync(b, 'utf8')) as BenchQuery[]);
} else {
  throw new Error(`unknown task ${task}`);
}
process.stdout.write(`${JSON.stringify(out)}\n`);

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}

async function measure(site: string, queries: BenchQuery[]): Promise<void> {
  const base = join(site, 'pagefind');
  let fetched: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = decodeURIComponent(url.replace(/^file:\/\//, '').split('?')[0]);
    fetched.push(path);
    return new Response(readFileSync(path), { headers: { 'content-type': path.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
  }) as typeof fetch;
  // Pagefind's index, meta, fragment and wasm files are gzipped by Pagefind itself and served
  // as they are; its JavaScript and entry JSON are compressed by the web server.
  const sizeOf = new Map<string, number>();
  const wire = (p: string) => {
    let n = sizeOf.get(p);
    if (n === undefined) {
      const raw = readFileSync(p);
      sizeOf.set(p, (n = /\.(js|json)$/.test(p) ? gzipSync(raw).length : raw.length));
    }
    return n;
  };
  const jsBytes = wire(join(base, 'pagefind.js'));
  let instance = 0;
  const fresh = async (): Promise<PagefindModule> => {
    const pf = (await import(`${pathToFileURL(join(base, 'pagefind.js')).href}?i=${instance++}`)) as PagefindModule;
    await pf.options({ basePath: `${pathToFileURL(base).href}/` });
    await pf.init();
    return pf;
  };
  const top = async (pf: PagefindModule, q: string) => {
    const r = await pf.search(q);
    return Promise.all(r.results.slice(0, 10).map((x) => x.data()));
  };
  const idOf = (url: string) => /\/claims\/(.+?)\/?$/.exec(url)?.[1];

  const coldBytes: number[] = [];
  const coldMs: number[] = [];
  for (const query of coldSample(queries)) {
    fetched = [];
    const t0 = now();
    const pf = await fresh();
    await top(pf, query.q);
    coldMs.push(now() - t0);
    coldBytes.push(jsBytes + [...new Set(fetched)].reduce((n, p) => n + wire(p), 0));
  }
  const pf = await fresh();
  const { hits, hitsByKind, warm } = await warmRuns(
    queries,
    (text) => top(pf, text),
    (results, claim) => results.some((r) => idOf(r.url) === claim),
  );
  Object.assign(out, {
    ...summariseQueries({ coldBytes, coldMs, warm, hits, hitsByKind, queries: queries.length }),
  });
}
