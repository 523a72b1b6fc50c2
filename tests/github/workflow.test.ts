/**
 * The pull-request workflow runs code from strangers, so its safety properties are
 * asserted here and cannot quietly regress: no pull_request_target, a read-only token,
 * no secrets, no pull-request text interpolated into shell commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const WORKFLOW = join(import.meta.dirname, '..', '..', '.github', 'workflows', 'check.yml');

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { steps?: Step[]; permissions?: unknown };
type Workflow = { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };

/** Every string anywhere in the document, with its path, so nothing hides in an odd place. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => [[`${path}.${k}#key`, k] as [string, string], ...strings(v, `${path}.${k}`)]);
  return [];
}

function readOnly(perms: unknown): boolean {
  if (perms === 'read-all' || (perms && typeof perms === 'object' && Object.keys(perms).length === 0)) return true;
  if (!perms || typeof perms !== 'object') return false;
  return Object.values(perms).every((v) => v === 'read' || v === 'none');
}

/** The problems with a workflow; an empty list means it is safe and complete. */
function auditWorkflow(wf: Workflow): string[] {
  const problems: string[] = [];
  const all = strings(wf);
  if (all.some(([, s]) => /pull_request_target|workflow_run/.test(s))) problems.push('uses pull_request_target or workflow_run, which run with write access on untrusted code');
  const triggers = typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys((wf.on as object) ?? {});
  if (!triggers.includes('pull_request')) problems.push('does not run on pull_request');
  if (wf.permissions === undefined) problems.push('has no top-level permissions (the token would get the repository default)');
  else if (!readOnly(wf.permissions)) problems.push('top-level permissions grant more than read');
  const jobs = Object.entries(wf.jobs ?? {});
  for (const [id, job] of jobs) if (job.permissions !== undefined && !readOnly(job.permissions)) problems.push(`job ${id} grants more than read`);
  if (all.some(([, s]) => /\bsecrets\./.test(s) || /\bsecrets\s*\[/.test(s))) problems.push('uses secrets');

  const steps = jobs.flatMap(([, job]) => job.steps ?? []);
  for (const step of steps) {
    if (step.run && /\$\{\{\s*github\.(event|head_ref)/.test(step.run)) problems.push(`interpolates pull-request data into a shell command: ${step.name ?? step.run}`);
  }
  const runIndex = (re: RegExp) => steps.findIndex((s) => typeof s.run === 'string' && re.test(s.run));
  const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
  if (!checkout) problems.push('has no checkout step');
  else {
    if (Number(checkout.with?.['fetch-depth']) !== 0) problems.push('checkout does not fetch full history (fetch-depth: 0), so origin/main is missing');
    if (checkout.with?.['persist-credentials'] !== false) problems.push('checkout leaves the token in .git/config (persist-credentials: false)');
  }
  const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
  if (setupNode?.with?.['node-version-file'] !== '.nvmrc') problems.push('setup-node does not take the Node version from .nvmrc');
  const install = runIndex(/^npm ci$/m);
  const required: [string, RegExp][] = [
    ['check with GitHub annotations and a diff against origin/main', /npm run check -- --format github --since origin\/main/],
    ['tests', /^npm test$/m],
    ['build', /^npm run build$/m],
  ];
  if (install < 0) problems.push('has no "npm ci" step');
  for (const [what, re] of required) {
    const at = runIndex(re);
    if (at < 0) problems.push(`has no ${what} step`);
    else if (at < install) problems.push(`runs the ${what} step before npm ci`);
  }
  return problems;
}

const workflow = YAML.parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;

describe('.github/workflows/check.yml', () => {
  it('passes the audit', () => {
    expect(auditWorkflow(workflow)).toEqual([]);
  });

  it('checks, tests and builds on pull requests with a read-only token', () => {
    expect(Object.keys(workflow.on as object)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const runs = Object.values(workflow.jobs!).flatMap((j) => j.steps!.map((s) => s.run).filter(Boolean));
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run check -- --format github --since origin/main', 'npm test', 'npm run build']));
  });
});

describe('auditWorkflow catches unsafe or incomplete workflows', () => {
  const bad = (edit: (wf: Workflow) => void): string[] => {
    const wf = structuredClone(workflow);
    edit(wf);
    return auditWorkflow(wf);
  };
  const steps = (wf: Workflow) => Object.values(wf.jobs!)[0].steps!;

  it('pull_request_target, as a trigger or anywhere else', () => {
    expect(bad((wf) => (wf.on = { pull_request_target: null }))).toEqual(expect.arrayContaining([expect.stringContaining('pull_request_target'), 'does not run on pull_request']));
    expect(bad((wf) => (wf.on = ['pull_request', 'pull_request_target']))).toEqual([expect.stringContaining('pull_request_target')]);
  });

  it('missing or writable permissions', () => {
    expect(bad((wf) => delete wf.permissions)).toEqual([expect.stringContaining('no top-level permissions')]);
    expect(bad((wf) => (wf.permissions = { contents: 'write' }))).toEqual(['top-level permissions grant more than read']);
    expect(bad((wf) => (wf.permissions = 'write-all'))).toEqual(['top-level permissions grant more than read']);
    expect(bad((wf) => (Object.values(wf.jobs!)[0].permissions = { 'pull-requests': 'write' }))).toEqual([expect.stringMatching(/^job .* grants more than read$/)]);
  });

  it('pull-request text in a run step', () => {
    expect(bad((wf) => steps(wf).push({ run: 'echo "${{ github.event.pull_request.title }}"' }))).toEqual([expect.stringContaining('interpolates pull-request data')]);
    expect(bad((wf) => steps(wf).push({ run: 'git log ${{github.head_ref}}' }))).toEqual([expect.stringContaining('interpolates pull-request data')]);
  });

  it('secrets in any step', () => {
    expect(bad((wf) => steps(wf).push({ uses: 'some/action@v1', with: { token: '${{ secrets.GITHUB_TOKEN }}' } }))).toEqual(['uses secrets']);
    expect(bad((wf) => steps(wf).push({ run: 'deploy', env: { KEY: "${{ secrets['KEY'] }}" } }))).toEqual(['uses secrets']);
  });

  it('a missing check, test or build step, or a shallow checkout', () => {
    expect(bad((wf) => steps(wf).splice(steps(wf).findIndex((s) => s.run === 'npm test'), 1))).toEqual(['has no tests step']);
    expect(bad((wf) => (steps(wf).find((s) => s.run?.startsWith('npm run check'))!.run = 'npm run check'))).toEqual([expect.stringContaining('has no check with GitHub annotations')]);
    expect(bad((wf) => (steps(wf)[0].with = { 'persist-credentials': false }))).toEqual([expect.stringContaining('fetch-depth: 0')]);
    expect(bad((wf) => steps(wf).reverse())).toEqual(expect.arrayContaining([expect.stringContaining('before npm ci')]));
  });
});
