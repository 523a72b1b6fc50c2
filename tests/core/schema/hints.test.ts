/**
 * schema-invalid and schema-missing-field give the fix where it is cheap to find (a date's ISO
 * form, an enum's spelling, an example line, a declared id), and name places as a reader does.
 */
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../../src/core/schema/hints.ts';
import { validateProject } from '../../../src/core/validate.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';

const CLAIM = 'claims/model-x/bench-score.md';
/** The valid fixture with one file's text edited. */
function checkWith(path: string, edit: (text: string) => string) {
  return validateProject(fixtureProject('valid').map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f))).diagnostics;
}

describe('isoDateOf', () => {
  it.each([
    ['25/04/2026', { date: '2026-04-25' }],
    ['04/25/2026', { date: '2026-04-25' }],
    ['April 25, 2026', { date: '2026-04-25' }],
    ['Apr. 25 2026', { date: '2026-04-25' }],
    ['25th April 2026', { date: '2026-04-25' }],
    ['April 2026', { date: '2026-04' }],
    ['2026/4/5', { date: '2026-04-05' }],
    ['05/04/2026', { either: ['2026-04-05', '2026-05-04'] }],
    ['31/02/2026', undefined],
    ['Smarch 3, 2026', undefined],
    ['soon', undefined],
  ])('%s', (text, expected) => expect(isoDateOf(text)).toEqual(expected));
});

describe('schema hints', () => {
  it('a date written another way: the ISO form to write', () => {
    const [d] = checkWith('sources/alpha-news.md', (t) => t.replace('published: 2026-04-23', 'published: April 23, 2026'));
    expect(d).toMatchObject({ rule: 'schema-invalid', hint: 'Write 2026-04-23.' });
  });

  it('an ambiguous date: both readings', () => {
    const [d] = checkWith('sources/alpha-news.md', (t) => t.replace('published: 2026-04-23', 'published: 04/03/2026'));
    expect(d.hint).toBe('Write it as YYYY-MM-DD: 2026-03-04 if the day comes first, 2026-04-03 if the month does.');
  });

  it('an enum in the wrong case: the lowercase value', () => {
    const [d] = checkWith('sources/alpha-news.md', (t) => t.replace('kind: news', 'kind: News'));
    expect(d.message).toMatch(/^Field "kind" must be one of news, /);
    expect(d.hint).toBe('Write "news": the values are written exactly as listed, in lowercase.');
  });

  it('an id with a stray character: named in words, and the declared id suggested', () => {
    const [d] = checkWith(CLAIM, (t) => t.replace('subject: model-x', 'subject: model.x'));
    expect(d.message).toContain('("." (full stop) is not one of them)');
    expect(d.hint).toBe('Did you mean "model-x" (Model X)?');
  });

  it('a misspelt report field is one error, named by the report\'s line', () => {
    const ds = checkWith(CLAIM, (t) => t.replace('    value:', '    vaule:'));
    expect(ds.map((d) => d.message)).toEqual(['Unknown field "vaule" in the report on line 5. Did you mean "value"?']);
  });

  it('a missing report field: named by the report\'s line, with an example line', () => {
    const ds = checkWith(CLAIM, (t) => t.replace(/ {4}value: .*\n/, ''));
    expect(ds.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual(['5:5 The report on line 5 has no "value".']);
    expect(ds[0].hint).toBe('Add a line such as `value: "82.7%"` to the report on line 5 (see the data model in the README).');
  });

  it('a missing top-level field: an example line for the front matter', () => {
    const [d] = checkWith('sources/alpha-news.md', (t) => t.replace('kind: news\n', ''));
    expect(d.message).toBe('Missing required field "kind" in a source.');
    expect(d.hint).toBe('Add a line such as `kind: news` to the front matter (see the data model in the README).');
  });

  it('a wrong value inside a list item is named by the item\'s line', () => {
    const [d] = checkWith(CLAIM, (t) => t.replace('    via: upstream-blog', '    via: [upstream-blog]'));
    expect(d.message).toBe('Field "via" of the report on line 5 must be a string; found a list.');
  });
});
