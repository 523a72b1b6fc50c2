/**
 * The hostile YAML cases of yaml.test.ts, shared with nothing-lost.test.ts: each a claim
 * file for claims/model-x/bench-score.md and the exact diagnostics it must produce.
 */
import { CLAIM } from './helpers.ts';

export const fm = (yaml: string) => `---\n${yaml}\n---\nNotes.\n`;
export const HEAD = 'subject: model-x\nproperty: bench-score';
/** Lines 4–7 of every claim below that starts with HEAD. */
export const REPORT = 'reports:\n  - source: alpha-news\n    value: "82.7%"\n    quote: "On the Bench benchmark it scores 82.7%"';
export const at = (pos: string, rule: string) => `${CLAIM}:${pos} ${rule}`;

/** The classic: nine levels of nine aliases, 9^9 strings if anything expanded it. */
export const LAUGHS = [
  'x0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `x${i + 1}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

export const YAML_CASES: Array<{ name: string; text: string; expected: string[] }> = [
  { name: '!!js/function tag', text: fm(`subject: model-x\nproperty: !!js/function "function () { globalThis.__pwned = 1 }"\n${REPORT}`), expected: [at('3:25', 'yaml-tag')] },
  { name: '!!python/object tag', text: fm(`subject: !!python/object/apply:os.system ["touch /tmp/pwned"]\nproperty: bench-score\n${REPORT}`), expected: [at('2:42', 'yaml-tag')] },
  { name: 'local tag', text: fm(`subject: !custom model-x\nproperty: bench-score\n${REPORT}`), expected: [at('2:18', 'yaml-tag')] },
  { name: 'tag on a key', text: fm(`subject: model-x\n!!str property: bench-score\n${REPORT}`), expected: [at('3:7', 'yaml-tag')] },
  { name: '!!binary tag', text: fm(`${HEAD}\n${REPORT}\ntopics: !!binary aGVsbG8=`), expected: [at('8:18', 'yaml-tag')] },
  { name: '%TAG directive', text: `---\n%TAG !e! tag:evil.example,2026:\nsubject: !e!x model-x\n---\n`, expected: [at('3:1', 'yaml-syntax')] },
  { name: 'anchor and alias', text: fm(`subject: &s model-x\nproperty: bench-score\nreports:\n  - source: alpha-news\n    value: "82.7%"\n    quote: *s`), expected: [at('2:13', 'yaml-alias'), at('7:12', 'yaml-alias')] },
  { name: 'alias as a key', text: fm(`subject: &k model-x\nproperty: bench-score\n*k : 1\n${REPORT}`), expected: [at('2:13', 'yaml-alias'), at('4:1', 'yaml-alias')] },
  { name: 'duplicate key', text: fm(`subject: model-x\nproperty: bench-score\nsubject: model-y\n${REPORT}`), expected: [at('4:1', 'yaml-duplicate-key')] },
  { name: 'duplicate key in a report', text: fm(`${HEAD}\n${REPORT}\n    quote: "again"`), expected: [at('8:5', 'yaml-duplicate-key')] },
  { name: 'keys 1 and "1" collide as JavaScript properties', text: fm(`${HEAD}\nqualifiers: {1: a, "1": b}\n${REPORT}`), expected: [at('4:20', 'yaml-duplicate-key')] },
  { name: '__proto__ key', text: fm(`${HEAD}\n__proto__: {polluted: true}\n${REPORT}`), expected: [at('4:1', 'yaml-forbidden-key')] },
  { name: 'quoted __proto__ in a flow map', text: fm(`${HEAD}\nqualifiers: {"__proto__": {polluted: true}}\n${REPORT}`), expected: [at('4:14', 'yaml-forbidden-key')] },
  { name: 'constructor key', text: fm(`${HEAD}\nconstructor: {prototype: {polluted: true}}\n${REPORT}`), expected: [at('4:1', 'yaml-forbidden-key')] },
  { name: 'prototype key inside a report', text: fm(`${HEAD}\n${REPORT}\n    prototype: {polluted: true}`), expected: [at('8:5', 'yaml-forbidden-key')] },
  { name: '<< merge key', text: fm(`${HEAD}\nverdict:\n  <<: {note: "merged", polluted: true}\n${REPORT}`), expected: [at('5:3', 'yaml-forbidden-key')] },
  {
    name: 'block nesting past the limit',
    text: fm(`${HEAD}\n${REPORT}\nverdict:\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} deep`),
    expected: [at('25:35', 'yaml-too-deep')],
  },
  { name: 'flow nesting past the limit', text: fm(`${HEAD}\n${REPORT}\ntopics: ${'['.repeat(40)}${']'.repeat(40)}`), expected: [at('8:25', 'yaml-too-deep')] },
  { name: 'a scalar document', text: fm('just a sentence'), expected: [at('2:1', 'frontmatter-not-mapping')] },
  { name: 'a number document', text: fm('42'), expected: [at('2:1', 'frontmatter-not-mapping')] },
  { name: 'a list document', text: fm('- subject: model-x'), expected: [at('2:1', 'frontmatter-not-mapping')] },
  { name: 'an empty document', text: fm(''), expected: [at('2:1', 'frontmatter-empty')] },
  { name: 'a comment-only document', text: fm('# nothing here'), expected: [at('2:1', 'frontmatter-empty')] },
  { name: 'a null document', text: fm('~'), expected: [at('2:1', 'frontmatter-empty')] },
  { name: 'front matter never closed', text: `---\n${HEAD}\n${REPORT}\n`, expected: [at('1:1', 'frontmatter-unterminated')] },
  { name: 'unterminated flow collection', text: fm(`${HEAD}\nreports: [{source: alpha-news`), expected: [at('4:30', 'yaml-syntax')] },
  { name: 'unterminated quoted string', text: fm(`subject: "model-x\nproperty: bench-score\n${REPORT}`), expected: [at('2:10', 'yaml-syntax')] },
  { name: 'a second document after "..."', text: fm(`subject: model-x\n...\nproperty: bench-score\n${REPORT}`), expected: [at('3:1', 'yaml-syntax')] },
];
