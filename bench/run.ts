/**
 * `npm run bench -- --claims 10000 [--runs 3] [--json out.json] [--stages check,search,pagefind,astro-bare,site]
 *                  [--sizes 1000,10000] [--build-runs 2] [--astro-max 10000] [--seed 42] [--keep] [--drop-caches]`
 *
 * Generates a seeded synthetic corpus at each size, asserts it passes the check with no
 * errors, measures every stage and its same-run reference (parse floor, bare Astro build,
 * Pagefind) several times, and prints medians, ratios and growth factors. A benchmark, not
 * a timed test: absolute times depend on the machine; the ratios are what to compare.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type BenchArgs } from './args.ts';
import { generateCorpus, type GenCorpus } from './generate/corpus.ts';
import { makeQueries } from './generate/queries.ts';
import { editOneClaim, writeCorpus } from './generate/write.ts';
import { NODE, run, runJson } from './proc.ts';
import { figuresTable, goals, goalsTable, type Figures, type Results } from './report.ts';
import { writeBareProject, type BareOptions } from './stages/astro-bare.ts';
import { astroBuild, bareConfig, dropPageCache, prepareSiteCopy, type ThreadCpu } from './stages/site.ts';
import { formatMs, median } from './stats.ts';

const PROJECT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const here = (p: string) => join(PROJECT, 'bench', p);
const started = performance.now();
const failures: string[] = [];
const log = (msg: string) => process.stderr.write(`[bench ${formatMs(performance.now() - started).padStart(8)}] ${msg}\n`);

/** One run's figures as a line of the progress log, when its total alone says too little. */
type Detail = (run: Figures) => string;

async function repeat(args: BenchArgs, label: string, once: (i: number) => Promise<Figures>, count = args.runs, detail?: Detail): Promise<Figures> {
  const runs: Figures[] = [];
  for (let i = 0; i < count; i++) {
    try {
      runs.push(await once(i));
    } catch (error) {
      // A stage that cannot finish (out of memory at 100k, say) is a result, not a reason to lose the others.
      const reason = String((error as Error).message).split('\n').find((l) => /heap out of memory|FATAL|Error/.test(l)) ?? 'failed';
      log(`  ${label} run ${i + 1}/${count} FAILED: ${reason.trim().slice(0, 200)}`);
      failures.push(`${label}: ${reason.trim().slice(0, 200)}`);
      return { failed: 1 };
    }
    log(`  ${label} run ${i + 1}/${count}: ${detail ? detail(runs[i]) : formatMs(runs[i].ms ?? runs[i].wallMs)}`);
  }
  const out: Figures = {};
  for (const key of Object.keys(runs[0])) out[key] = median(runs.map((r) => r[key]));
  return out;
}

