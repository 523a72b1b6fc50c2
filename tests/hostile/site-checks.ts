/**
 * The rules the built site must satisfy, as functions over scanned pages, so the
 * rules themselves can be tested on crafted HTML (site-checks.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHtml, schemeOf, type Element, type ScannedPage } from './html-scan.ts';
import { listFiles } from './site-build.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'ping', 'manifest', 'icon']);
const BAD_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

export interface Site {
  dist: string;
  pages: Map<string, { html: string; scan: ScannedPage }>;
}

export function readSite(dist: string): Site {
  const pages = new Map<string, { html: string; scan: ScannedPage }>();
  for (const f of listFiles(dist).filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(join(dist, f), 'utf8');
    pages.set(f, { html, scan: scanHtml(html) });
  }
  return { dist, pages };
}

export const attr = (e: Element, name: string) => e.attrs.find(([k]) => k === name)?.[1];
export const isJsonLd = (e: Element) => e.name === 'script' && (attr(e, 'type') ?? '').toLowerCase() === 'application/ld+json';
export const sha256 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

/** Every rule that holds for every page of any build; an empty list means the site passes. */
export function pageProblems(site: Site): string[] {
  const problems: string[] = [];
  for (const [file, { scan }] of site.pages) {
    const csp = scan.elements.filter((e) => e.name === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    if (csp.length !== 1) {
      problems.push(`${file}: ${csp.length} Content-Security-Policy <meta> elements`);
      continue;
    }
    const policy = attr(csp[0], 'content') ?? '';
    const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    if (!/default-src 'none'/.test(policy)) problems.push(`${file}: CSP lacks default-src 'none'`);
    if (!directive('script-src') || /'unsafe-inline'|'unsafe-eval'|\*/.test(directive('script-src'))) problems.push(`${file}: CSP script-src is missing or too loose: ${directive('script-src')}`);
    for (const d of ["object-src 'none'", "base-uri 'none'"]) if (!policy.includes(d)) problems.push(`${file}: CSP lacks ${d}`);
    // JSON-LD is a data block, never executed, so it may precede the policy.
    const firstActive = scan.elements.find((e) => (e.name === 'script' && !isJsonLd(e)) || e.name === 'style' || (e.name === 'link' && attr(e, 'rel') === 'stylesheet'));
    if (firstActive && firstActive.offset < csp[0].offset) problems.push(`${file}: a <${firstActive.name}> comes before the CSP <meta>, outside its reach`);

    for (const e of scan.elements) {
      for (const [name, value] of e.attrs) {
        if (name.startsWith('on')) problems.push(`${file}: <${e.name} ${name}=…> event handler attribute`);
        if (URL_ATTRIBUTES.has(name) && BAD_SCHEMES.has(schemeOf(value) ?? '')) problems.push(`${file}: <${e.name} ${name}="${value.slice(0, 60)}">`);
        if (name === 'srcset' && value.split(',').some((c) => BAD_SCHEMES.has(schemeOf(c.trim()) ?? ''))) problems.push(`${file}: <${e.name} srcset> with a script URL`);
      }
      // A browser would drop inline style the policy does not allow, and the page would look broken.
      if (attr(e, 'style') !== undefined && !/'unsafe-inline'/.test(directive('style-src'))) problems.push(`${file}: <${e.name} style="…"> that the CSP blocks`);
      if (e.name === 'style' && !directive('style-src').includes(`'${sha256(e.raw ?? '')}'`)) problems.push(`${file}: an inline <style> whose hash the CSP does not list`);
      if (e.name === 'meta' && (attr(e, 'http-equiv') ?? '').toLowerCase() === 'refresh') problems.push(`${file}: <meta http-equiv="refresh">`);
      if (e.name === 'script') {
        const raw = e.raw ?? '';
        if (isJsonLd(e)) {
          if (raw.includes('<')) problems.push(`${file}: JSON-LD holds a raw "<"`);
          try {
            JSON.parse(raw);
          } catch {
            problems.push(`${file}: JSON-LD does not parse`);
          }
        } else if (attr(e, 'src') === undefined && raw.trim() !== '' && !directive('script-src').includes(`'${sha256(raw)}'`)) {
          problems.push(`${file}: an inline script whose hash the CSP does not list`);
        } else if (attr(e, 'src') !== undefined && !/^\/_astro\/[\w.-]+\.js$/.test(attr(e, 'src')!)) {
          problems.push(`${file}: a script from ${attr(e, 'src')}`);
        }
      }
    }
  }
  return problems;
}

/** What kinds of script a page has: external file names, inline hashes, JSON-LD blocks. */
export function scriptSignatures(scan: ScannedPage): string[] {
  return scan.elements.filter((e) => e.name === 'script').map((e) => (isJsonLd(e) ? 'json-ld' : (attr(e, 'src') ?? sha256(e.raw ?? ''))));
}
