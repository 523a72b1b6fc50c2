import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/compare/index.ts';
import type { TypedValue, ValueType } from '../../../src/core/model.ts';
import { describeOtherReading, parseValue } from '../../../src/core/values/index.ts';
import { definitionFor, definitionOf, VALUE_TYPE_DEFINITIONS, VALUE_TYPES } from '../../../src/core/values/registry.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** Every example of every type, parsed: the runtime sample of the whole TypedValue union. */
const EXAMPLES = VALUE_TYPES.flatMap((type) =>
  definitionOf(type).examples.map((raw) => {
    const result = parseValue(type, raw);
    if (!result.ok) throw new Error(`the ${type} example ${JSON.stringify(raw)} does not parse: ${result.expected}`);
    return { type, raw, value: result.value };
  }),
);

/**
 * Compile-time half of the coverage check: a Record over ValueType must name every registered
 * type, and `v.type` of a TypedValue must be one of them (a union member the registry does not
 * know would not type-check here).
 */
const TYPE_OF_VALUE: Record<ValueType, true> = {
  percent: true,
  number: true,
  money: true,
  date: true,
  multiplier: true,
  change: true,
  boolean: true,
  text: true,
} satisfies Record<TypedValue['type'], true>;

describe('the value type registry', () => {
  it('files each definition under its own name, in the order the docs and errors list them', () => {
    expect(VALUE_TYPES).toEqual(Object.keys(VALUE_TYPE_DEFINITIONS));
    expect(VALUE_TYPES).toEqual(Object.keys(TYPE_OF_VALUE));
    for (const type of VALUE_TYPES) expect(definitionOf(type).name).toBe(type);
  });

  it('covers every member of the value union: each type has examples that parse to values of that type', () => {
    for (const type of VALUE_TYPES) {
      const own = EXAMPLES.filter((e) => e.type === type);
      expect(own.length, `${type} has no examples`).toBeGreaterThan(0);
      for (const e of own) {
        expect(e.value.type).toBe(type);
        expect(definitionFor(e.value)).toBe(VALUE_TYPE_DEFINITIONS[type]);
      }
    }
  });

  it('has a test file of its own for every registered type', () => {
    const missing = VALUE_TYPES.filter((type) => {
      const file = join(ROOT, 'tests/core/values', `${type}.test.ts`);
      return !existsSync(file) || !readFileSync(file, 'utf8').includes(`'${type}'`);
    });
    expect(missing, `add tests/core/values/<type>.test.ts exercising each of: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('every value type keeps the contract on its examples', () => {
  it.each(EXAMPLES.map((e) => [e.type, JSON.stringify(e.raw), e.value] as const))('%s %s', (type, _raw, v) => {
    const def = definitionFor(v);
    expect(def.format(v)).toMatch(/\S/);
    expect(['string', 'number', 'boolean']).toContain(typeof def.normalize(v));
    expect(typeof def.unit(v)).toBe('string');
    expect(typeof def.rangeText(v)).toBe('string');
    // JSON-safe: no Infinity, NaN or undefined survives into the API documents.
    const fields = def.exportFields(v);
    expect(JSON.parse(JSON.stringify(fields))).toStrictEqual(fields);
    expect(compareValues(v, v).agree).toBe(true);
    for (const other of EXAMPLES.filter((e) => e.type === type)) {
      expect(def.compare(v, other.value)).toEqual(def.compare(other.value, v));
    }
    if (def.chart) {
      const { value, interval } = def.chart.position(v);
      expect(value).toBeGreaterThanOrEqual(interval.lo);
      expect(value).toBeLessThanOrEqual(interval.hi);
      expect(def.chart.tick(v, '12.5')).toContain('12.5');
    }
    if (def.asChange) {
      const change = def.asChange(v);
      expect(change.text).toBe(def.format(v));
      expect(change.factor.lo).toBeLessThanOrEqual(change.factor.hi);
    }
  });
});

/** Finds `switch (….type)` blocks in a source text and returns the ones with a `default:` branch. */
function switchesWithDefault(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/switch \(([\w.]+\.type)\) \{/g)) {
    let depth = 0;
    let i = m.index + m[0].length - 1;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) break;
    }
    const body = text.slice(start, i);
    // Only the switch's own branches: nested blocks are cut out before looking for `default:`.
    let flat = body.slice(1);
    while (/\{[^{}]*\}/.test(flat)) flat = flat.replace(/\{[^{}]*\}/g, '');
    if (/\bdefault\s*:/.test(flat)) found.push(m[1]);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('switches over value types', () => {
  it('finds a default branch when there is one', () => {
    expect(switchesWithDefault("switch (v.type) {\n case 'a': { x(); break; }\n default:\n return 1;\n}")).toEqual(['v.type']);
    expect(switchesWithDefault("switch (v.type) {\n case 'a': { if (y) { z(); } return 1; }\n case 'b':\n return 2;\n}")).toEqual([]);
  });

  it('have no default branch anywhere in src, so the compiler flags a forgotten type', () => {
    const offenders = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      switchesWithDefault(readFileSync(file, 'utf8')).map((expr) => `${file.slice(ROOT.length + 1)}: switch (${expr})`),
    );
    expect(offenders).toEqual([]);
  });
});

/** The docs table, written from the registry. */
function valueTypesTable(): string {
  const example = (raw: unknown) => `\`${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)}\``;
  const rows = VALUE_TYPES.map((type) => {
    const def = definitionOf(type);
    return `| \`${type}\` | ${def.description} | ${def.examples.map(example).join(', ')} |`;
  });
  return ['| type | what it holds | examples |', '| --- | --- | --- |', ...rows].join('\n');
}

describe('the docs tables of value types', () => {
  it.each(['README.md', 'CONTRIBUTING.md'])('%s lists exactly the registered types and their examples', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    expect(text.includes(valueTypesTable()), `${doc} should contain this table (from src/core/values/registry.ts):\n\n${valueTypesTable()}\n`).toBe(true);
  });
});

describe('describeOtherReading', () => {
  it('names every other type that reads the value, never free text', () => {
    expect(describeOtherReading('number', '35%')).toBe(
      'It reads as a percent ("35%") or a change ("by 35%"); if the article states one of those, the claim belongs under a property of that type.',
    );
    expect(describeOtherReading('date', 'halved')).toBe(
      'It reads as a multiplier ("0.5x lower") or a change ("0.5x lower"); if the article states one of those, the claim belongs under a property of that type.',
    );
    expect(describeOtherReading('text', 'yes')).toBe('It reads as a boolean ("yes"); if the article states a boolean, the claim belongs under a property of that type.');
    expect(describeOtherReading('percent', 'lots')).toBe('');
  });
});
