/**
 * Direction words for multipliers and changes. They say which way the quantity moved,
 * whatever the quantity is: "35x lower cost" and "2x slower" are decreases of it.
 */
export type Direction = 'increase' | 'decrease';

const INCREASE = new Set([
  'higher', 'more', 'greater', 'larger', 'bigger', 'faster', 'better', 'increase', 'increased',
  'up', 'rise', 'gain', 'improvement', 'boost', 'growth', 'jump', 'richer', 'stronger',
  'rises', 'rising', 'increasing', 'increases', 'grows', 'growing', 'climbs', 'climbing', 'dearer', 'costlier', 'pricier',
]);
const DECREASE = new Set([
  'lower', 'less', 'fewer', 'smaller', 'cheaper', 'slower', 'decrease', 'decreased', 'down',
  'reduction', 'drop', 'decline', 'cut', 'weaker', 'shorter',
  'cuts', 'falls', 'falling', 'decreasing', 'decreases', 'declining', 'declines', 'reduced', 'lowered', 'shrinking',
]);

/** A trailing direction word ("lower", "increase"), or undefined when there is none. */
export function readDirectionSuffix(rest: string): { direction?: Direction; rest: string } | undefined {
  if (rest === '') return { rest };
  const m = /^([a-z]+)\b\s*/i.exec(rest);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const direction = INCREASE.has(word) ? 'increase' : DECREASE.has(word) ? 'decrease' : undefined;
  if (!direction) return undefined;
  return { direction, rest: rest.slice(m[0].length) };
}

const PREFIX_INCREASE =
  /^(?:increased|increasing|increases|increase|rose|rising|rises|grew|growing|grows|raised|boosted|improved|improving|jumped|climbed|up)\s+(?:by\s+)?/i;
const PREFIX_DECREASE =
  /^(?:reduced|reducing|reduces|reduce|decreased|decreasing|decreases|decrease|cut|cutting|cuts|fell|falling|falls|dropped|dropping|drops|lowered|lowering|declined|shrank|slashed|down)\s+(?:by\s+)?/i;

/** A leading verb phrase ("reduced by", "up", "by"). */
export function readDirectionPrefix(text: string): { direction?: Direction; rest: string } {
  let m = PREFIX_INCREASE.exec(text);
  if (m) return { direction: 'increase', rest: text.slice(m[0].length) };
  m = PREFIX_DECREASE.exec(text);
  if (m) return { direction: 'decrease', rest: text.slice(m[0].length) };
  m = /^by\s+/i.exec(text);
  if (m) return { rest: text.slice(m[0].length) };
  return { rest: text };
}

/**
 * A direction written alone, with no figure ("lower", "rises", "cut", "increasing"), or undefined.
 * "lower costs" is not read: the value is the direction word as the article wrote it.
 */
export function readDirectionWord(text: string): Direction | undefined {
  const t = text.trim();
  if (!/^[a-z]+$/i.test(t)) return undefined;
  const suffix = readDirectionSuffix(t);
  if (suffix?.direction && suffix.rest === '') return suffix.direction;
  const prefix = readDirectionPrefix(`${t} `);
  return prefix.rest === '' ? prefix.direction : undefined;
}

/** Multipliers written as words: "doubled" is 2x up, "halved" is 0.5x down. */
export const MULTIPLIER_WORDS: Record<string, { digits: string; direction?: Direction }> = {
  doubled: { digits: '2', direction: 'increase' },
  double: { digits: '2' },
  twice: { digits: '2' },
  tripled: { digits: '3', direction: 'increase' },
  triple: { digits: '3' },
  trebled: { digits: '3', direction: 'increase' },
  quadrupled: { digits: '4', direction: 'increase' },
  halved: { digits: '0.5', direction: 'decrease' },
};
