/**
 * Fetches one article page for archiving, with the limits a tool that follows strangers'
 * links needs: http(s) only (checked again on every redirect), at most MAX_REDIRECTS hops,
 * one time-out for the whole exchange, a byte cap enforced while streaming, and HTML or
 * plain text only. Each refusal is one sentence. Nothing fetched is ever executed.
 */
import { z } from 'zod';

export const fetchLimitsSchema = z
  .object({
    timeoutMs: z.number().int().positive().describe('Time allowed for all requests and the body together.'),
    maxBytes: z.number().int().positive().describe('Largest response body read, in bytes.'),
    maxRedirects: z.number().int().nonnegative().describe('Redirects followed before giving up.'),
  })
  .describe('Limits of the page fetcher.');

export type FetchLimits = z.infer<typeof fetchLimitsSchema>;

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export type PageKind = 'html' | 'text';

export type FetchedPage = { ok: true; url: string; kind: PageKind; text: string } | { ok: false; error: string };

const USER_AGENT = 'Crosscheck-archiver/0.1 (archives one article for a fact-check)';

export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS, fetchImpl: typeof fetch = fetch): Promise<FetchedPage> {
  let url = httpUrl(address);
  if (!url) return { ok: false, error: `Only http:// and https:// addresses can be archived, not ${JSON.stringify(address.slice(0, 100))}.` };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetchImpl(url, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' } });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel();
        if (hop >= limits.maxRedirects) return { ok: false, error: `${url} redirected more than ${limits.maxRedirects} times; give the final address, or save the page and use --file.` };
        const next = httpUrl(res.headers.get('location')!, url);
        if (!next) return { ok: false, error: `${url} redirected to a non-http(s) address, which is not followed.` };
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, error: `${url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}; save the page from a browser and use --file.` };
      }
      const type = (res.headers.get('content-type') ?? '').toLowerCase();
      const kind = kindOf(type);
      if (!kind) {
        await res.body?.cancel();
        return { ok: false, error: `${url} is ${type ? `"${type.split(';')[0]}"` : 'of no stated type'}, not an HTML page or plain text; only articles can be archived.` };
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > limits.maxBytes) {
        await res.body?.cancel();
        return { ok: false, error: tooLarge(url, limits) };
      }
      const bytes = await readCapped(res, limits.maxBytes);
      if (!bytes) return { ok: false, error: tooLarge(url, limits) };
      return { ok: true, url, kind, text: decode(bytes, type, kind) };
    }
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { ok: false, error: `${url} did not answer within ${limits.timeoutMs / 1000} s; try again, or save the page and use --file.` };
    return { ok: false, error: `Could not fetch ${url}: ${err.cause?.code ?? err.cause?.message ?? err.message}.` };
  }
}

function tooLarge(url: string, limits: FetchLimits): string {
  return `${url} is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MiB, more than any article; save the article's text and use --file.`;
}

function httpUrl(href: string, base?: string): string | undefined {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(contentType: string): PageKind | undefined {
  const mime = contentType.split(';')[0].trim();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'text';
  return undefined;
}

/** The body, or undefined as soon as it passes the cap (the rest is never downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The header's charset, else a `<meta charset>` near the top of an HTML page, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string, kind: PageKind): string {
  const head = kind === 'html' ? new TextDecoder('latin1').decode(bytes.subarray(0, 2048)) : '';
  const label = contentType.match(/charset=["']?([\w-]+)/i)?.[1] ?? head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
