import { describe, expect, it } from 'vitest';
import { findSiblings, siblingDiagnostics } from '../../../src/core/analyze/siblings.ts';
import { source } from '../../helpers/corpus-builder.ts';

const FOOTER = 'Let us know to improve our AI generation, and thank you.';
const REF = '[2] NVIDIA Blog — New model powers Codex on NVIDIA infrastructure';

describe('sibling sources', () => {
  const a = source('a', { body: `Story one about a model.\n${FOOTER}\n${REF}\n`, bodyLine: 8 });
  const b = source('b', { body: `A different story entirely.\n\n${FOOTER}\n${REF.replace('—', '-')}\n`, bodyLine: 6 });
  const c = source('c', { body: `${FOOTER}\nNothing else is shared with the others at all.\n` });

  it('pairs archived sources that share two long lines, typography aside', () => {
    expect(findSiblings([c, b, a])).toEqual([
      {
        a: 'a',
        b: 'b',
        passages: [
          { text: FOOTER, line: 8 },
          { text: REF.replace('—', '-'), line: 9 },
        ],
      },
    ]);
  });

  it('ignores a single shared line, short lines and unarchived sources', () => {
    expect(findSiblings([a, c])).toEqual([]);
    expect(findSiblings([source('x', { body: 'Short.\nShort.\n' }), source('y', { body: 'Short.\nShort.\n' })])).toEqual([]);
    expect(findSiblings([a, { ...b, archived: false }])).toEqual([]);
  });

  it('warns on the later source, unless either declares a family', () => {
    const [d] = siblingDiagnostics([a, b]);
    expect(d).toMatchObject({ file: 'sources/b.md', line: 8, col: 1, rule: 'sources-share-boilerplate', severity: 'warning' });
    expect(d.message).toContain('shares 2 passages word for word with "a"');
    expect(d.hint).toContain('family: a');
    expect(siblingDiagnostics([{ ...a, family: 'f' }, { ...b, family: 'f' }])).toEqual([]);
    expect(siblingDiagnostics([{ ...a, family: 'f' }, { ...b, family: 'g' }])).toEqual([]);
  });
});
