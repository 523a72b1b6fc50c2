/**
 * The contributor's path CONTRIBUTING.md leads with, end to end on a copy of the corpus: archive
 * a saved article page served on 127.0.0.1, spot its figures, accept them, and the check passes.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, startPageServer, type PageServer } from '../helpers/page-server.ts';
import { REPO, runCli, runCliAsync, tempDir } from './cli-helpers.ts';

const PAGE = readFileSync(join(REPO, 'tests/fixtures/contributor-path/page.html'), 'utf8');
const ID = 'ledger-example-ai-gpt-5-5-price-and-score';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.routes.set('/ai/gpt-5-5-price-and-score', page(PAGE));
});
afterAll(() => server.close());

describe('archive, spot, accept, check', () => {
  it('turns a page into a verified source and its figures into reports, and the check passes', async () => {
    const dir = tempDir('crosscheck-contributor-');
    for (const d of ['claims', 'sources']) cpSync(join(REPO, d), join(dir, d), { recursive: true });

    const archived = await runCliAsync('new', ['source', server.url('/ai/gpt-5-5-price-and-score')], { cwd: dir });
    expect(archived.stderr).toBe('');
    expect(archived.code).toBe(0);
    expect(archived.stdout).toContain(`Created sources/${ID}.md`);
    const source = readFileSync(join(dir, 'sources', `${ID}.md`), 'utf8');
    expect(source).toContain('title: "GPT-5.5 arrives with a higher bill and a higher score"');
    expect(source).toContain('publisher: "Example Ledger"');
    expect(source).toContain('published: 2026-04-27');
    expect(source).toContain('archived: true');
    expect(source).toContain('On Terminal-Bench 2.0, GPT-5.5 scores 82.7%, the highest figure any lab has published for the benchmark so far.');
    // Page furniture stays out of the archive.
    expect(source).not.toMatch(/Advertisement|All rights reserved|Subscribe|tracking/);

    const spotted = runCli('spot', [`sources/${ID}.md`, '--format', 'json'], { cwd: dir });
    expect(spotted.code).toBe(0);
    const { findings } = JSON.parse(spotted.stdout) as { findings: Array<{ quote: string; value: string; claim?: string; relation: string }> };
    const byClaim = new Map(findings.map((f) => [f.claim, f]));
    expect(byClaim.get('gpt-5-5/terminal-bench-2-0')).toMatchObject({ value: '82.7%', relation: 'agrees' });
    expect(byClaim.get('gpt-5-5/release-date')).toMatchObject({ value: 'April 23, 2026' });
    expect(byClaim.get('gpt-5-5/api-price-input')).toMatchObject({ value: '$5 per million input tokens' });
    for (const f of findings) expect(source, f.quote).toContain(f.quote);

    const written = runCli('spot', [`sources/${ID}.md`, '--write', '--accept', 'agrees,conflicts,new'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/Wrote 3 reports from ledger-example-ai-gpt-5-5-price-and-score/);
    expect(readFileSync(join(dir, 'claims/gpt-5-5/terminal-bench-2-0.md'), 'utf8')).toContain(`source: ${ID}`);

    const checked = runCli('check', [], { cwd: dir });
    expect(checked.stdout).toContain('✔ No errors.');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/sources 12\/12/);
  });
});
