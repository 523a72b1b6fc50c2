/**
 * The reference builds: a minimal Astro project with one dynamic route and N pages, built
 * with the installed astro package. With no `sizes`, each page is a trivial line: what any
 * Astro site of N pages costs at least. With `sizes`, page i is filled to exactly `sizes[i]`
 * bytes (any size above its 100-byte shell): what Astro costs to encode, copy and write the
 * same bytes as the site, with none of the site's own work (data, view models, components).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BareOptions {
  /** Astro's `build.concurrency`, left at Astro's default (1) unless given. */
  concurrency?: number;
  /** Byte size of each page; their count overrides `pages`. */
  sizes?: readonly number[];
}

/** What the filled page writes around its filler, so that the page comes to its size. */
const SHELL = '<!DOCTYPE html><html lang="en"><head><title>Page </title></head><body><p></p></body></html>';

export function writeBareProject(dir: string, pages: number, nodeModules: string, options: BareOptions = {}): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare-astro', private: true, type: 'module' }));
  const { concurrency, sizes } = options;
  const build = concurrency === undefined ? "{ format: 'directory' }" : `{ format: 'directory', concurrency: ${concurrency} }`;
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { output: 'static', build: ${build} };\n`);
  if (sizes) writeFileSync(join(dir, 'src/sizes.json'), JSON.stringify(sizes));
  const page = sizes
    ? [
        '---',
        "import sizes from '../sizes.json';",
        'export function getStaticPaths() {',
        '  return sizes.map((bytes, i) => ({ params: { id: String(i) }, props: { bytes } }));',
        '}',
        'const { id } = Astro.params;',
        `const fill = 'x'.repeat(Math.max(0, Astro.props.bytes - ${SHELL.length} - id.length));`,
        '---',
        '<html lang="en"><head><title>Page {id}</title></head><body><p>{fill}</p></body></html>',
        '',
      ]
    : [
        '---',
        'export function getStaticPaths() {',
        `  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));`,
        '}',
        'const { id } = Astro.params;',
        '---',
        '<html lang="en"><head><title>Page {id}</title></head><body><h1>Page {id}</h1></body></html>',
        '',
      ];
  writeFileSync(join(dir, 'src/pages/[id].astro'), page.join('\n'));
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
