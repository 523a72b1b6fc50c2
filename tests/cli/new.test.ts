import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { run } from '../../src/cli/new.ts';
import { scriptedPrompter } from '../../src/cli/new-prompt.ts';
import { fixtureCopy, runCli, tempDir } from './cli-helpers.ts';

const frontMatter = (text: string) => YAML.parse(text.split(/^---$/m)[1]);

describe('npm run new -- source', () => {
  it('scaffolds sources/<id>.md from a URL with every field explained, and says what to do next', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'https://www.techcrunch.com/2026/04/23/model-x-beats-bench/', '--no-fetch', '--root', root, '--title', 'Model X beats Bench', '--published', '2026-04-23', '--cites', 'upstream-blog']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Created sources/techcrunch-model-x-beats-bench.md');
    expect(r.stdout).toMatch(/paste the article's text verbatim below the closing "---" \(sources\/techcrunch-model-x-beats-bench\.md:23\)/);
    const text = readFileSync(join(root, 'sources/techcrunch-model-x-beats-bench.md'), 'utf8');
    expect(frontMatter(text)).toMatchObject({ title: 'Model X beats Bench', url: 'https://www.techcrunch.com/2026/04/23/model-x-beats-bench/', published: '2026-04-23', kind: 'news', cites: ['upstream-blog'], archived: true });
    // Line 23, where the text goes, exists (an empty line), and the file ends with a newline.
    expect(text.split('\n').length).toBe(24);
    expect(text.split('\n')[22]).toBe('');
    expect(text.endsWith('---\n\n')).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThanOrEqual(9);
    // Until the text is pasted, the check says exactly that.
    const check = runCli('check', ['--root', root]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('sources/techcrunch-model-x-beats-bench.md:23:1  error  This source says `archived: true` but has no archived text.');
  });

  it('writes an unarchived upstream that passes the check as it is', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'Model X system card', '--root', root, '--kind', 'documentation', '--archived', 'no']);
    expect(r.code).toBe(0);
    expect(frontMatter(readFileSync(join(root, 'sources/model-x-system-card.md'), 'utf8'))).toMatchObject({ title: 'Model X system card', archived: false, kind: 'documentation' });
    expect(runCli('check', ['--root', root]).code).toBe(0);
  });

  it('takes the archived text from --text-file, verbatim', () => {
    const root = fixtureCopy();
    const article = join(tempDir(), 'article.txt');
    writeFileSync(article, 'Line one “curly”.\n\nLine   two.\n');
    expect(runCli('new', ['source', 'Beta', '--id', 'beta-news', '--root', root, '--text-file', article]).code).toBe(0);
    expect(readFileSync(join(root, 'sources/beta-news.md'), 'utf8').endsWith('---\nLine one “curly”.\n\nLine   two.\n')).toBe(true);
    expect(runCli('check', ['--root', root]).code).toBe(0);
  });

  it('refuses an id that exists, naming its file, and writes nothing', () => {
    const root = fixtureCopy();
    const before = readFileSync(join(root, 'sources/alpha-news.md'), 'utf8');
    const r = runCli('new', ['source', 'Another', '--id', 'Alpha-News', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a valid source id');
    const taken = runCli('new', ['source', 'Model X launches', '--id', 'alpha-news', '--root', root]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('The source id "alpha-news" is already used by sources/alpha-news.md.');
    expect(readFileSync(join(root, 'sources/alpha-news.md'), 'utf8')).toBe(before);
  });

  it('checks every field it is given and suggests the near miss', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['source', 'x', '--root', root, '--kind', 'nws', '--published', '2026-02-30', '--url', 'javascript:alert(1)', '--cites', 'upstream-blgo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"nws" is not a source kind. Did you mean "news"?');
    expect(r.stderr).toContain('"2026-02-30" is not a date');
    expect(r.stderr).toContain('not an absolute http:// or https:// address');
    expect(r.stderr).toContain('Did you mean "upstream-blog"?');
    expect(existsSync(join(root, 'sources/x.md'))).toBe(false);
  });

  it('exits 2 on bad usage', () => {
    expect(runCli('new', []).code).toBe(2);
    expect(runCli('new', ['sauce', 'x']).code).toBe(2);
    const wrongFlag = runCli('new', ['source', 'x', '--value', '3']);
    expect(wrongFlag.code).toBe(2);
    expect(wrongFlag.stderr).toContain('--value does not apply to "new source"');
    expect(runCli('new', ['claim', 'a', 'b', 'c']).stderr).toContain('Too many arguments');
  });
});

