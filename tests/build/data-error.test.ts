/** The error that stops a build on data errors, on its own; the build itself is in build-errors.build.test.ts. */
import { describe, expect, it } from 'vitest';
import { dataError } from '../../src/build/data-error.ts';
import { diagnostic } from '../../src/core/diagnostics.ts';

describe('dataError', () => {
  it('is undefined without errors, warnings included', () => {
    expect(dataError([])).toBeUndefined();
    expect(dataError([{ ...diagnostic('claims/a/b.md', { line: 1, col: 1 }, 'value-unparseable', 'm'), severity: 'warning' }])).toBeUndefined();
  });

  it('lists the first twenty errors in file order as the check prints them, says how many more, and carries no stack', () => {
    const errors = Array.from({ length: 25 }, (_, i) => diagnostic(`claims/x/c${String(24 - i).padStart(2, '0')}.md`, { line: 2, col: 3 }, 'quote-not-found', `problem ${24 - i}`));
    const error = dataError(errors)!;
    expect(error.message).toMatch(/^25 problem\(s\) in claims\/ or sources\/ stop the build:\n {2}claims\/x\/c00\.md:2:3 {2}problem 0 {2}\[quote-not-found\]/);
    expect(error.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(error.message).toMatch(/… and 5 more$/);
    expect(error.hint).toContain('npm run check');
    expect(error.stack).toBe('');
  });
});
