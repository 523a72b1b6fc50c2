// @ts-check
import { defineConfig } from 'astro/config';
import { pruneStaleOutput } from './src/node/prune-output.ts';

/**
 * Static site with a strict Content-Security-Policy on every page (a <meta> element
 * that Astro fills with hashes of the scripts and styles it emits). Nothing is loaded
 * from another origin; the search page fetches its index from /search/ (connect-src 'self').
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No markdown is rendered by Astro itself; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Pages whose getStaticPaths entry returns an unchanged cacheKey (src/site/cache-keys.ts) are
  // copied from the previous build's cache instead of rendered again.
  experimental: { incrementalBuild: true },
  // An unchanged page then stays where it is in dist/ instead of being deleted and copied
  // back; pruneStaleOutput removes whatever the build did not produce, as emptying would.
  vite: { build: { emptyOutDir: false } },
  integrations: [pruneStaleOutput()],
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
