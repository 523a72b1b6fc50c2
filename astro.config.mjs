// @ts-check
import { defineConfig } from 'astro/config';
import { pruneStaleOutput } from './src/build/prune-output.ts';
import { crosscheckPageCache, keptPageFiles } from './src/build/page-cache-integration.ts';
import { crosscheckSearch, SEARCH_OUTPUTS } from './src/build/search-integration.ts';

/**
 * Static site with a strict Content-Security-Policy on every page: one constant <meta>
 * element written by the base layout (src/site/csp.ts), since no page has inline code.
 * Nothing is loaded from another origin; the search page fetches its index from /search/
 * (connect-src 'self').
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Pages render on one thread, but each one then waits for the file system (a folder and
  // the page). Rendering up to 16 at once keeps the thread busy while earlier pages are
  // written: at 10k claims, about a third less wall time on this 2-core machine (see
  // BENCHMARKS.md). Pages share no mutable state, so the output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // No markdown is rendered by Astro itself; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Rebuilds leave claim, source and subject pages whose data (src/site/cache-keys.ts) and code
  // are unchanged out of getStaticPaths (crosscheckPageCache); such a page stays where it is in
  // dist/, so dist/ is not emptied. pruneStaleOutput removes whatever this build neither wrote
  // nor kept, as emptying would, except the search index's files, which crosscheckSearch
  // writes (and replaces) itself.
  vite: { build: { emptyOutDir: false } },
  integrations: [crosscheckSearch(), crosscheckPageCache(), pruneStaleOutput({ owned: SEARCH_OUTPUTS, kept: keptPageFiles })],
});
