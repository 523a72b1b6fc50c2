/**
 * The contributor's case from issue #16: a new article gives GPT-5.5's list price as "$5 per
 * million input tokens" against the corpus's "$5.30". A list price is exact to the cent, so the
 * check on a copy of the corpus must raise a value conflict, not corroborate the claim.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './cli-helpers.ts';

const SOURCE = `---
title: "OpenAI prices GPT-5.5 for developers"
publisher: "Example Wire"
kind: news
cites: []
archived: true
---
OpenAI prices GPT-5.5 for developers

OpenAI said on Thursday that developers will pay $5 per million input tokens for GPT-5.5 through its API.
`;

const REPORT = `  - source: wire-gpt-5-5-price
    value: "$5 per million input tokens"
    quote: "developers will pay $5 per million input tokens for GPT-5.5"
`;

interface CheckJson {
  ok: boolean;
  flags: { kind: string; claims: string[]; sources: string[] }[];
}

function check(dir: string): CheckJson {
  const run = runCli('check', ['--root', dir, '--format', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CheckJson;
}

const onInputPrice = (r: CheckJson) => r.flags.filter((f) => f.kind === 'value-conflict' && f.claims.includes('gpt-5-5/api-price-input'));

describe('a list price from a new source', () => {
  it('"$5 per million input tokens" against "$5.30" is a value conflict', () => {
    const dir = tempDir();
    for (const d of ['claims', 'sources']) cpSync(join(REPO, d), join(dir, d), { recursive: true });
    expect(onInputPrice(check(dir))).toEqual([]);

    writeFileSync(join(dir, 'sources', 'wire-gpt-5-5-price.md'), SOURCE);
    const claim = join(dir, 'claims', 'gpt-5-5', 'api-price-input.md');
    const text = readFileSync(claim, 'utf8');
    writeFileSync(claim, text.replace(/\nreports:\n/, `\nreports:\n${REPORT}`));

    const after = check(dir);
    expect(after.ok).toBe(true);
    const flags = onInputPrice(after);
    expect(flags).toHaveLength(1);
    expect(flags[0].sources).toEqual(['retrain-nobody-expected', 'wire-gpt-5-5-price']);
  });
});
