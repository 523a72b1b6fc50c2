/**
 * `npm run new`: scaffolds a source or a claim (or adds a report to an existing claim),
 * from flags without any prompt, or by asking in a terminal when run without flags.
 * Exit 0 when a file was written, 1 when the data given was refused, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { archiveFromFile, archiveFromUrl, type Archived } from './new-archive.ts';
import { newClaim } from './new-claim.ts';
import { parseYesNo } from './new-fields.ts';
import { indexProject } from './new-project.ts';
import { PromptClosed, terminalPrompter, type Prompter } from './new-prompt.ts';
import { isUrl } from './new-slug.ts';
import { newSource, type Outcome } from './new-source.ts';

const USAGE = `Usage:
  npm run new -- source <url> [options]     fetches the page and archives the article's text
  npm run new -- source --file <page.html|article.txt> [<url>] [options]
                                            archives a saved page or text (the URL, if given, is where it came from)
  npm run new -- source <title> [options]   scaffolds a source to fill in by hand
      --no-fetch           with a URL: scaffold only, do not fetch
      --id <id>            file name (default: made from the URL or the title)
      --title <text>       the headline as published
      --url <url>          the article's address
      --kind <kind>        news | blog | analysis | press-release | vendor-blog | documentation | other (default news)
      --publisher <name>   --author <name>   --published <YYYY[-MM[-DD]]>   --retrieved <YYYY-MM-DD>
      --archived <yes|no>  no: an upstream known only by citation, without text (default yes)
      --cites <id,…>       upstream sources the article names (repeatable)
      --notes <markdown>
      --text-file <path>   the article's text, copied verbatim (- for standard input)
  Fetched or read metadata (title, publisher, author, published, canonical URL) is used
  unless the matching option gives it.

  npm run new -- claim <subject> <property> [options]
      --qualifier <name=value>  e.g. versus=claude-opus-4-7 (repeatable)
      --topic <id,…>            topic tags (repeatable)
      --source <id> --value <as written> --quote <exact words> [--via <upstream id>]
                                the report; if the claim already exists, the report is added to it

  Both: --root <dir> (project folder, default .), --no-input (never ask), -h/--help.
  Without options in a terminal, the command asks for what it needs.`;

const SOURCE_FLAGS = ['id', 'title', 'url', 'kind', 'publisher', 'author', 'published', 'retrieved', 'archived', 'cites', 'notes', 'text-file', 'file', 'no-fetch'];
const CLAIM_FLAGS = ['qualifier', 'topic', 'source', 'value', 'quote', 'via'];
const COMMON = ['root', 'no-input', 'help'];

type Values = Record<string, string | string[] | boolean | undefined>;

function parse(argv: string[]): { command?: string; positionals: string[]; values: Values } {
  const str = { type: 'string' } as const;
  const many = { type: 'string', multiple: true } as const;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      id: str, title: str, url: str, kind: str, publisher: str, author: str, published: str, retrieved: str, archived: str, cites: many, notes: str, 'text-file': str, file: str, 'no-fetch': { type: 'boolean' },
      qualifier: many, topic: many, source: str, value: str, quote: str, via: str,
      root: str, 'no-input': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  return { command, positionals: rest, values: values as Values };
}

/** "a,b" and repeated flags both give lists. */
const list = (v: unknown) => ((v as string[] | undefined) ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
const str = (v: unknown) => v as string | undefined;

/**
 * Archives when there is something to archive: a saved page (--file), or an article address
 * to fetch, unless the contributor gave the text, asked for no fetch, or is adding an upstream
 * known only by citation. Undefined: nothing to archive, scaffold as before.
 */
async function archiveStep(input: string | undefined, values: Values, hasText: boolean): Promise<Archived | undefined> {
  // A --url that is not http(s) is left to the field checks, which report it with the others.
  const address = [input, str(values.url)].find((a) => a !== undefined && isUrl(a));
  if (values.file !== undefined) {
    if (hasText) return { ok: false, error: 'Give the article once: either --file or --text-file.' };
    if (parseYesNo(str(values.archived) ?? 'yes') === false) return { ok: false, error: '--file gives the article to archive, but --archived is no. Drop one of them.' };
    if (input !== undefined && !isUrl(input)) return { ok: false, error: `With --file, the argument is the page's address (http or https), not ${JSON.stringify(input.slice(0, 80))}; give a title with --title.` };
    return archiveFromFile(str(values.file)!, address);
  }
  if (hasText || values['no-fetch'] || address === undefined) return undefined;
  const archivedFlag = str(values.archived);
  if (archivedFlag !== undefined && parseYesNo(archivedFlag) === false) return undefined;
  return archiveFromUrl(address);
}

const definedOnly = (o: Record<string, string | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;

function readText(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

export async function run(argv: string[], opts: { interactive: boolean; prompter?: () => Prompter }): Promise<Outcome> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return { code: 2, out: [], err: [(e as Error).message, '', USAGE] };
  }
  const { command, positionals, values } = parsed;
  if (values.help) return { code: 0, out: [USAGE], err: [] };
  if (command !== 'source' && command !== 'claim') {
    return { code: 2, out: [], err: [command ? `Unknown command ${JSON.stringify(command)}: use "source" or "claim".` : 'Say what to create: "source" or "claim".', '', USAGE] };
  }
  const allowed = new Set([...(command === 'source' ? SOURCE_FLAGS : CLAIM_FLAGS), ...COMMON]);
  const wrong = Object.keys(values).filter((k) => !allowed.has(k));
  if (wrong.length) return { code: 2, out: [], err: [`--${wrong[0]} does not apply to "new ${command}".`, '', USAGE] };
  const maxPositionals = command === 'source' ? 1 : 2;
  if (positionals.length > maxPositionals) return { code: 2, out: [], err: [`Too many arguments: ${positionals.slice(maxPositionals).map((p) => JSON.stringify(p)).join(' ')}. Quote titles that contain spaces.`] };

  // Prompts only when the contributor gave no options at all: with flags, the command is a script step.
  const givenOptions = Object.keys(values).some((k) => !COMMON.includes(k) && k !== 'file' && k !== 'no-fetch');
  const prompter = opts.interactive && !values['no-input'] && !givenOptions ? opts.prompter?.() : undefined;
  const ix = indexProject(resolve(str(values.root) ?? '.'));
  try {
    if (command === 'source') {
      let text: string | undefined;
      if (values['text-file'] !== undefined) {
        try {
          text = readText(str(values['text-file'])!);
        } catch (e) {
          return { code: 1, out: [], err: [`✖ Could not read --text-file: ${(e as Error).message}`] };
        }
      }
      const flags = Object.fromEntries(['id', 'title', 'url', 'kind', 'publisher', 'author', 'published', 'retrieved', 'archived', 'notes'].filter((k) => values[k] !== undefined).map((k) => [k, str(values[k])]));
      const archived = await archiveStep(positionals[0], values, text !== undefined);
      if (archived && !archived.ok) return { code: 1, out: [], err: [`✖ ${archived.error}`] };
      if (archived) {
        const { meta, body } = archived.article;
        const pageUrl = flags.url ?? meta.canonicalUrl ?? archived.fetchedUrl ?? (isUrl(positionals[0] ?? '') ? positionals[0] : undefined);
        return await newSource(ix, {
          cites: list(values.cites),
          text: body,
          ...definedOnly({ title: meta.title, publisher: meta.publisher, author: meta.author, published: meta.published, url: pageUrl }),
          ...flags,
          archived: 'yes',
          fromPage: values.file !== undefined ? 'file' : 'fetched',
        }, prompter);
      }
      return await newSource(ix, { input: positionals[0], cites: list(values.cites), text, ...flags }, prompter);
    }
    return await newClaim(ix, {
      subject: positionals[0],
      property: positionals[1],
      qualifiers: (values.qualifier as string[] | undefined) ?? [],
      topics: list(values.topic),
      ...Object.fromEntries(['source', 'value', 'quote', 'via'].filter((k) => values[k] !== undefined).map((k) => [k, str(values[k])])),
    }, prompter);
  } catch (e) {
    if (e instanceof PromptClosed) return { code: 1, out: [], err: ['Stopped; nothing was written.'] };
    throw e;
  } finally {
    prompter?.close();
  }
}

if (import.meta.main) {
  try {
    const outcome = await run(process.argv.slice(2), { interactive: !!(process.stdin.isTTY && process.stdout.isTTY), prompter: terminalPrompter });
    if (outcome.out.length) process.stdout.write(`${outcome.out.join('\n')}\n`);
    if (outcome.err.length) process.stderr.write(`${outcome.err.join('\n')}\n`);
    process.exitCode = outcome.code;
  } catch (e) {
    process.stderr.write(`Crosscheck hit an internal error; please report it.\n${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 3;
  }
}
