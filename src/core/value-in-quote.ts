/**
 * The check that a reported value is one of the figures its own quote gives: "45.2%" against a
 * quote saying "resolved 54.2% of tasks" is a typing slip, and left alone it surfaces only as a
 * disagreement between articles. The quote's figures are read with spot's figure reader, so a
 * figure means here what it means everywhere else, and each is compared with the value by its
 * type's own comparison: a rounded or hedged value ("54%", "over 50%") matches "54.2%".
 *
 * A quote with no figure of the value's type says nothing either way (the figure is in words,
 * "doubled", or the value is the editor's reading, explained in the notes), so it is not checked.
 */
import { compareValues } from './compare/index.ts';
import { diagnostic, quoteUserText, type Diagnostic } from './diagnostics.ts';
import type { Position, Property, RawValue, Subject, TypedValue, ValueType } from './model.ts';
import { findFigures, type Figure } from './spot/figures.ts';
import { namePattern, type NamePattern } from './spot/mask.ts';
import { readValue } from './values/in-context.ts';
import { rawToText } from './values/numeral.ts';

/** What the figure reader needs to know of the project: the names whose digits are not figures. */
export interface QuoteReader {
  names: NamePattern;
  versions: ReadonlySet<string>;
}

/** Built once per check from the registries, as spot builds its own (spot/index.ts). */
export function quoteReader(subjects: Iterable<Subject>, properties: Iterable<Property>): QuoteReader {
  const subjectNames = [...subjects].flatMap((s) => [s.name, ...s.aliases]);
  return {
    names: namePattern([...subjectNames, ...[...properties].map((p) => p.label)]),
    versions: new Set(subjectNames.flatMap((n) => n.match(/\d+\.\d+/g) ?? [])),
  };
}

/**
 * The figure types a value of each type can be read from. A change is written as a percent or a
 * multiplier as often as with its direction word ("cut by 35%", "3x faster"), and the comparison
 * sets these against each other as changes; every other type is compared only with its own kind.
 */
const READ_FROM: Partial<Record<ValueType, readonly ValueType[]>> = {
  percent: ['percent'],
  number: ['number'],
  money: ['money'],
  date: ['date'],
  multiplier: ['multiplier', 'change'],
  change: ['change', 'percent', 'multiplier'],
};

/** The quote's figures a value of `property`'s type could be read from, each read as the check reads a value. */
function candidateFigures(property: Property, quote: string, reader: QuoteReader, year: string | undefined): { written: string; value: TypedValue }[] {
  const kinds = READ_FROM[property.type];
  if (!kinds) return [];
  const figures: Figure[] = findFigures(quote, { names: reader.names, versions: reader.versions, lineStart: false, year }).filter((f) => kinds.includes(f.type));
  return figures.map((f) => {
    // Under the property, as the report's own value is read: its unit, precision and the quote's direction apply.
    const inContext = f.type === property.type ? readValue(property, f.entry, quote) : undefined;
    return { written: f.written.trim(), value: inContext?.ok ? inContext.value : f.value };
  });
}

/**
 * Whether `written` stands in `quote` as a whole figure, not inside a longer one ("54.2%" in
 * "154.2%"). Most values are copied from their quote: this spares them the figure reader, which
 * costs tens of microseconds a quote and would add about a fifth to a check of 10,000 claims.
 */
function writtenInQuote(written: string, quote: string): boolean {
  if (written === '') return false;
  const inFigure = (c: string | undefined) => c !== undefined && /[\d.,]/.test(c);
  for (let at = quote.indexOf(written); at >= 0; at = quote.indexOf(written, at + 1)) {
    const after = quote.slice(at + written.length, at + written.length + 2);
    if (!inFigure(quote[at - 1]) && !/^\d|^[.,]\d/.test(after)) return true;
  }
  return false;
}

/** The figures the quotes give, as written, when there are some of the value's type and none matches it; else undefined. */
export function figuresMissingValue(value: TypedValue, raw: RawValue, property: Property, quotes: readonly string[], reader: QuoteReader): string[] | undefined {
  const written = rawToText(raw);
  if (written !== undefined && quotes.some((q) => writtenInQuote(written, q))) return undefined;
  // A date the quote writes without its year ("on April 23") is read in the value's year, so only
  // its month and day are checked: the year the article meant is not known, and a guess could be wrong.
  const year = value.type === 'date' ? value.iso.slice(0, 4) : undefined;
  const figures = quotes.flatMap((q) => candidateFigures(property, q, reader, year));
  if (figures.length === 0) return undefined;
  if (figures.some((f) => compareValues(value, f.value).agree)) return undefined;
  return [...new Set(figures.map((f) => f.written))];
}

/** "54.2%", or "54.2%" and "61.0%", as the quote writes them; long lists are cut. */
function listed(figures: readonly string[]): string {
  const shown = figures.slice(0, 5).map((f) => quoteUserText(f, 40));
  if (figures.length > 5) shown.push(`${figures.length - 5} more`);
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export type ValueHolder = 'report' | 'verdict';

/** What a value's figures are called in a message, by the value's type. */
const KIND_WORDS: Partial<Record<ValueType, string>> = {
  percent: 'percentages',
  number: 'numbers',
  money: 'amounts',
  date: 'dates',
  multiplier: 'multipliers',
  change: 'changes',
};

/** What the diagnostic says, in the check and in `npm run new`. */
export function describeValueNotInQuote(raw: RawValue, type: ValueType, figures: readonly string[], holder: ValueHolder): { message: string; hint: string } {
  const value = quoteUserText(raw);
  const kind = KIND_WORDS[type] ?? 'figures';
  const says = `${figures.length === 1 ? 'says' : 'gives'} ${listed(figures)}`;
  if (holder === 'verdict') {
    return {
      message: `The verdict value ${value} matches none of the ${kind} its evidence gives (${listed(figures)}).`,
      hint: `The evidence ${says}: correct the value, or add the passage that gives ${value} to the evidence.`,
    };
  }
  return {
    message: `The value ${value} matches none of the ${kind} its quote gives (${listed(figures)}); a mistyped value would show on the site as a disagreement between articles.`,
    hint: `The quote ${says}: correct the value, or quote the passage that gives ${value}. If the value is your reading of the article rather than its words, mark the report \`inferred: true\` and explain the reading in the claim's notes.`,
  };
}

/** The `value-not-in-quote` diagnostic at the value, or nothing. */
export function valueNotInQuote(
  file: string,
  at: Position | undefined,
  value: { raw: RawValue; typed: TypedValue; property: Property },
  quotes: readonly string[],
  reader: QuoteReader,
  holder: ValueHolder,
): Diagnostic[] {
  const figures = figuresMissingValue(value.typed, value.raw, value.property, quotes, reader);
  if (!figures) return [];
  const { message, hint } = describeValueNotInQuote(value.raw, value.property.type, figures, holder);
  return [diagnostic(file, at, 'value-not-in-quote', message, hint)];
}