describe('npm run new -- claim', () => {
  it('scaffolds a claim file with the report, which then passes the check', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['claim', 'model-x', 'release-date', '--root', root, '--source', 'alpha-news', '--value', 'April 23, 2026', '--quote', 'Model X launched on April 23, 2026', '--topic', 'launch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Created claims/model-x/release-date.md (claim model-x/release-date).');
    expect(r.stdout).not.toContain('!');
    const data = frontMatter(readFileSync(join(root, 'claims/model-x/release-date.md'), 'utf8'));
    expect(data).toEqual({ subject: 'model-x', property: 'release-date', topics: ['launch'], reports: [{ source: 'alpha-news', value: 'April 23, 2026', quote: 'Model X launched on April 23, 2026' }] });
    expect(runCli('check', ['--root', root]).code).toBe(0);
  });

  it('names the file after the qualifiers and creates the subject folder', () => {
    const root = fixtureCopy();
    const subjects = join(root, 'claims/subjects.yaml');
    writeFileSync(subjects, `${readFileSync(subjects, 'utf8')}  - id: model-y\n    name: "Model Y"\n    kind: model\n`);
    const r = runCli('new', ['claim', 'model-y', 'bench-score', '--qualifier', 'versus=model-x', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fill in the report's source, value, quote \(claims\/model-y\/bench-score--model-x\.md:\d+\)/);
    const data = frontMatter(readFileSync(join(root, 'claims/model-y/bench-score--model-x.md'), 'utf8'));
    expect(data).toMatchObject({ subject: 'model-y', property: 'bench-score', qualifiers: { versus: 'model-x' }, reports: [{ source: '', value: '', quote: '' }] });
  });

  it('suggests registry ids, by id or by display name', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['claim', 'Model X', 'bench-scor', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No subject has the id "Model X". Did you mean "model-x" (Model X)?');
    expect(r.stderr).toContain('No property has the id "bench-scor". Did you mean "bench-score" (Bench score)?');
  });

  it('checks the value against the property type, and refuses to quote an unarchived source', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['claim', 'model-x', 'bench-score', '--root', root, '--source', 'upstream-blog', '--value', 'lots', '--quote', 'q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"lots" cannot be read as a percent');
    expect(r.stderr).toContain('sources/upstream-blog.md is not archived, so it cannot be quoted. Quote the article that cites it and name upstream-blog with --via.');
  });

  it('adds a report to an existing claim, keeping the file as it was, and warns about a quote it cannot find', () => {
    const root = fixtureCopy();
    const file = join(root, 'claims/model-x/bench-score.md');
    const before = readFileSync(file, 'utf8');
    const r = runCli('new', ['claim', 'model-x', 'bench-score', '--root', root, '--source', 'alpha-news', '--value', '82.7%', '--quote', 'it scores 82.9%']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Added a report from alpha-news to claims/model-x/bench-score.md:9 (claim model-x/bench-score).');
    expect(r.stdout).toContain('! The quote does not occur in sources/alpha-news.md.');
    const after = readFileSync(file, 'utf8');
    expect(after.replace('  - source: alpha-news\n    value: "82.7%"\n    quote: "it scores 82.9%"\n', '')).toBe(before);
    const check = runCli('check', ['--root', root]);
    expect(check.stdout).toContain('claims/model-x/bench-score.md:11:12  error');
  });

  it('refuses a value none of the figures of its quote gives, with the check\'s own message, and writes nothing', () => {
    const root = fixtureCopy();
    const file = join(root, 'claims/model-x/bench-score.md');
    const before = readFileSync(file, 'utf8');
    const quote = 'On the Bench benchmark it scores 82.7%';
    const r = runCli('new', ['claim', 'model-x', 'bench-score', '--root', root, '--source', 'alpha-news', '--value', '28.7%', '--quote', quote]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✖ The value "28.7%" matches none of the percentages its quote gives ("82.7%")');
    expect(r.stderr).toContain('The quote says "82.7%": correct the value, or quote the passage that gives "28.7%".');
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A rounded value is a match.
    expect(runCli('new', ['claim', 'model-x', 'bench-score', '--root', root, '--source', 'alpha-news', '--value', '83%', '--quote', quote]).code).toBe(0);
  });

  it('refuses an existing claim without a report to add, naming the file', () => {
    const root = fixtureCopy();
    const r = runCli('new', ['claim', 'model-x', 'bench-score', '--root', root, '--source', 'alpha-news']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The claim model-x/bench-score already exists in claims/model-x/bench-score.md. To add a report to it, pass all of --source, --value and --quote');
  });
});

describe('interactive use (a terminal, no options)', () => {
  it('asks for what is missing, re-asks after a wrong answer with a suggestion, then writes the file', async () => {
    const root = fixtureCopy();
    const prompter = scriptedPrompter(['Model X', 'model-x', 'release-date', 'alpha-news', 'April 23 2026', 'Model X launched on April 23, 2026', '']);
    const outcome = await run(['claim', '--root', root], { interactive: true, prompter: () => prompter });
    expect(outcome.code).toBe(0);
    expect(outcome.out[0]).toContain('✔ Created claims/model-x/release-date.md');
    expect(prompter.said[0]).toContain('Did you mean "model-x" (Model X)?');
    expect(prompter.asked.map((q) => q.split(' ')[0])).toEqual(['Subject', 'Subject', 'Property', 'Source', 'Value,', 'Quote', 'Via:']);
    expect(frontMatter(readFileSync(join(root, 'claims/model-x/release-date.md'), 'utf8')).reports).toEqual([{ source: 'alpha-news', value: 'April 23 2026', quote: 'Model X launched on April 23, 2026' }]);
  });

  it('proposes an id for a source and accepts the defaults', async () => {
    const root = fixtureCopy();
    const prompter = scriptedPrompter(['Model Y is here', '', '2026-05', '', '', '']);
    const outcome = await run(['source', 'https://example.com/2026/05/model-y-is-here', '--no-fetch', '--root', root], { interactive: true, prompter: () => prompter });
    expect(outcome.code).toBe(0);
    expect(prompter.asked.at(-1)).toBe('Id (the file name) [example-model-y-is-here]: ');
    expect(frontMatter(readFileSync(join(root, 'sources/example-model-y-is-here.md'), 'utf8'))).toMatchObject({ title: 'Model Y is here', published: '2026-05', kind: 'news', archived: true });
  });

  it('never asks when options are given, and stops without writing when input ends', async () => {
    const root = fixtureCopy();
    const never = () => {
      throw new Error('asked');
    };
    const withFlags = await run(['source', 'Model Z', '--kind', 'blog', '--root', root], { interactive: true, prompter: never });
    expect(withFlags.code).toBe(0);
    const ended = await run(['claim', '--root', root], { interactive: true, prompter: () => scriptedPrompter([]) });
    expect(ended).toEqual({ code: 1, out: [], err: ['Stopped; nothing was written.'] });
  });
});
