/**
 * The Content-Security-Policy every page carries, as one <meta> element first in <head>.
 *
 * Pages load scripts and stylesheets only as files from the site itself and carry no inline
 * script, <style> or style attribute (tests/hostile checks every built page), so one constant
 * policy fits them all. Astro's own CSP support would hash each page's inline code, and with
 * none to hash it still computed a digest per page: about a second of a 10k-claim build.
 * An inline script added later is blocked by this policy, and the hostile tests say so.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
