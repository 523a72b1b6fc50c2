import { describe, expect, it } from 'vitest';
import { diagnostic, sortDiagnostics } from '../../src/core/diagnostics.ts';
import { validateProject } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

describe('sortDiagnostics: causes before effects', () => {
  it("a source's own error comes before the mention of the claims it keeps off the site", () => {
    const result = validateProject(fixtureProject('schema-invalid'));
    const order = sortDiagnostics(result.diagnostics).map((d) => `${d.file} ${d.rule}`);
    expect(order).toEqual(['sources/upstream-blog.md schema-invalid', 'sources/upstream-blog.md source-invalid']);
  });

  it('registries, then sources, then claims, then anything else; by file and position within each', () => {
    const d = (file: string, line = 1) => diagnostic(file, { line, col: 1 }, 'schema-invalid', 'message');
    const sorted = sortDiagnostics([d('claims/a/b.md'), d('sources/z.md', 9), d('other.md'), d('sources/z.md', 2), d('claims/properties.yaml'), d('sources/a.md'), d('claims/subjects.yaml')]);
    expect(sorted.map((x) => `${x.file}:${x.line}`)).toEqual([
      'claims/properties.yaml:1',
      'claims/subjects.yaml:1',
      'sources/a.md:1',
      'sources/z.md:2',
      'sources/z.md:9',
      'claims/a/b.md:1',
      'other.md:1',
    ]);
  });
});
