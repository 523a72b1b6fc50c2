/**
 * `npm run spot -- sources/<id>.md`: every checkable figure of an archived source, related
 * to the claim base (agrees, conflicts, new, unmatched). `--write` adds accepted findings as
 * reports and prints what changed, as `check --since` does.
 * Exit 0 done, 1 the source cannot be spotted or a write failed, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { quoteUserText } from '../core/diagnostics.ts';
import { diffProjects, inline, renderDiffText } from '../core/diff/index.ts';
import { prepareSpot, spotSource, type Finding, type Relation, type SpotResult } from '../core/spot/index.ts';
import { loadProject, type LoadedProject } from '../node/load-project.ts';
import { COLORS, NO_COLORS, type Colors } from './format.ts';
import { PromptClosed, terminalPrompter } from './new-prompt.ts';
import { decide, parseAccept, readAnswer, writable, writeFindings, type Answer } from './spot-write.ts';

const USAGE = `Usage: npm run spot -- sources/<id>.md [--format text|json] [--root <dir>] [--write [--accept agrees,conflicts,new]]

Lists every checkable figure of an archived source (numbers, percents, money, dates, multipliers,
changes, spelled-out numbers) with its sentence, and relates it to the claim base:
  agrees     the claim exists and its reports agree with the figure
  conflicts  the claim exists and at least one report disagrees (the engine's comparison)
  new        the subject and property are known but there is no such claim yet
  unmatched  no subject or no property fits
  --format   text (default) or json
  --root     project folder (default: current directory)
  --write    add findings as reports of this source: asks per finding in a terminal;
             otherwise --accept says which relations to add (e.g. --accept new,conflicts)`;

export interface SpotRun {
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

function sourceIdOf(arg: string): string {
  return basename(arg).replace(/\.md$/, '');
}

/** Finds the source or says exactly why it cannot be spotted. */
export function locateSource(project: LoadedProject, root: string, arg: string): { ok: true; source: LoadedProject['corpus']['sources'][number] } | { ok: false; message: string } {
  const id = sourceIdOf(arg);
  const file = `sources/${id}.md`;
  const source = project.corpus.sources.find((s) => s.id === id);
  if (!source) {
    if (!existsSync(resolve(root, file))) return { ok: false, message: `✖ ${file} does not exist. Archive the article first: npm run new -- source <url> --text-file <file>.` };
    const problem = project.diagnostics.find((d) => d.file === file && d.severity === 'error');
    return { ok: false, message: `✖ ${file} has errors${problem ? ` (${problem.line}:${problem.col} ${problem.message})` : ''}; run npm run check and fix them first.` };
  }
  if (!source.archived || source.body.trim() === '') return { ok: false, message: `✖ ${file} is not archived (archived: false or no text): spot reads the article's archived text. Paste the text verbatim as the body and set archived: true.` };
  return { ok: true, source };
}

const RELATION_LABEL: Record<Relation, string> = { agrees: 'agrees', conflicts: 'CONFLICTS', new: 'new', unmatched: 'unmatched' };

export function formatFindings(file: string, result: SpotResult, c: Colors): string {
  const counts = new Map<Relation, number>();
  for (const f of result.findings) counts.set(f.relation, (counts.get(f.relation) ?? 0) + 1);
  const summary = (['agrees', 'conflicts', 'new', 'unmatched'] as Relation[]).map((r) => `${counts.get(r) ?? 0} ${r}`).join(', ');
  const lines = [c.bold(`${file}: ${result.findings.length} figures (${summary})`)];
  for (const f of result.findings) {
    const paint = f.relation === 'conflicts' ? c.red : f.relation === 'new' ? c.yellow : f.relation === 'agrees' ? c.green : c.dim;
    const where = f.claim ?? [f.subject ?? '?', f.property ?? '?'].join('/');
    const extra = f.recorded ? ' (already recorded)' : '';
    lines.push(`${file}:${f.line}:${f.column}  ${quoteUserText(f.value, 40)} ${c.dim(f.type)}  ${paint(RELATION_LABEL[f.relation])}${extra}  ${inline(where, 80)}`);
    if (f.relation === 'conflicts' && f.against) lines.push(`    ≠ ${f.against.map((a) => `${inline(a.source)}: ${quoteUserText(a.value, 30)}`).join('; ')}`);
    lines.push(c.dim(`    ${quoteUserText(f.quote, 140)}`));
  }
  return lines.join('\n');
}

