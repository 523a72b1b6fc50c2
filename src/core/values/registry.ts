/**
 * The value types Crosscheck knows, name → definition. Everything about a type lives in its
 * module; this list is the only place that names them all. `ValueType`, `VALUE_TYPES` and
 * `TypedValue` are derived from it, so a new type is one module and one line here (plus its
 * test file, which tests/core/values/registry.test.ts requires).
 *
 * The order is the order `claims/properties.yaml` errors list the types in and the docs tables use.
 */
import { booleanType } from './boolean.ts';
import { changeType } from './change.ts';
import { dateType } from './date.ts';
import { moneyType } from './money.ts';
import { multiplierType } from './multiplier.ts';
import { numberType } from './number.ts';
import { percentType } from './percent.ts';
import { textType } from './text.ts';
import type { Parsed, ValueTypeDefinition } from './types.ts';

const DEFINITIONS = {
  percent: percentType,
  number: numberType,
  money: moneyType,
  date: dateType,
  multiplier: multiplierType,
  change: changeType,
  boolean: booleanType,
  text: textType,
} as const;

export type ValueType = keyof typeof DEFINITIONS;

type ValueOf<D> = D extends ValueTypeDefinition<infer V> ? V : never;

/** A parsed value: a discriminated union on `type`, one member per registered type. */
export type TypedValue = ValueOf<(typeof DEFINITIONS)[ValueType]>;

export type ParseResult = Parsed<TypedValue>;

/** The definition that reads and shows values of type `T`. */
export type DefinitionOf<T extends ValueType> = ValueTypeDefinition<Extract<TypedValue, { type: T }>>;

/**
 * The compile-time check that each name maps to the definition of that very member of the
 * union (a definition filed under the wrong name fails here), and the registry everyone reads.
 */
export const VALUE_TYPE_DEFINITIONS: { readonly [T in ValueType]: DefinitionOf<T> } = DEFINITIONS;

/** Every value type name, in registry order; a non-empty tuple so zod can make an enum of it. */
export const VALUE_TYPES = Object.keys(DEFINITIONS) as [ValueType, ...ValueType[]];

export function isValueType(name: string): name is ValueType {
  return Object.hasOwn(DEFINITIONS, name);
}

export function definitionOf<T extends ValueType>(type: T): DefinitionOf<T> {
  return VALUE_TYPE_DEFINITIONS[type];
}

/**
 * The definition of a value's own type. TypeScript cannot follow the link between `v.type` and
 * the definition it selects (a correlated union), so the cast states what the mapped type above
 * guarantees: the definition under `v.type` takes values of exactly that type.
 */
export function definitionFor<V extends TypedValue>(v: V): ValueTypeDefinition<V> {
  return VALUE_TYPE_DEFINITIONS[v.type as ValueType] as unknown as ValueTypeDefinition<V>;
}
