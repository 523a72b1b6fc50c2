// @ts-check
import { defineConfig } from 'astro/config';
import { pruneStaleOutput } from './src/node/prune-output.ts';
import { shareIncrementalOutput } from './src/node/incremental-output.ts';
import { crosscheckSearch, SEARCH_OUTPUTS } from './src/node/search-integration.ts';

/**
 * Static site with a strict Content-Security-Policy on every page (a <meta> element
 * that Astro fills with hashes of the scripts and styles it emits). Nothing is loaded
 * from another origin; the search page fetches its index from /search/ (connect-src 'self').
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Pages render on one thread, but each one then waits for the file system (a folder, the
  // page, its incremental-cache copy). Rendering up to 16 at once keeps the thread busy while
  // earlier pages are written: at 10k claims, about a third less wall time on this 2-core
  // machine (see BENCHMARKS.md). Pages share no mutable state, so the output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // No markdown is rendered by Astro itself; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Pages whose getStaticPaths entry returns an unchanged cacheKey (src/site/cache-keys.ts) are
  // copied from the previous build's cache instead of rendered again.
  experimental: { incrementalBuild: true },
  // An unchanged page then stays where it is in dist/ instead of being deleted and copied
  // back; pruneStaleOutput removes whatever the build did not produce, as emptying would,
  // except the search index's files, which crosscheckSearch writes (and replaces) itself.
  // shareIncrementalOutput spares the second copy of each page Astro's cache would keep.
  vite: { build: { emptyOutDir: false } },
  integrations: [crosscheckSearch(), shareIncrementalOutput(), pruneStaleOutput({ owned: SEARCH_OUTPUTS })],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "worker-src 'none'",
      ],
    },
  },
});
