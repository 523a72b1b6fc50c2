import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, fetchPage } from '../../src/cli/fetch-page.ts';
import { page, startPageServer, type PageServer } from '../helpers/page-server.ts';

const LIMITS = { timeoutMs: 2_000, maxBytes: 64 * 1024, maxRedirects: 3 };
let server: PageServer;
let streamed = 0;

beforeAll(async () => {
  server = await startPageServer();
  server.routes.set('/ok', page('<p>hello</p>'));
  server.routes.set('/loop', (_q, res) => res.writeHead(302, { location: '/loop' }).end());
  server.routes.set('/hop1', (_q, res) => res.writeHead(301, { location: '/hop2' }).end());
  server.routes.set('/hop2', (_q, res) => res.writeHead(308, { location: server.url('/ok') }).end());
  server.routes.set('/js', (_q, res) => res.writeHead(302, { location: 'javascript:alert(1)' }).end());
  server.routes.set('/silent', () => {}); // never answers
  server.routes.set('/declared-huge', (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) }).end());
  server.routes.set('/endless', (_q, res) => {
    // No content-length: only the streaming cap can stop it. It stops writing once the client goes.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const pump = () => {
      while (streamed < 4 * 1024 * 1024 && !res.destroyed) {
        streamed += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  server.routes.set('/image', page('GIF89a', 'image/gif'));
  server.routes.set('/untyped', (_q, res) => res.writeHead(200).end('x'));
  server.routes.set('/latin1', (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x63, 0x61, 0x66, 0xe9, 0x94])));
});
afterAll(() => server.close());

describe('fetchPage: limits of a fetcher that follows strangers\' links', () => {
  it('follows a few redirects and reports the final address', async () => {
    expect(await fetchPage(server.url('/hop1'), LIMITS)).toEqual({ ok: true, url: server.url('/ok'), kind: 'html', text: '<p>hello</p>' });
  });

  it('stops after maxRedirects', async () => {
    const r = await fetchPage(server.url('/loop'), LIMITS);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/redirected more than 3 times/) });
    expect(server.hits.filter((h) => h === '/loop')).toHaveLength(4);
  });

  it('checks the scheme of the first address and of every redirect', async () => {
    expect(await fetchPage('file:///etc/passwd', LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/Only http:\/\/ and https:\/\//) });
    expect(await fetchPage(server.url('/js'), LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/non-http\(s\) address/) });
  });

  it('gives up on a server that never answers, with the time-out in the message', async () => {
    expect(await fetchPage(server.url('/silent'), { ...LIMITS, timeoutMs: 300 })).toEqual({ ok: false, error: expect.stringMatching(/did not answer within 0.3 s/) });
  });

  it('refuses a body over the cap, whether declared or streamed, without reading the rest', async () => {
    expect(await fetchPage(server.url('/declared-huge'), LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
    expect(await fetchPage(server.url('/endless'), LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
    expect(streamed).toBeLessThan(4 * 1024 * 1024);
  });

  it('takes HTML and plain text only', async () => {
    expect(await fetchPage(server.url('/image'), LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/"image\/gif", not an HTML page/) });
    expect(await fetchPage(server.url('/untyped'), LIMITS)).toEqual({ ok: false, error: expect.stringMatching(/of no stated type/) });
  });

  it('a server that refuses the connection is one sentence, not a stack trace', async () => {
    const gone = await startPageServer();
    const url = gone.url('/a');
    await gone.close();
    expect(await fetchPage(url, LIMITS)).toEqual({ ok: false, error: `Could not fetch ${url}: ECONNREFUSED.` });
  });

  it('decodes the charset the server or the page declares', async () => {
    const r = await fetchPage(server.url('/latin1'), LIMITS);
    expect(r.ok && r.text).toBe('<p>“café”');
    const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0xe9])]);
    expect(decode(bytes, 'text/html', 'html')).toBe('<meta charset="iso-8859-1"><p>é');
  });
});
