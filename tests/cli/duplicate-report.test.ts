/**
 * `npm run new` and `npm run check` decide alike when two reports are one report written twice
 * (src/core/same-report.ts): what new refuses to append, check refuses in the file.
 */
import { describe, expect, it } from 'vitest';
import { appendReport } from '../../src/cli/new-yaml.ts';
import { validateProject } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

const PATH = 'claims/model-x/bench-score.md';
const QUOTE = "On the Bench benchmark it scores 82.7%, the vendor's blog says";
const base = fixtureProject('valid');
const claimText = base.find((f) => f.path === PATH)!.text;
const check = (text: string) => validateProject(base.map((f) => (f.path === PATH ? { ...f, text } : f))).diagnostics;

describe('a report written twice', () => {
  it('is refused by new and by check, which points at the copy and names the first', () => {
    const same = { source: 'alpha-news', value: '82.7%', quote: QUOTE, via: 'upstream-blog' };
    expect(appendReport(claimText, same)).toMatchObject({ ok: false, duplicate: true, reason: 'report 1 is identical' });
    const twice = claimText.replace('---\nThe', `  - source: alpha-news\n    value: "82.7%"\n    quote: "${QUOTE}"\n    via: upstream-blog\n---\nThe`);
    const [d, ...rest] = check(twice);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'duplicate-report', severity: 'error', line: 9, col: 13, message: 'This report repeats the report on line 5 field for field.', hint: 'Remove one of them.' });
  });

  it('is not a report that differs in one field, for either tool', () => {
    const other = { source: 'alpha-news', value: 'about 82.7%', quote: QUOTE, via: 'upstream-blog' };
    expect(appendReport(claimText, other).ok).toBe(true);
    const appended = appendReport(claimText, other);
    expect(appended.ok && check(appended.text)).toEqual([]);
  });
});
