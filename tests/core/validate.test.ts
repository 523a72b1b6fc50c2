import { existsSync, readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/core/validate.ts';
import { FIXTURES, expectedLines, fixtureProject } from '../helpers/fixture-project.ts';

const cases = readdirSync(FIXTURES).filter((c) => c !== 'base').sort();

describe('validation fixtures (tests/fixtures/check/<case>/expected.txt)', () => {
  it('has a passing case and at least one failing case per core rule', () => {
    expect(cases).toContain('valid');
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    it(name, () => {
      rmSync('/tmp/crosscheck-canary', { force: true });
      const result = validateProject(fixtureProject(name));
      const got = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`).sort();
      expect(got).toEqual(expectedLines(name));
      // Every message says what is wrong and every error says what to do.
      for (const d of result.diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint ?? '').not.toBe('');
      }
      // Nothing lost: each claim file is either in the corpus or rejected.
      const claimFiles = fixtureProject(name).filter((f) => /^claims\/[^/]+\/[^/]+$/.test(f.path));
      expect(result.corpus.claims.length + claimFiles.filter((f) => result.rejected.includes(f.path)).length).toBe(claimFiles.length);
      expect(existsSync('/tmp/crosscheck-canary')).toBe(false);
    });
  }
});

describe('valid project', () => {
  it('produces the corpus with verified quote ranges', () => {
    const result = validateProject(fixtureProject('valid'));
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.claims).toEqual({ read: 1, valid: 1, invalid: 0 });
    const [claim] = result.corpus.claims;
    expect(claim.id).toBe('model-x/bench-score');
    const source = result.corpus.sources.find((s) => s.id === 'alpha-news')!;
    const range = claim.reports[0].quoteRange!;
    expect(source.body.slice(range.start, range.end)).toBe('On the Bench benchmark it scores 82.7%, the vendor’s blog says');
  });

  it("reads a verdict's value under its property as it reads a report's: a bare change without a direction is refused", () => {
    const withVerdict = (value: string) =>
      fixtureProject('change-direction-unknown').map((f) =>
        f.path === 'claims/model-x/price-change.md'
          ? {
              ...f,
              text: f.text
                .replace('value: "by 35%"', 'value: "35% lower"')
                .replace('\n---', `\nverdict:\n  rating: accurate\n  value: "${value}"\n  note: "Checked."\n  reviewer: an-editor\n  reviewed: 2026-05-01\n---`),
            }
          : f,
      );
    const read = validateProject(withVerdict('reduced by 35%'));
    expect(read.diagnostics).toEqual([]);
    expect(read.corpus.claims.find((c) => c.id === 'model-x/price-change')?.verdict?.typed).toMatchObject({ type: 'change', direction: 'decrease' });
    const bare = validateProject(withVerdict('by 35%')).diagnostics;
    expect(bare.map((d) => `${d.line} ${d.rule}`)).toEqual(['10 value-unparseable']);
    expect(bare[0].message).toContain('The verdict value "by 35%"');
  });

  it('refuses a file over the size cap before parsing it', () => {
    const files = fixtureProject('valid');
    files.push({ path: 'sources/huge.md', text: '', size: 5 * 1024 * 1024 });
    const d = validateProject(files).diagnostics;
    expect(d.map((x) => `${x.file} ${x.rule}`)).toEqual(['sources/huge.md file-too-large']);
  });

  it('refuses a symlink before parsing it', () => {
    const files = fixtureProject('valid');
    files.push({ path: 'claims/model-x/link.md', text: '', symlink: true });
    expect(validateProject(files).diagnostics.map((x) => x.rule)).toEqual(['file-symlink']);
  });
});

describe('withPropertyBasis', () => {
  it("gives a bare price the basis of its property's unit, and leaves stated bases alone", async () => {
    const { withPropertyBasis } = await import('../../src/core/validate.ts');
    const { parseValue } = await import('../../src/core/values/index.ts');
    const property = { id: 'api-price-input', label: 'Input price', type: 'money' as const, unit: 'USD per 1M input tokens', description: 'x' };
    const bare = parseValue('money', '$5.30');
    const stated = parseValue('money', '$1,200 per million tokens');
    if (!bare.ok || !stated.ok) throw new Error('fixture values must parse');
    expect(withPropertyBasis(bare.value, property)).toMatchObject({ basis: '1M input tokens', value: 5.3 });
    expect(withPropertyBasis(stated.value, property)).toMatchObject({ basis: '1M tokens' });
    expect(withPropertyBasis(bare.value, { ...property, unit: 'USD' })).not.toHaveProperty('basis');
  });
});

describe('value hints', () => {
  const withValue = (value: string) =>
    fixtureProject('value-unparseable').map((f) => (f.path === 'claims/model-x/bench-score.md' ? { ...f, text: f.text.replace('"eighty-two"', value) } : f));

  it('say what the value reads as when another type accepts it', () => {
    const [d] = validateProject(withValue('"35x lower"')).diagnostics;
    expect(d.rule).toBe('value-unparseable');
    expect(d.hint).toBe(
      'Expected a percent such as "82.7%", "over 20%" or "about 40%". It reads as a number ("35 x lower"), a multiplier ("35x lower") or a change ("35x lower"); if the article states one of those, the claim belongs under a property of that type.',
    );
  });

  it('put the unit first when a bare number lacks the percent sign its property needs', () => {
    const [d] = validateProject(withValue('"61.0"')).diagnostics;
    expect(d.hint).toBe(
      'Expected a percent such as "82.7%", "over 20%" or "about 40%". Write "61.0%" if the article gives a percentage. If it states a plain number instead, the claim belongs under a number property.',
    );
  });

  it('offer no reading when only free text accepts the value', () => {
    const [d] = validateProject(withValue('"lots"')).diagnostics;
    expect(d.hint).toBe('Expected a percent such as "82.7%", "over 20%" or "about 40%".');
  });
});
