/** Command-line options of `npm run bench`. */
export const STAGES = ['check', 'search', 'pagefind', 'astro-bare', 'site'] as const;
export type Stage = (typeof STAGES)[number];

export interface BenchArgs {
  /** Largest corpus; every decade from 1,000 up to it is measured, for growth factors. */
  claims: number;
  sizes: number[];
  runs: number;
  /** Runs of the Astro builds, which take minutes each at 10k. */
  buildRuns: number;
  json?: string;
  seed: number;
  stages: Set<Stage>;
  /** Largest corpus for the Astro builds, which take minutes and gigabytes beyond 10k. */
  astroMax: number;
  keep: boolean;
  /**
   * Drop the kernel's page cache before every Astro build (Linux, as root): on the machine
   * these figures come from, the file-system cost of identical builds grew with each build run
   * before it, and dropping the cache reset it (BENCHMARKS.md, "Order matters here").
   */
  dropCaches: boolean;
}

export function parseArgs(argv: string[]): BenchArgs {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const claims = Number(get('claims') ?? 10_000);
  if (!Number.isInteger(claims) || claims < 100) throw new Error('--claims must be an integer of at least 100');
  const sizes = get('sizes')?.split(',').map(Number) ?? decades(claims);
  const stages = new Set((get('stages')?.split(',') ?? [...STAGES]) as Stage[]);
  for (const s of stages) if (!(STAGES as readonly string[]).includes(s)) throw new Error(`unknown stage ${s}; stages are ${STAGES.join(', ')}`);
  return {
    claims,
    sizes,
    runs: Math.max(1, Number(get('runs') ?? 3)),
    buildRuns: Math.max(1, Number(get('build-runs') ?? Math.min(2, Number(get('runs') ?? 3)))),
    json: get('json'),
    seed: Number(get('seed') ?? 42),
    stages,
    astroMax: Number(get('astro-max') ?? 10_000),
    keep: argv.includes('--keep'),
    dropCaches: argv.includes('--drop-caches'),
  };
}

/** 1,000, 10,000, … up to n, ending with n itself. */
export function decades(n: number): number[] {
  const out: number[] = [];
  for (let s = 1000; s < n; s *= 10) out.push(s);
  out.push(n);
  return out;
}
