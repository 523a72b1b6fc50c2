/// <reference types="vite/client" />
/**
 * Keeps "a rule is one file and its test" true: every registered rule lives in
 * src/core/rules/<kind>.ts and has tests/core/rules/<kind>.test.ts, every rule module is
 * registered, and the docs' tables list exactly the registered kinds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRules, defineRule, FLAG_KINDS, type Rule } from '../../../src/core/rules/index.ts';
import { ruleSet } from '../../../src/core/rules/registry.ts';
import { ruleDeclarationSchema } from '../../../src/core/rules/types.ts';
import { tableNames } from '../../helpers/doc-tables.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

// Vite reads the folder when the test is compiled, so a new file is seen without a list kept here.
const modules = import.meta.glob<Record<string, unknown>>('../../../src/core/rules/*.ts', { eager: true });

const isRule = (v: unknown): v is Rule => ruleDeclarationSchema.safeParse(v).success;

/** Each exported rule with the file name (without .ts) of the module that exports it. */
const exported = Object.entries(modules).flatMap(([path, mod]) =>
  Object.values(mod)
    .filter(isRule)
    .map((rule) => ({ rule, file: path.replace(/^.*\//, '').replace(/\.ts$/, '') })),
);

describe('the rule registry', () => {
  it('finds the rule modules (the glob is not silently empty)', () => {
    expect(exported.length).toBeGreaterThanOrEqual(defaultRules.length);
  });

  it.each(defaultRules.map((r) => [r.kind, r] as const))('%s lives in src/core/rules/<kind>.ts and has a test file of its own', (kind, rule) => {
    const homes = exported.filter((e) => e.rule === rule).map((e) => e.file);
    expect(homes, `the module that exports ${kind}`).toEqual([kind]);
    const test = join('tests', 'core', 'rules', `${kind}.test.ts`);
    expect(existsSync(join(ROOT, test)), `${test} is missing: every rule has its own test file`).toBe(true);
  });

  it('registers every rule a module in src/core/rules/ exports', () => {
    const unregistered = exported.filter((e) => !(defaultRules as readonly Rule[]).includes(e.rule)).map((e) => `${e.rule.kind} (src/core/rules/${e.file}.ts)`);
    expect(unregistered, 'add each to defaultRules in src/core/rules/index.ts').toEqual([]);
  });

  it('derives FLAG_KINDS from the rules, in their order', () => {
    expect(FLAG_KINDS).toEqual(defaultRules.map((r) => r.kind));
    expect(new Set(FLAG_KINDS).size).toBe(FLAG_KINDS.length);
  });

  it.each([
    ['README.md', 'Contradictions'],
    ['CONTRIBUTING.md', 'Flags'],
    ['docs/api.md', '`conflicts.json`'],
  ])('%s, "%s", lists exactly the registered kinds', (file, heading) => {
    expect(tableNames(file, heading).sort()).toEqual([...FLAG_KINDS].sort());
  });
});

describe('declaring a rule', () => {
  const good = { kind: 'made-up', label: 'Made-up flags', name: 'Made-up flag', description: 'A rule for this test.', severity: 'low' as const, check: () => [] };

  it('accepts a complete declaration and returns the rule itself', () => {
    expect(defineRule(good)).toBe(good);
  });

  it.each([
    ['a kind that is not kebab-case', { ...good, kind: 'Made_Up' }, /kind must be kebab-case/],
    ['an empty label', { ...good, label: ' ' }, /label/],
    ['a description that is not a sentence', { ...good, description: 'no capital, no stop' }, /description must be a sentence/],
    ['an unknown severity', { ...good, severity: 'urgent' }, /severity/],
    ['a misspelt field', { ...good, severty: 'low' }, /severty/],
    ['a check that is not a function', { ...good, check: 'nope' }, /check must be a function/],
  ])('refuses %s, naming the field', (_, rule, message) => {
    expect(() => defineRule(rule as typeof good)).toThrow(message);
  });

  it('refuses two rules of one kind in a set', () => {
    expect(() => ruleSet([...defaultRules, { ...defaultRules[0] }])).toThrow(/Two rules declare the flag kind "value-conflict"/);
  });
});
