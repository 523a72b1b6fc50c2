/**
 * `npm run check`: validate every claim and source file, report every problem at once,
 * summarise the contradiction flags. Exit 1 on any error, 0 otherwise, 2 on bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProject } from '../node/load-project.ts';
import { COLORS, NO_COLORS, formatGithub, formatJson, formatSummary, formatText, type Format } from './format.ts';
import { SinceError, compareWithBaseline, loadProjectAtRef, newFlagAnnotations, writeStepSummary, type Baseline } from './since.ts';

const USAGE = `Usage: npm run check -- [--format text|github|json] [--root <dir>] [--since <git-ref>]

Validates sources/ and claims/: front matter, ids, values, and every quote against its archived source.
  --format   text (default, for people), github (workflow annotations), json (for tools)
  --root     project folder to check (default: current directory)
  --since    after validation, report what changed against a git ref (claims, reports, sources, flags);
             in GitHub Actions the report also goes to the job summary ($GITHUB_STEP_SUMMARY)`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: '.' },
        since: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = args.format as Format;
  if (!['text', 'github', 'json'].includes(format)) {
    process.stderr.write(`Unknown --format ${JSON.stringify(format)}.\n\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(args.root ?? '.');
  const started = performance.now();
  // The ref is resolved first: a wrong ref is a usage error (exit 2), reported before any output.
  let baseline: Baseline | undefined;
  if (args.since !== undefined) {
    try {
      baseline = loadProjectAtRef(root, args.since);
    } catch (e) {
      if (!(e instanceof SinceError)) throw e;
      process.stderr.write(`--since: ${e.message}\n`);
      return 2;
    }
  }
  const result = loadProject(root);
  const flags = result.analysis.flags;
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  const colors = format === 'text' && process.stdout.isTTY && !process.env.NO_COLOR ? COLORS : NO_COLORS;
  const since = baseline && compareWithBaseline(baseline, result, colors);
  if (since) writeStepSummary(since.markdown);

  if (format === 'json') {
    const json = formatJson(result, flags);
    process.stdout.write(`${since ? JSON.stringify({ ...JSON.parse(json), since: { ref: baseline!.ref, commit: baseline!.commit, ...since.diff } }, null, 2) : json}\n`);
  } else {
    if (format === 'github') {
      const annotations = formatGithub(result.diagnostics);
      if (annotations) process.stdout.write(`${annotations}\n`);
    } else {
      const text = formatText(result, colors);
      if (text) process.stdout.write(`${text}\n`);
    }
    process.stdout.write(`${formatSummary(result, flags, colors)}\n`);
    if (since) {
      if (format === 'github' && since.diff.flags.added.length) process.stdout.write(`${newFlagAnnotations(since.diff.flags.added, result, baseline!.project)}\n`);
      process.stdout.write(`${since.text}\n`);
    }
    process.stdout.write(`${colors.dim(`Checked in ${Math.round(performance.now() - started)} ms.`)}\n`);
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A crash here is a Crosscheck bug, never the user's fault: say so plainly.
  process.stderr.write(`Crosscheck hit an internal error while checking; please report it with the files involved.\n${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 3;
}
