/**
 * A local HTTP server on 127.0.0.1 that serves saved pages for the archive and recheck
 * tests: no test reaches the internet. Routes are set per test; the server closes itself
 * after the test file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  url(path: string): string;
  routes: Map<string, Route>;
  /** Requests seen, by path, for asserting what was (not) fetched. */
  hits: string[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const hits: string[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.push(path);
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  };
}

export const page = (body: string, type = 'text/html; charset=utf-8'): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': type }).end(body);
};
