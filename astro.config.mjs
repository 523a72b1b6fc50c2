// @ts-check
import { defineConfig } from 'astro/config';

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