async function measureSize(args: BenchArgs, size: number, work: string): Promise<Figures> {
  const f: Figures = { claims: size };
  const dir = join(work, `n${size}`);
  const project = join(dir, 'site');
  mkdirSync(project, { recursive: true });
  log(`${size} claims: generating corpus`);
  const corpus: GenCorpus = generateCorpus({ claims: size, seed: args.seed });
  const written = writeCorpus(project, corpus);
  f.corpusBytes = written.bytes;
  const queriesFile = join(dir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(makeQueries(corpus)));
  log(`  ${written.files} files, ${(written.bytes / 1024 ** 2).toFixed(1)} MB; ${corpus.contested} claims with a disagreeing report`);

  const child = here('stages/child.ts');
  const first = await runJson(child, ['check', project]);
  if (first.errors !== 0 || first.claims !== size) throw new Error(`the generated corpus must pass the check: ${first.errors} errors, ${first.claims}/${size} claims valid`);
  if (first.quotesVerified !== first.reports) throw new Error(`only ${first.quotesVerified} of ${first.reports} quotes were verified`);
  log(`  check passes: 0 errors, ${first.reports} quotes verified, ${first.flags} flags`);

  if (args.stages.has('check')) {
    // Interleaved so every run of a stage and of its reference sees the same machine load.
    const m = await repeat(args, 'check + parse floor', async () => {
      const floor = await runJson(child, ['floor', project]);
      const floorPos = await runJson(child, ['floor-positions', project]);
      const check = await runJson(child, ['check', project]);
      const phases = await runJson(child, ['phases', project]);
      return { ms: check.ms, floorMs: floor.ms, floorPositionsMs: floorPos.ms, checkMs: check.ms, checkRss: check.maxRssBytes, readMs: phases.readMs, validateMs: phases.validateMs, analyzeMs: phases.analyzeMs };
    });
    delete m.ms;
    delete m.failed;
    Object.assign(f, m);
  }

  if (args.stages.has('search')) {
    const searchDir = join(dir, 'search');
    const m = await repeat(args, 'search', async () => {
      const b = await runJson(here('stages/search-child.ts'), ['build', project, searchDir]);
      const q = await runJson(here('stages/search-child.ts'), ['query', searchDir, queriesFile]);
      return {
        ms: b.buildMs, searchBuildMs: b.buildMs, searchBuildRss: b.maxRssBytes, searchShards: b.shards,
        searchBytesP50: q.firstQueryBytesP50, searchBytesP95: q.firstQueryBytesP95, searchColdP50: q.coldMsP50, searchColdP95: q.coldMsP95,
        searchWarmP50: q.warmMsP50, searchWarmP95: q.warmMsP95, searchExactP95: q.exactP95, searchPrefixP95: q.prefixP95, searchFuzzyP95: q.fuzzyP95,
        searchHitRate: q.hitRate, searchHitFuzzy: q.hitFuzzy, searchClientJs: q.clientJsGzip,
      };
    });
    delete m.ms;
    delete m.failed;
    Object.assign(f, m);
  }

  if (args.stages.has('pagefind')) {
    const pages = join(dir, 'pagefind-site');
    log('  writing HTML pages for Pagefind');
    await runJson(here('stages/pagefind-child.ts'), ['pages', project, pages]);
    const m = await repeat(args, 'pagefind', async () => {
      rmSync(join(pages, 'pagefind'), { recursive: true, force: true });
      const ix = await run(join(PROJECT, 'node_modules/.bin/pagefind'), ['--site', pages, '--silent']);
      if (ix.code !== 0) throw new Error(`pagefind failed: ${ix.stderr.slice(-2000)}`);
      const q = await runJson(here('stages/pagefind-child.ts'), ['query', pages, queriesFile]);
      return {
        ms: ix.ms, pagefindIndexMs: ix.ms, pagefindIndexRss: ix.maxRssBytes, pagefindBytesP50: q.firstQueryBytesP50, pagefindBytesP95: q.firstQueryBytesP95,
        pagefindWarmP50: q.warmMsP50, pagefindWarmP95: q.warmMsP95, pagefindHitRate: q.hitRate, pagefindHitFuzzy: q.hitFuzzy,
      };
    });
    delete m.ms;
    delete m.failed;
    Object.assign(f, m);
  }

  const astro = size <= args.astroMax;
  const siteReady = existsSync(join(PROJECT, 'src/pages')) && readdirSync(join(PROJECT, 'src/pages')).length >= 2;
  if (astro && args.stages.has('site') && !siteReady) log('  site build: src/pages is not ready, not measured');
  const withSite = astro && args.stages.has('site') && siteReady;
  const withBare = astro && args.stages.has('astro-bare');
  if (withSite || withBare) {
    // The reference has as many pages as the site builds, counted after its first build
    // (without the site stage: one per claim). Site and bare builds alternate, so each pair
    // sees the same machine load.
    const bare = join(dir, 'bare-astro');
    const bareSame = join(dir, 'bare-astro-same-concurrency');
    const bareBytes = join(dir, 'bare-astro-same-bytes');
    // The site renders several pages at once; the reference keeps Astro's default, and a
    // second reference uses the site's setting, so both comparisons are on the table.
    const siteConcurrency = withSite ? await siteBuildConcurrency() : undefined;
    let barePages = 0;
    let sizes: number[] | undefined;
    if (withSite) prepareSiteCopy(PROJECT, project);
    const label = [withSite && 'site build (cold, then warm)', withBare && 'bare Astro build'].filter(Boolean).join(', then ');
    const m = await repeat(args, label, async () => {
      const out: Figures = {};
      if (withSite) {
        const cold = await astroBuild(PROJECT, project, true, args.dropCaches);
        sizes = pageSizes(join(project, 'dist'));
        const pages = sizes.length;
        editOneClaim(project, corpus);
        const warm = await astroBuild(PROJECT, project, false, args.dropCaches);
        Object.assign(out, { ms: cold.ms, siteColdMs: cold.ms, siteColdRss: cold.maxRssBytes, siteWarmMs: warm.ms, siteWarmRss: warm.maxRssBytes, sitePages: pages }, cpuFigures('siteCpu', cold.cpu));
      }
      if (withBare) {
        const pages = (out.sitePages as number | undefined) ?? size;
        if (pages !== barePages) {
          writeBare(bare, pages);
          if (siteConcurrency !== undefined) writeBare(bareSame, pages, { concurrency: siteConcurrency });
          barePages = pages;
        }
        const r = await astroBuild(PROJECT, bare, true, args.dropCaches);
        Object.assign(out, { ms: out.ms ?? r.ms, bareBuildMs: r.ms, bareBuildRss: r.maxRssBytes, barePages: pages });
        // Each run's own ratio too: builds minutes apart can see a different machine.
        if (out.siteColdMs !== undefined) out.siteOverBare = out.siteColdMs / r.ms;
        if (siteConcurrency !== undefined) {
          const same = await astroBuild(PROJECT, bareSame, true, args.dropCaches);
          Object.assign(out, { bareSameMs: same.ms, bareConcurrency: siteConcurrency, siteOverBareSame: (out.siteColdMs as number) / same.ms }, cpuFigures('bareSameCpu', same.cpu));
          if (out.siteCpuTotalMs !== undefined && out.bareSameCpuTotalMs !== undefined) out.siteOverBareSameCpu = out.siteCpuTotalMs / out.bareSameCpuTotalMs;
        }
        // Information beside the goal's reference: how much of the site's time is Astro's cost
        // of writing this many bytes, with this run's own page sizes.
        if (siteConcurrency !== undefined && sizes) {
          writeBare(bareBytes, sizes.length, { concurrency: siteConcurrency, sizes });
          const filled = await astroBuild(PROJECT, bareBytes, true, args.dropCaches);
          const written = pageSizes(join(bareBytes, 'dist')).reduce((a, b) => a + b, 0);
          Object.assign(out, { bareBytesMs: filled.ms, bareBytesRss: filled.maxRssBytes, bareBytesWritten: written, sitePageBytes: sizes.reduce((a, b) => a + b, 0), siteOverBareBytes: (out.siteColdMs as number) / filled.ms }, cpuFigures('bareBytesCpu', filled.cpu));
        }
      }
      return out;
    }, args.buildRuns, buildDetail);
    delete m.ms;
    delete m.failed;
    Object.assign(f, m);
  }
  return f;
}

