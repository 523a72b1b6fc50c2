/**
 * `npm run new`: scaffolds a source or a claim (or adds a report to an existing claim),
 * from flags without any prompt, or by asking in a terminal when run without flags.
 * Exit 0 when a file was written, 1 when the data given was refused, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newClaim } from './new-claim.ts';
import { indexProject } from './new-project.ts';
import { PromptClosed, terminalPrompter, type Prompter } from './new-prompt.ts';
import { newSource, type Outcome } from './new-source.ts';

const USAGE = `Usage:
  npm run new -- source <url-or-title> [options]
      --id <id>            file name (default: made from the URL or the title)
      --title <text>       the headline as published
      --url <url>          the article's address
      --kind <kind>        news | blog | analysis | press-release | vendor-blog | documentation | other (default news)
      --publisher <name>   --author <name>   --published <YYYY[-MM[-DD]]>   --retrieved <YYYY-MM-DD>
      --archived <yes|no>  no: an upstream known only by citation, without text (default yes)
      --cites <id,…>       upstream sources the article names (repeatable)
      --notes <markdown>
      --text-file <path>   the article's text, copied verbatim (- for standard input)

  npm run new -- claim <subject> <property> [options]
      --qualifier <name=value>  e.g. versus=claude-opus-4-7 (repeatable)
      --topic <id,…>            topic tags (repeatable)
      --source <id> --value <as written> --quote <exact words> [--via <upstream id>]
                                the report; if the claim already exists, the report is added to it

  Both: --root <dir> (project folder, default .), --no-input (never ask), -h/--help.
  Without options in a terminal, the command asks for what it needs.`;

const SOURCE_FLAGS = ['id', 'title', 'url', 'kind', 'publisher', 'author', 'published', 'retrieved', 'archived', 'cites', 'notes', 'text-file'];
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
      id: str, title: str, url: str, kind: str, publisher: str, author: str, published: str, retrieved: str, archived: str, cites: many, notes: str, 'text-file': str,
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
  const givenOptions = Object.keys(values).some((k) => !COMMON.includes(k));
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
      return await newSource(ix, {
        input: positionals[0],
        cites: list(values.cites),
        text,
        ...Object.fromEntries(['id', 'title', 'url', 'kind', 'publisher', 'author', 'published', 'retrieved', 'archived', 'notes'].filter((k) => values[k] !== undefined).map((k) => [k, str(values[k])])),
      }, prompter);
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
