/**
 * Debian's Chromium driven by playwright-core. Without a Chromium the e2e tests skip with
 * a message locally, and fail on CI (process.env.CI), where a missing browser is a setup bug.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p));
}

/** Playwright's launch() gives every run a fresh temporary --user-data-dir of its own. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

export interface PageProblems {
  console: string[];
  csp: string[];
}

/**
 * Records console errors, uncaught exceptions and CSP violations on a page. The violation
 * listener is installed through the DevTools protocol, which the page's CSP does not govern.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { console: [], csp: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Content Security Policy/i.test(text)) problems.csp.push(text);
    else problems.console.push(text);
  });
  page.on('pageerror', (err) => problems.console.push(`uncaught: ${err.message}`));
  await page.exposeFunction('__reportCsp', (s: string) => problems.csp.push(s));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return problems;
}
