/**
 * The reference build: a minimal Astro project with one dynamic route and N trivial pages,
 * built with the installed astro package. What any Astro site of N pages costs at least.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `concurrency`: Astro's `build.concurrency`, left at Astro's default (1) unless given. */
export function writeBareProject(dir: string, pages: number, nodeModules: string, concurrency?: number): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare-astro', private: true, type: 'module' }));
  const build = concurrency === undefined ? "{ format: 'directory' }" : `{ format: 'directory', concurrency: ${concurrency} }`;
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { output: 'static', build: ${build} };\n`);
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    [
      '---',
      'export function getStaticPaths() {',
      `  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));`,
      '}',
      'const { id } = Astro.params;',
      '---',
      '<html lang="en"><head><title>Page {id}</title></head><body><h1>Page {id}</h1></body></html>',
      '',
    ].join('\n'),
  );
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
