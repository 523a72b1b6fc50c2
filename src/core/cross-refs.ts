/**
 * References between files, as diagnostics and hints: an id that names nothing, the declared
 * ids a malformed one may have meant, the field a claim's path disagrees with, and the one
 * mention of the claims a source with errors keeps off the site.
 */
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import type { Position, Property, Source, Subject } from './model.ts';
import type { ClaimFrontMatter } from './schema/claim.ts';
import type { IdLookup } from './schema/issues.ts';
import { suggest } from './suggest.ts';

export function unknownRef(file: string, at: Position | undefined, what: 'subject' | 'property' | 'source', id: string, known: string[], where: string, field?: string): Diagnostic {
  const near = suggest(id, known);
  return diagnostic(
    file,
    at,
    `unknown-${what}`,
    `${field ? `${field}: ` : ''}No ${what} has the id ${quoteUserText(id)}.${near ? ` Did you mean ${quoteUserText(near)}?` : ''}`,
    `Use an id declared in ${where}, or declare it there first.`,
  );
}

/** What the lookup reads of the check's registries (validate-claim.ts's Registries, named here without importing it). */
interface DeclaredIds {
  subjects: ReadonlyMap<string, Subject>;
  properties: ReadonlyMap<string, Property>;
  valid: readonly Source[];
  known: ReadonlyMap<string, string>;
}

/** The declared ids each id field of a claim may hold, with the name to show beside one. */
export function claimIdLookup(reg: DeclaredIds): IdLookup {
  const subjects = new Map([...reg.subjects.values()].map((s) => [s.id, s.name]));
  const properties = new Map([...reg.properties.values()].map((p) => [p.id, p.label]));
  const titles = new Map(reg.valid.map((s) => [s.id, s.title]));
  const sources = new Map([...reg.known.keys()].map((id) => [id, titles.get(id)]));
  return (path) => {
    const last = path[path.length - 1];
    if (path[0] === 'subject' || path[0] === 'qualifiers') return subjects;
    if (path[0] === 'property') return properties;
    return last === 'source' || last === 'via' ? sources : undefined;
  };
}

/** The front matter field a claim's path disagrees with: the folder names the subject, the file name the property, then the qualifiers. */
export function disagreeingField(path: string, data: ClaimFrontMatter): 'subject' | 'property' | 'qualifiers' {
  const [, folder = '', name = ''] = path.split('/');
  if (folder !== data.subject) return 'subject';
  if (name.replace(/\.md$/, '').split('--')[0] !== data.property || Object.keys(data.qualifiers).length === 0) return 'property';
  return 'qualifiers';
}

/**
 * One mention, on the invalid source itself, of the claims it keeps off the site: a widely cited
 * source with one mistake would otherwise add an error to every report that cites it. It stands
 * after the source's own last error, so it reads as that error's consequence.
 */
export function heldClaims(file: string, entry: { claims: string[]; count: number }, diagnostics: Diagnostic[]): Diagnostic {
  const own = diagnostics.filter((d) => d.file === file && d.severity === 'error');
  const last = own.reduce<Position | undefined>((at, d) => (!at || d.line > at.line || (d.line === at.line && d.col > at.col) ? { line: d.line, col: d.col } : at), undefined);
  const claims = [...new Set(entry.claims)].sort();
  const shown = claims.slice(0, 3).join(', ') + (claims.length > 3 ? ` and ${claims.length - 3} more` : '');
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  return diagnostic(
    file,
    last,
    'source-invalid',
    `${n(entry.count, 'report')} in ${n(claims.length, 'claim')} ${entry.count === 1 ? 'cites' : 'cite'} this source, so ${claims.length === 1 ? 'that claim is' : 'those claims are'} left off the site, and out of the flags, until it is fixed: ${shown}.`,
    `Fix the ${own.length === 1 ? 'error' : 'errors'} in ${file}; the claims need no change for this.`,
  );
}

