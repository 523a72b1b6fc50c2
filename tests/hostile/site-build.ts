/**
 * Builds the site from a copy of the project in a temporary folder, so a test can
 * build a hostile corpus without touching the working tree, and hashes build output.
 * The copy shares node_modules by symlink; Astro's and Vite's caches are moved into
 * the copy so concurrent builds never write to the shared node_modules.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { astroBuildOk, type ChildOptions } from '../helpers/astro-build.ts';
import { REPO } from './helpers.ts';

const COPIED = ['src', 'public', 'claims', 'sources', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A temporary copy of the project; `edit` may change claims/ and sources/ before building. */
export function copyProject(edit?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-site-'));
  for (const item of COPIED) cpSync(join(REPO, item), join(root, item), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  renameSync(join(root, 'astro.config.mjs'), join(root, 'astro.config.base.mjs'));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import base from './astro.config.base.mjs';\nexport default { ...base, cacheDir: './.cache/astro', vite: { ...base.vite, cacheDir: './.cache/vite' } };\n",
  );
  edit?.(root);
  return root;
}

/**
 * Runs `astro build` in `root` (the loader reads claims/ from the working directory) and
 * resolves with dist/; `stop` (a signal, a time limit) ends the build as tests/helpers/astro-build.ts says.
 */
export async function buildSite(root: string, stop: Omit<ChildOptions, 'cwd'> = {}): Promise<string> {
  await astroBuildOk({ cwd: root, ...stop });
  return join(root, 'dist');
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}