/** A build's CPU by kind of thread, in ms, under keys starting with `prefix`; none without /proc. */
function cpuFigures(prefix: string, cpu: ThreadCpu | undefined): Figures {
  if (!cpu) return {};
  const total = cpu.main + cpu.workers + cpu.v8Helpers + cpu.fileSystem + cpu.other;
  return {
    [`${prefix}MainMs`]: cpu.main * 1000,
    [`${prefix}WorkersMs`]: cpu.workers * 1000,
    [`${prefix}V8Ms`]: cpu.v8Helpers * 1000,
    [`${prefix}FsMs`]: cpu.fileSystem * 1000,
    [`${prefix}TotalMs`]: total * 1000,
  };
}

/** Every build of a run and its own ratios: the machine can change between runs, and the medians hide it. */
function buildDetail(r: Figures): string {
  const parts: string[] = [];
  const ms = (key: string) => formatMs(r[key] as number);
  if (r.siteColdMs !== undefined) parts.push(`site ${ms('siteColdMs')} cold, ${ms('siteWarmMs')} warm (${((r.siteWarmMs as number) / (r.siteColdMs as number)).toFixed(2)}×)`);
  if (r.bareBuildMs !== undefined) parts.push(`bare ${ms('bareBuildMs')}${r.siteOverBare !== undefined ? ` (site ÷ bare ${(r.siteOverBare as number).toFixed(2)}×)` : ''}`);
  if (r.bareSameMs !== undefined) parts.push(`bare at concurrency ${r.bareConcurrency} ${ms('bareSameMs')} (${(r.siteOverBareSame as number).toFixed(2)}×)`);
  if (r.bareBytesMs !== undefined) parts.push(`bare writing the site's bytes ${ms('bareBytesMs')} (${(r.siteOverBareBytes as number).toFixed(2)}×)`);
  return parts.join('; ');
}

