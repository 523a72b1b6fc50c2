/**
 * The archived texts cross to the main thread packed: what the main thread reads is the very
 * string the worker held, for any text (BOM, typography, astral characters, empty), and the
 * posted project carries no text of its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadedProject } from '../../src/core/project.ts';
import { packTexts, unpackTexts } from '../../src/build/texts-handover.ts';
import { source } from '../helpers/corpus-builder.ts';

function projectWith(bodies: string[]): LoadedProject {
  const sources = bodies.map((body, i) => source(`s-${i}`, { body, archived: body.length > 0 }));
  return { corpus: { sources, claims: [], subjects: [], properties: [] }, analysis: { flags: [] }, diagnostics: [] } as unknown as LoadedProject;
}

/** What a structured clone does to the posted value: no getters, no shared objects. */
const posted = <T>(value: T): T => structuredClone(value);

describe('the archived texts at the hand-over', () => {
  it('reads back every text exactly, whatever it holds', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    const withEdges = fc.oneof(text, fc.constantFrom('', '\uFEFFstarts with a BOM', 'the company’s — “quoted”', '😀 astral', 'é\r\nline'));
    fc.assert(
      fc.property(fc.array(withEdges, { maxLength: 12 }), (bodies) => {
        const here = projectWith(bodies);
        const { project, texts } = packTexts(here);
        const there = unpackTexts(posted(project), posted(texts));
        expect(there.corpus.sources.map((s) => s.body)).toEqual(bodies);
        // The worker's own project keeps its texts.
        expect(here.corpus.sources.map((s) => s.body)).toEqual(bodies);
      }),
    );
  });

  it('posts the project with empty bodies, so no text is cloned', () => {
    const { project, texts } = packTexts(projectWith(['one text', 'the company’s filing said']));
    expect(project.corpus.sources.map((s) => s.body)).toEqual(['', '']);
    expect(new TextDecoder().decode(texts.bytes)).toBe('one textthe company’s filing said');
    expect([...texts.ends]).toEqual([8, 8 + Buffer.byteLength('the company’s filing said')]);
  });
});
