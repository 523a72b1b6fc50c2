/**
 * `npm run new -- source <url-or-title>`: writes sources/<id>.md with every field
 * explained in a YAML comment, so a first-time contributor can fill it in unaided.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_KINDS } from '../core/model.ts';
import { checkDate, checkKind, checkNewSourceId, checkUrl, checkVia, checkYesNo, parseYesNo } from './new-fields.ts';
import type { ProjectIndex } from './new-project.ts';
import type { Prompter } from './new-prompt.ts';
import { isUrl, proposeSourceId } from './new-slug.ts';
import { yamlIdList, yamlString } from './new-yaml.ts';

export interface SourceOptions {
  input?: string;
  id?: string;
  title?: string;
  url?: string;
  kind?: string;
  publisher?: string;
  author?: string;
  published?: string;
  retrieved?: string;
  archived?: string;
  cites: string[];
  notes?: string;
  /** The archived text, verbatim (from --text-file, or extracted from the page). */
  text?: string;
  /** Set when the text and metadata were taken from the page: fetched, or a saved file. */
  fromPage?: 'fetched' | 'file';
}

export interface Outcome {
  /** 0 written, 1 refused (the data is wrong), 2 usage. */
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

export interface SourceFields {
  id: string;
  title?: string;
  url?: string;
  kind: string;
  publisher?: string;
  author?: string;
  published?: string;
  retrieved?: string;
  archived: boolean;
  cites: string[];
  notes?: string;
}

/** The file text, and where the contributor's remaining work is. */
export function renderSource(f: SourceFields, text = ''): { text: string; titleLine: number; bodyLine: number } {
  const opt = (key: string, value: string | undefined, example: string) => (value !== undefined ? `${key}: ${yamlString(value)}` : `# ${key}: ${example}`);
  const date = (key: string, value: string | undefined, example: string) => (value !== undefined ? `${key}: ${value}` : `# ${key}: ${example}`);
  const lines = [
    '---',
    '# The headline exactly as published.',
    `title: ${yamlString(f.title ?? '')}`,
    '# Who published it and who wrote it, only if the article names them (remove the "#" to use a line).',
    opt('publisher', f.publisher, '"Example News"'),
    opt('author', f.author, '"Jane Doe"'),
    '# The address of the article (http or https only).',
    opt('url', f.url, '"https://example.com/article"'),
    '# When it was published, only as the article states it: YYYY, YYYY-MM or YYYY-MM-DD.',
    date('published', f.published, '2026-04-23'),
    '# When you copied its text.',
    date('retrieved', f.retrieved, '2026-04-24'),
    `# What sort of publication it is: ${SOURCE_KINDS.join(', ')}.`,
    `kind: ${f.kind}`,
    '# Ids of the upstream sources the article names (its references, "according to …"), in its order.',
    '# Each must be a file in sources/; an upstream whose text you cannot archive gets a file with `archived: false`.',
    `cites: ${yamlIdList(f.cites)}`,
    f.archived
      ? '# true: everything below the closing "---" is the text of the article, copied verbatim (no edits, no summaries).'
      : '# false: we know this source only because others cite it. Leave the body empty; reports name it in `via`, never quote it.',
    `archived: ${f.archived}`,
    '# Optional markdown: what a reader should know about this source (e.g. "It gives no year for its dates").',
    opt('notes', f.notes, '"…"'),
    '---',
  ];
  // Without text, an empty line stands where the text goes, so the line we point at exists.
  const body = f.archived ? text || '\n' : '';
  return { text: `${lines.join('\n')}\n${body}${body && !body.endsWith('\n') ? '\n' : ''}`, titleLine: 3, bodyLine: lines.length + 1 };
}

/** Fills what flags left out by asking, when a prompter is given. */
async function complete(o: SourceOptions, ix: ProjectIndex, p: Prompter): Promise<void> {
  o.title ??= await p.ask('Title (the headline exactly as published)');
  o.url ??= (await p.ask('URL', { optional: true, validate: checkUrl })) || undefined;
  o.publisher ??= (await p.ask('Publisher, if the article names it', { optional: true })) || undefined;
  o.published ??= (await p.ask('Published (YYYY, YYYY-MM or YYYY-MM-DD, as the article states it)', { optional: true, validate: checkDate })) || undefined;
  o.kind ??= await p.ask(`Kind (${SOURCE_KINDS.join(', ')})`, { default: 'news', validate: checkKind });
  o.archived ??= await p.ask('Will you archive its text verbatim? (no: we know it only because others cite it)', { default: 'yes', validate: checkYesNo });
  o.id ??= await p.ask('Id (the file name)', { default: proposeSourceId(o) || undefined, validate: (id) => checkNewSourceId(ix, id) });
}

export async function newSource(ix: ProjectIndex, o: SourceOptions, prompter?: Prompter, today = new Date().toISOString().slice(0, 10)): Promise<Outcome> {
  if (o.input !== undefined) {
    if (isUrl(o.input)) {
      if (o.url !== undefined && o.url !== o.input) return usage('Give the URL once: either as the argument or with --url.');
      o.url = o.input;
    } else {
      if (o.title !== undefined && o.title !== o.input) return usage('Give the title once: either as the argument or with --title.');
      o.title = o.input;
    }
  }
  if (prompter) await complete(o, ix, prompter);
  if (o.title === undefined && o.url === undefined) return usage('Say which article: npm run new -- source <url-or-title> (or --title, --url).');

  const id = o.id ?? proposeSourceId(o);
  const errors = [
    id ? checkNewSourceId(ix, id) : 'No id could be made from the URL or title; choose one with --id.',
    o.url !== undefined ? checkUrl(o.url) : undefined,
    checkKind(o.kind ?? 'news'),
    o.published !== undefined ? checkDate(o.published) : undefined,
    o.retrieved !== undefined ? checkDate(o.retrieved) : undefined,
    o.archived !== undefined ? checkYesNo(o.archived) : undefined,
    ...o.cites.map((c) => checkVia(ix, c)),
    o.title !== undefined && o.title.trim() === '' ? 'The title must not be empty.' : undefined,
  ].filter((e): e is string => !!e);
  if (errors.length > 0) return { code: 1, out: [], err: errors.map((e) => `✖ ${e}`) };

  const archived = o.archived === undefined ? true : parseYesNo(o.archived)!;
  if (!archived && o.text) return { code: 1, out: [], err: ['✖ --text-file gives archived text, but --archived is false. Drop one of them.'] };
  const fields: SourceFields = {
    id,
    kind: o.kind ?? 'news',
    archived,
    cites: o.cites,
    retrieved: o.retrieved ?? (archived ? today : undefined),
    ...pickDefined(o, ['title', 'url', 'publisher', 'author', 'published', 'notes']),
  };
  const file = `sources/${id}.md`;
  const rendered = renderSource(fields, o.text);
  try {
    writeFileSync(join(ix.root, file), rendered.text, { flag: 'wx' });
  } catch (e) {
    return { code: 1, out: [], err: [`✖ Could not write ${file}: ${(e as Error).message}`] };
  }

  const todo: string[] = [];
  if (o.fromPage) {
    const from = o.fromPage === 'fetched' ? 'the page' : 'the saved page';
    todo.push(`read ${file} against ${from}: the text from line ${rendered.bodyLine} must be the article verbatim, and the fields what the page states`);
  }
  if (!fields.title) todo.push(`fill in the title (${file}:${rendered.titleLine})`);
  if (archived && !o.text?.trim()) todo.push(`paste the article's text verbatim below the closing "---" (${file}:${rendered.bodyLine})`);
  const unstated = (['publisher', 'author', 'published'] as const).filter((k) => fields[k] === undefined);
  if (unstated.length) todo.push(`if the article states its ${unstated.join(', ')}, uncomment ${unstated.length === 1 ? 'that line' : 'those lines'} and fill it in`);
  if (fields.cites.length === 0) todo.push('list the upstream sources it names in `cites` (add each with `npm run new -- source <url-or-title> --archived no` if it is new)');
  return {
    code: 0,
    out: [
      `✔ Created ${file} (source id ${id}).`,
      'Next:',
      ...todo.map((t) => `  - ${t}`),
      ...(archived ? [`  - find the figures it states: npm run spot -- ${file}`] : []),
      `  - add reports quoting it: npm run new -- claim <subject> <property> --source ${id} --value "…" --quote "…"`,
      '  - then run: npm run check',
    ],
    err: [],
  };
}

function usage(message: string): Outcome {
  return { code: 2, out: [], err: [message] };
}

function pickDefined<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
