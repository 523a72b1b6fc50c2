/**
 * A first-time contributor's whole path, on a copy of the real project in a git repo:
 * scaffold a source and a report with `npm run new`, fill them in, run the check, make
 * the classic mistake (a quote that is not in the article), fix it with a figure that
 * disagrees, and see the reviewer's report (`check --since`) name the new flag.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { REPO, git, gitInitAndCommit, runCli, tempDir } from './cli-helpers.ts';

const CLAIM = 'claims/gpt-5-5/swe-bench-pro.md';
const SOURCE_ID = 'example-news-gpt-5-5-coding-benchmarks';
const SOURCE = `sources/${SOURCE_ID}.md`;

describe('contributing a new article to the real project', () => {
  it('scaffolds, checks, fails at the right line, and shows the new flag against main', () => {
    const root = tempDir('crosscheck-contributor-');
    for (const folder of ['claims', 'sources']) cpSync(join(REPO, folder), join(root, folder), { recursive: true });
    gitInitAndCommit(root);
    expect(runCli('check', ['--root', root]).code, 'the real project must pass its own check').toBe(0);

    // The figure already on record, so the new article can first agree and then disagree with it.
    const existing = YAML.parse(readFileSync(join(root, CLAIM), 'utf8').split(/^---$/m)[1]).reports[0].value as string;
    expect(existing).toMatch(/^\d+(\.\d)?%$/);
    const disagreeing = `${(parseFloat(existing) + 2.4).toFixed(1)}%`;

    // 1. Scaffold the source from its URL, then paste its text.
    const source = runCli('new', ['source', 'https://www.example-news.com/2026/04/25/gpt-5-5-coding-benchmarks/', '--no-fetch', '--root', root, '--title', 'GPT-5.5 on coding benchmarks', '--publisher', 'Example News', '--published', '2026-04-25']);
    expect(source.code, source.stderr).toBe(0);
    expect(source.stdout).toContain(`✔ Created ${SOURCE}`);
    const article = `GPT-5.5 on coding benchmarks\nOpenAI's launch post put GPT-5.5 at ${existing} on SWE-Bench Pro. In our own run, GPT-5.5 resolved ${disagreeing} of SWE-Bench Pro tasks.\n`;
    writeFileSync(join(root, SOURCE), readFileSync(join(root, SOURCE), 'utf8') + article);

    // 2. Add its report to the existing claim.
    const firstQuote = `put GPT-5.5 at ${existing} on SWE-Bench Pro`;
    const report = runCli('new', ['claim', 'gpt-5-5', 'swe-bench-pro', '--root', root, '--source', SOURCE_ID, '--value', existing, '--quote', firstQuote]);
    expect(report.code, report.stderr).toBe(0);
    const added = /Added a report from .* to claims\/gpt-5-5\/swe-bench-pro\.md:(\d+) /.exec(report.stdout);
    expect(added, report.stdout).not.toBeNull();
    const quoteLine = Number(added![1]) + 2;
    const claimText = () => readFileSync(join(root, CLAIM), 'utf8');
    expect(claimText().split('\n')[quoteLine - 1]).toBe(`    quote: ${JSON.stringify(firstQuote)}`);

    // 3. The check passes.
    const pass = runCli('check', ['--root', root]);
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.stdout).toContain('✔ No errors.');

    // 4. A quote that is not in the article fails, at the quote's line and column.
    writeFileSync(join(root, CLAIM), claimText().replace(JSON.stringify(firstQuote), JSON.stringify(`put GPT-5.5 at ${disagreeing} on SWE-Bench Pro`)));
    const fail = runCli('check', ['--root', root]);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(new RegExp(`^ {2}${CLAIM}:${quoteLine}:12 {2}error {2}The quote .* does not occur in the archived text of "${SOURCE_ID}"\\..*\\[quote-not-found\\]$`, 'm'));
    expect(fail.stdout).toMatch(/✖ 1 error\./);

    // 5. Fixed with the article's own figure, which disagrees with the one on record; nothing committed.
    const quotedAgain = claimText()
      .replace(JSON.stringify(`put GPT-5.5 at ${disagreeing} on SWE-Bench Pro`), JSON.stringify(`GPT-5.5 resolved ${disagreeing} of SWE-Bench Pro tasks`))
      .replace(`value: ${JSON.stringify(existing)}\n    quote: "GPT-5.5 resolved`, `value: ${JSON.stringify(disagreeing)}\n    quote: "GPT-5.5 resolved`);
    writeFileSync(join(root, CLAIM), quotedAgain);
    const review = runCli('check', ['--root', root, '--since', 'main']);
    expect(review.code, review.stdout).toBe(0);
    expect(review.stdout).toMatch(/Changes since main \([0-9a-f]{12}\): claim 1 changed; report 1 added; source 1 added\./);
    expect(review.stdout).toContain(`~ gpt-5-5/swe-bench-pro  GPT-5.5 · SWE-Bench Pro`);
    expect(review.stdout).toContain(`+ report ${SOURCE_ID}: "${disagreeing}"`);
    expect(review.stdout).toContain(`+ ${SOURCE_ID}  "GPT-5.5 on coding benchmarks"`);
    expect(review.stdout).toMatch(/This change creates \d+ new flags? \(.*value-conflict.*\)\./);
    const newFlag = review.stdout.split('\n').find((l) => l.trimStart().startsWith('+ new value-conflict'));
    expect(newFlag).toContain(': GPT-5.5 · SWE-Bench Pro ');
    const [a, b] = [disagreeing, existing].map((v) => v.replace('.', '\\.'));
    expect(newFlag).toMatch(new RegExp(`${a} vs ${b}|${b} vs ${a}`));

    const json = JSON.parse(runCli('check', ['--root', root, '--since', 'main', '--format', 'json']).stdout);
    const conflict = json.since.flags.added.find((f: { kind: string }) => f.kind === 'value-conflict');
    expect(conflict).toMatchObject({ claims: ['gpt-5-5/swe-bench-pro'], sources: expect.arrayContaining([SOURCE_ID]) });
    expect(json.since.flags.removed).toEqual([]);
    expect(git(root, 'status', '--porcelain')).toBe(` M ${CLAIM}\n?? ${SOURCE}\n`);
  });
});
