/**
 * The dev server's /api/ documents: the same bytes the build writes (src/build/api-outputs.ts),
 * made from the loaded project when asked for.
 */
import { dataError } from './data-error.ts';
import type { LoadedProject } from '../core/project.ts';
import { API_BASE, API_DOCUMENTS, type ApiFile } from './api-outputs.ts';

type Next = () => void;
interface DevResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

const isApiFile = (name: string): name is ApiFile => Object.hasOwn(API_DOCUMENTS, name);

/**
 * Answers /api/<document>; anything else goes to the next handler. With data errors the answer
 * is a 500 naming them, as the build would refuse to write the document.
 */
export function devApiMiddleware(project: () => { project: LoadedProject } | undefined) {
  return (req: { url?: string }, res: DevResponse, next: Next): void => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(`/${API_BASE}`)) return next();
    const name = path.slice(API_BASE.length + 1);
    if (!isApiFile(name)) return next();
    const handed = project();
    if (!handed) return next();
    const error = dataError(handed.project.diagnostics);
    if (error) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`${error.message}\n\n${error.hint ?? ''}`);
      return;
    }
    const { corpus, analysis } = handed.project;
    res.setHeader('Content-Type', API_DOCUMENTS[name].type);
    res.end([...API_DOCUMENTS[name].text(corpus, analysis)].join(''));
  };
}
