/** Values read under their property in a claim file: what a refusal says, and where. */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/core/validate.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';

describe('a change figure with no direction anywhere', () => {
  it('is an error at the value, naming the type, what was read and what to write', () => {
    const [d] = validateProject(fixtureProject('change-direction-unknown')).diagnostics;
    expect(d).toMatchObject({ file: 'claims/model-x/price-change.md', line: 6, col: 12, rule: 'value-unparseable' });
    expect(d.message).toContain('cannot be read as a change');
    expect(d.hint).toContain('whether 35% is a rise or a fall');
    expect(d.hint).toContain('"reduced by 35%"');
    expect(d.hint).toContain('direction: decrease');
  });
});