/** A fresh bare project of `pages` pages in `dir`, replacing any earlier one. */
function writeBare(dir: string, pages: number, options?: BareOptions): void {
  rmSync(dir, { recursive: true, force: true });
  writeBareProject(dir, pages, join(PROJECT, 'node_modules'), options);
  bareConfig(dir);
}

/** The site's `build.concurrency` (Astro's default is 1), read from its configuration. */
async function siteBuildConcurrency(): Promise<number> {
  const config = (await import(join(PROJECT, 'astro.config.mjs'))) as { default: { build?: { concurrency?: number } } };
  return config.default.build?.concurrency ?? 1;
}

/** The byte size of each HTML page under a built site: what Astro renders, as against data files. */
function pageSizes(dir: string): number[] {
  const sizes: number[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.html')) sizes.push(statSync(join(e.parentPath, e.name)).size);
  }
  return sizes;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const machine = { nproc: cpus().length, ramBytes: totalmem(), node: process.version, cpu: cpus()[0]?.model ?? '?' };
  log(`sizes ${args.sizes.join(', ')}; ${args.runs} run(s) each; stages ${[...args.stages].join(', ')}; ${machine.nproc} cores, ${(machine.ramBytes / 1024 ** 3).toFixed(0)} GB, Node ${machine.node}`);
  // Fail before minutes of work rather than at the first build.
  if (args.dropCaches) {
    try {
      dropPageCache();
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const results: Results = new Map();
  try {
    for (const size of args.sizes) {
      results.set(size, await measureSize(args, size, work));
      if (!args.keep) rmSync(join(work, `n${size}`), { recursive: true, force: true });
    }
  } finally {
    if (!args.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  const at = args.sizes.includes(10_000) ? 10_000 : args.sizes[args.sizes.length - 1];
  const next = args.sizes.find((s) => s > at);
  const goalList = goals(results, at, next);
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  process.stdout.write(`\nCrosscheck benchmark — medians of ${args.runs} run(s) (Astro builds: ${args.buildRuns}); ${machine.nproc} cores, ${(machine.ramBytes / 1024 ** 3).toFixed(0)} GB RAM, Node ${machine.node}${args.dropCaches ? '; page cache dropped before each Astro build' : ''}\n${command}\n\n`);
  process.stdout.write(`${figuresTable(results)}\n\n${goalsTable(goalList)}\n`);
  if (failures.length > 0) process.stdout.write(`\nStages that did not finish:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ command, machine, runs: args.runs, seed: args.seed, dropCaches: args.dropCaches, results: Object.fromEntries(results), goals: goalList, failures }, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
}

await main();
void NODE;
