// @ts-check
import { defineConfig } from 'astro/config';
import { crosscheck } from './src/build/integration.ts';
import { siteFromEnv } from './src/build/site-url.ts';

/**
 * Static site with a strict Content-Security-Policy on every page: one constant <meta>
 * element written by the base layout (src/site/csp.ts), since no page has inline code.
 * Nothing is loaded from another origin; the search page fetches its index from /search/
 * (connect-src 'self').
 */
export default defineConfig({
  // CROSSCHECK_SITE=https://facts.example.org: canonical links, absolute Open Graph and
  // ClaimReview URLs, the sitemap and social cards (README, "Publishing"). Unset: relative links.
  site: siteFromEnv(process.env),
  output: 'static',
  trailingSlash: 'always',
  // Pages render on one thread, but each one then waits for the file system (a folder and
  // the page). Rendering up to 16 at once keeps the thread busy while earlier pages are
  // written (see BENCHMARKS.md). Pages share no mutable state, so the output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // No markdown is rendered by Astro itself; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Rebuilds leave unchanged claim, source and subject pages out of getStaticPaths, and their
  // files stay in dist/, so dist/ is not emptied: the integration removes afterwards whatever
  // this build neither wrote nor kept (src/build/integration.ts).
  vite: { build: { emptyOutDir: false } },
  integrations: [crosscheck()],
});