export interface RunOptions {
  /** Asks y/n/q per finding; undefined when there is no terminal. */
  ask?: (finding: Finding, index: number, total: number) => Promise<Answer>;
  colors?: Colors;
  /** Prints lines at once (the list, before the questions about it); without it everything is returned at the end. */
  print?: (lines: string[]) => void;
}

export async function run(argv: string[], opts: RunOptions = {}): Promise<SpotRun> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, root: { type: 'string', default: '.' }, write: { type: 'boolean' }, accept: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return { code: 2, out: [], err: [(e as Error).message, '', USAGE] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: [USAGE], err: [] };
  if (positionals.length !== 1) return { code: 2, out: [], err: [positionals.length ? 'Spot one source at a time.' : 'Say which source to spot: npm run spot -- sources/<id>.md', '', USAGE] };
  const format = values.format;
  if (format !== 'text' && format !== 'json') return { code: 2, out: [], err: [`Unknown --format ${JSON.stringify(format)}: use text or json.`, '', USAGE] };
  let accept: Set<Relation> | undefined;
  if (values.accept !== undefined) {
    if (!values.write) return { code: 2, out: [], err: ['--accept goes with --write.', '', USAGE] };
    const a = parseAccept(values.accept);
    if (!a.ok) return { code: 2, out: [], err: [a.problem] };
    accept = a.accept;
  }
  if (values.write && !accept && !opts.ask) return { code: 2, out: [], err: ['--write without a terminal needs --accept, e.g. --accept new,conflicts (which findings to add as reports).'] };

  const root = resolve(values.root ?? '.');
  const before = loadProject(root);
  const located = locateSource(before, root, positionals[0]);
  if (!located.ok) return { code: 1, out: [], err: [located.message] };
  const result = spotSource(prepareSpot(before.corpus), located.source);
  const file = located.source.file;
  const c = opts.colors ?? NO_COLORS;
  const out = [format === 'json' ? JSON.stringify(result, null, 2) : formatFindings(file, result, c)];
  if (!values.write) return { code: 0, out, err: [] };

  if (opts.ask && opts.print && format === 'text') opts.print(out.splice(0));
  const chosen: Finding[] = [];
  const candidates = result.findings.filter(writable);
  for (const [i, f] of candidates.entries()) {
    const answer = accept ? undefined : await opts.ask!(f, i, candidates.length);
    const d = decide(f, accept, answer);
    if (d === 'quit') break;
    if (d === 'yes') chosen.push(f);
  }
  const written = await writeFindings(root, located.source.id, chosen);
  const after = loadProject(root);
  const diff = diffProjects(before, after);
  const report = renderDiffText(diff, before, after, 'before spot', c);
  const lines = [...written.lines, `Wrote ${written.written} report${written.written === 1 ? '' : 's'} from ${located.source.id}.`, report];
  // With --format json, stdout stays one JSON document; what was written goes to stderr.
  return { code: written.failed ? 1 : 0, out: format === 'json' ? out : [...out, '', ...lines], err: format === 'json' ? lines : [] };
}

function terminalAsk(): { ask: RunOptions['ask']; close: () => void } {
  const p = terminalPrompter();
  return {
    ask: async (f, i, total) => {
      p.say(`\n[${i + 1}/${total}] ${f.value} (${f.type}) → ${f.claim} ${f.relation}\n    ${quoteUserText(f.quote, 140)}`);
      const a = await p.ask('Add as a report? y/n/q', { default: 'n', validate: (s) => (readAnswer(s) ? undefined : 'Answer y, n or q.') });
      return readAnswer(a) ?? 'no';
    },
    close: () => p.close(),
  };
}

if (import.meta.main) {
  const interactive = !!(process.stdin.isTTY && process.stdout.isTTY);
  const term = interactive && process.argv.includes('--write') && !process.argv.some((a) => a.startsWith('--accept')) ? terminalAsk() : undefined;
  try {
    const colors = interactive && !process.env.NO_COLOR ? COLORS : NO_COLORS;
    const outcome = await run(process.argv.slice(2), { ask: term?.ask, colors, print: (lines) => process.stdout.write(`${lines.join('\n')}\n`) });
    if (outcome.out.length) process.stdout.write(`${outcome.out.join('\n')}\n`);
    if (outcome.err.length) process.stderr.write(`${outcome.err.join('\n')}\n`);
    process.exitCode = outcome.code;
  } catch (e) {
    if (e instanceof PromptClosed) {
      process.stderr.write('Stopped; nothing more was written.\n');
      process.exitCode = 1;
    } else {
      process.stderr.write(`Crosscheck hit an internal error while spotting; please report it with the source involved.\n${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 3;
    }
  } finally {
    term?.close();
  }
}
