/**
 * Finds the line whose indentation is wrong, for yaml-errors.ts. The YAML reader often stops
 * a line late (a field indented by 3 spaces among fields at 4 is reported on the next, correct
 * line), so this reads the block structure from the top instead: each line must sit at an
 * indentation some open block uses, or open a new one under a line ending in ":". The first
 * line that fits no open block is the one to fix, and the fix is the indentation its
 * neighbours of the same kind (fields or list items) use.
 */

export interface IndentProblem {
  line: number;
  message: string;
  hint: string;
}

interface Level {
  indent: number;
  /** Fields ("key: value") or list items ("- ..."). */
  kind: 'map' | 'seq';
  /** The field whose value this block is, when it is one ("reports"). */
  owner?: string;
  /** The latest line at this level, named in hints. */
  line: number;
  /** Lines placed at this level so far. */
  count: number;
  /** The shallowest indentation this block could have started at (under its "key:"). */
  floor?: number;
  /** For the fields of a list item: its list, and the column of its "- ". */
  item?: { list: Level; dashAt: number };
}

const KEY = /^(["']?)([^\s:#'"][^:#]*?)\1:(\s|$)/;
const BLOCK_TEXT = /:\s+[|>][-+0-9]*\s*(#.*)?$/;

export const leadingTab = (line: string): boolean => /^ *\t/.test(line) && line.trim() !== '';
const meaningful = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('#');
/** How far the scan looks ahead for a sibling: a block's next line is near, and a hostile file must not take quadratic time. */
const LOOK_AHEAD = 200;
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** Every line that fits no open block, keyed by its 1-based line number. */
export function indentProblems(lines: readonly string[], firstLine = 1): Map<number, IndentProblem> {
  /** Hints name lines as the contributor's editor numbers them: in the file, not in the YAML. */
  const fileLine = (n: number) => n + firstLine - 1;
  const problems = new Map<number, IndentProblem>();
  /** Each line's shape, worked out once: the look-ahead below reads it many times. */
  const shape = lines.map((l) => {
    const indent = l.length - l.trimStart().length;
    return { counts: meaningful(l) && !leadingTab(l), indent, dash: /^-(\s|$)/.test(l.slice(indent)) };
  });
  const stack: Level[] = [];
  /** The field on the line above when it ends in ":", so the next line may open its block. */
  let opener: { indent: number; key: string } | undefined;
  /** Lines indented deeper than this belong to a "|" or ">" text and are not YAML structure. */
  let textUnder: number | undefined;
  /**
   * After a misplaced line, the lines under it, and the fields after it at its indentation,
   * most likely moved with it: accepted either way, and the one report says to move them too.
   */
  let moved: { under: number; by: number; dash: boolean; problem: IndentProblem; told: Set<string> } | undefined;
  let above: { indent: number; content: number } | undefined;

  for (let n = 1; n <= lines.length; n++) {
    const raw = lines[n - 1];
    if (!meaningful(raw) || leadingTab(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (textUnder !== undefined && indent > textUnder) continue;
    textUnder = undefined;
    const rest = raw.slice(indent);
    const dash = /^-(\s|$)/.test(rest);
    const key = (dash ? rest.replace(/^-\s+/, '') : rest).match(KEY);
    if (!dash && !key) {
      // A lone word over deeper lines is a field that lost its colon ("reports" over its items).
      const word = rest.trim();
      let m = n;
      while (m < lines.length && (!meaningful(lines[m]) || leadingTab(lines[m]))) m++;
      const below = lines[m];
      if (/^[A-Za-z_][\w-]*$/.test(word) && below !== undefined && below.length - below.trimStart().length > indent) {
        problems.set(n, { line: n, message: `${JSON.stringify(word)} has no colon after it, so the lines under it do not belong to it.`, hint: `Write \`${word}:\`.` });
        place(n, indent, false);
        opener = { indent, key: word };
        continue;
      }
      // A value continued on the next line, or a line no indentation can mend: other checks say why.
      opener = undefined;
      continue;
    }
    if (moved && (indent < moved.under || (indent === moved.under && dash !== moved.dash))) moved = undefined;
    let at = fits(indent, dash) ? indent : undefined;
    if (at === undefined && moved && fits(indent + moved.by, dash)) {
      at = indent + moved.by;
      const also = indent === moved.under ? 'and the lines after it at the same indentation' : 'and the lines under it by as much';
      // Said before the hint's closing "if ..." clause, which is about the line itself.
      if (!moved.told.has(also)) moved.problem.hint = moved.problem.hint.replace(/(, if [^.]*)?\.$/, (_, cond = '') => `, ${also}${cond}.`);
      moved.told.add(also);
    }
    if (at === undefined && firstOfBlock(n, indent, dash)) at = indent;
    if (at === undefined) {
      const problem = misplaced(n, indent, dash);
      problems.set(n, problem.report);
      at = problem.target;
      if (at !== indent) moved = { under: indent, by: at - indent, dash, problem: problem.report, told: new Set() };
    }
    place(n, at, dash);
    const content = dash ? at + rest.match(/^-\s*/)![0].length : at;
    above = { indent: at, content };
    // An item without a colon ("- source x") is most likely a field missing its colon: the
    // lines under it are read as its fields, and the missing colon is reported on its own.
    if (dash && content < raw.length && !/^["'[{]/.test(raw.slice(content))) {
      const list = stack[stack.length - 1];
      push({ indent: content, kind: 'map', line: n, count: 1, item: { list, dashAt: at } });
    }
    const value = key ? (dash ? rest.replace(/^-\s+/, '') : rest).slice(key[0].length).trim() : rest.slice(1).trim();
    opener = key && (value === '' || value.startsWith('#')) ? { indent: content, key: key[2] } : undefined;
    if (key && BLOCK_TEXT.test(raw)) textUnder = content;
  }
  return problems;

  /** Can a line at `indent` go here: at an open block of its kind, or opening a block under "key:"? */
  function fits(indent: number, dash: boolean): boolean {
    // The first line opens the document, whose fields start at the left edge.
    if (stack.length === 0) return indent === 0;
    if (opener && (indent > opener.indent || (dash && indent === opener.indent))) return true;
    return stack.some((l) => l.indent === indent && l.kind === (dash ? 'seq' : 'map'));
  }

  function push(level: Level): void {
    while (stack.length > 0 && stack[stack.length - 1].indent >= level.indent) stack.pop();
    stack.push(level);
  }

  function place(n: number, indent: number, dash: boolean): void {
    const kind = dash ? 'seq' : 'map';
    if (opener && (indent > opener.indent || (dash && indent === opener.indent))) {
      push({ indent, kind, owner: opener.key, line: n, count: 1, floor: dash ? opener.indent : opener.indent + 1 });
      return;
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.indent === indent && top.kind === kind) {
      top.line = n;
      top.count++;
    } else push({ indent, kind, line: n, count: 1 });
  }

  /** The next line after n of the same kind at `indent`, before its block ends: the sibling to copy. */
  function nextAt(n: number, indent: number, dash: boolean): number | undefined {
    for (let m = n + 1; m <= Math.min(lines.length, n + LOOK_AHEAD); m++) {
      const { counts, indent: i, dash: d } = shape[m - 1];
      if (!counts) continue;
      if (i < indent) return undefined;
      if (i === indent) return d === dash ? m : undefined;
    }
    return undefined;
  }

  /**
   * The first line of a block can be the wrong one: "verdict:" then a field at 3 spaces and the
   * rest at 2, or a first list item whose fields all sit 2 spaces short of it. When line n would
   * fit if that first line had its indentation, that line is reported and the block moved to n.
   */
  function firstOfBlock(n: number, indent: number, dash: boolean): boolean {
    // A field only when the next field agrees with it: one line against one, line n is the odd one
    // out. A list item carries its fields with it, and a list rarely has more than two items.
    if (!dash && nextAt(n, indent, dash) === undefined) return false;
    const kind = dash ? 'seq' : 'map';
    // A list may sit at its key's own column, but the items of one that does not are taken as the
    // convention (a second item at that column is what moved).
    const i = stack.findIndex((l) => l.kind === kind && l.count === 1 && l.indent > indent && l.floor !== undefined && (dash ? indent > l.floor : indent >= l.floor));
    if (i >= 0) {
      const l = stack[i];
      const what = dash ? `the other items of "${l.owner}:"` : 'the fields after it in the same block';
      problems.set(l.line, {
        line: l.line,
        message: `This ${dash ? 'list item' : 'line'} is indented by ${spaces(l.indent)}, but ${what} by ${spaces(indent)}.`,
        hint: `Indent it by ${spaces(indent)}, like line ${fileLine(n)}${lines.slice(l.line, n - 1).some(meaningful) ? `, and move the lines under it ${spaces(l.indent - indent)} left with it` : ''}.`,
      });
      l.indent = indent;
      l.count++;
      stack.splice(i + 1);
      return true;
    }
    // A first list item whose other fields all sit off its first field: the "- " is what moved,
    // unless a later item of the list sits where it does.
    const j = dash ? -1 : stack.findIndex((l) => l.item && l.count === 1 && l.item.list.count === 1 && l.indent !== indent && l.item.list.floor !== undefined && indent - (l.indent - l.item.dashAt) >= l.item.list.floor && !laterItemAt(n, l.item.dashAt));
    if (j < 0) return false;
    const l = stack[j];
    const dashAt = indent - (l.indent - l.item!.dashAt);
    const was = l.item!.dashAt === 0 ? 'is not indented' : `is indented by ${spaces(l.item!.dashAt)}`;
    problems.set(l.line, {
      line: l.line,
      message: `This list item ${was}, which puts its first field at ${spaces(l.indent)}, but the fields under it are indented by ${spaces(indent)}.`,
      hint: `Indent it by ${spaces(dashAt)} instead of ${l.item!.dashAt}, so its first field lines up with line ${fileLine(n)}.`,
    });
    l.item!.list.indent = dashAt;
    l.item!.dashAt = dashAt;
    l.indent = indent;
    l.count++;
    stack.splice(j + 1);
    return true;
  }

  /** Is there a list item at `col` after line n, before the list at that column ends? */
  function laterItemAt(n: number, col: number): boolean {
    for (let m = n + 1; m <= Math.min(lines.length, n + LOOK_AHEAD); m++) {
      const { counts, indent: i, dash: isDash } = shape[m - 1];
      if (!counts) continue;
      if (i === col && isDash) return true;
      if (i < col || (i === col && !isDash)) return false;
    }
    return false;
  }

  /** What to say about line n, and where it should sit (where the rest of the scan assumes it is). */
  function misplaced(n: number, indent: number, dash: boolean): { report: IndentProblem; target: number } {
    const kind = dash ? 'seq' : 'map';
    const same = stack.filter((l) => l.kind === kind);
    const best = same.reduce<Level | undefined>((b, l) => (!b || Math.abs(l.indent - indent) < Math.abs(b.indent - indent) || (Math.abs(l.indent - indent) === Math.abs(b.indent - indent) && l.indent > b.indent) ? l : b), undefined);
    if (!above) {
      return {
        target: 0,
        report: { line: n, message: `This first line is indented by ${spaces(indent)}; the top-level fields start at the left edge.`, hint: 'Remove its indentation.' },
      };
    }
    const lineAbove = above.content;
    if (indent > lineAbove && !dash) {
      const target = best?.indent ?? lineAbove;
      return {
        target,
        report: {
          line: n,
          message: `This line is indented by ${spaces(indent)}, more than the line above (${spaces(lineAbove)}), which does not open a block.`,
          hint: target === 0 ? 'Remove its indentation, like the line above, if it is the next field.' : `Indent it by ${spaces(target)} like the fields next to it (line ${fileLine(nextAt(n, target, false) ?? best?.line ?? n - 1)}), if it is the next field of the same block.`,
        },
      };
    }
    if (!best) {
      return {
        target: indent,
        report: { line: n, message: `This list item ${indent === 0 ? 'is not indented' : `is indented by ${spaces(indent)}`}, where YAML expects a field.`, hint: 'Put the list under the field it belongs to, on the line after "field:", indented the same as its other items.' },
      };
    }
    const sibling = fileLine(nextAt(n, best.indent, dash) ?? best.line);
    const where = dash ? (best.owner ? `the other items of "${best.owner}:" (line ${sibling})` : `the other items of its list (line ${sibling})`) : `the fields next to it (line ${sibling})`;
    const what = dash ? 'list item' : 'line';
    const how = indent === 0 ? 'is not indented' : `is indented by ${spaces(indent)}`;
    return {
      target: best.indent,
      report: {
        line: n,
        message: `This ${what} ${how}, which matches no block above it${dash && best.owner ? `, so YAML cannot read it as part of "${best.owner}:"` : ''}.`,
        hint: best.indent === 0 ? `Remove its indentation, like ${where}.` : `Indent it by ${spaces(best.indent)}, like ${where}.`,
      },
    };
  }
}

/**
 * Every line indented with a tab, outside "|" and ">" text (where a tab after the indentation
 * is part of the text). The reader stops at the first tab and misreads the lines after it, so
 * each tab line is listed here rather than from its errors.
 */
export function tabProblems(lines: readonly string[], firstLine = 1): IndentProblem[] {
  const out: IndentProblem[] = [];
  let textUnder: number | undefined;
  for (let n = 1; n <= lines.length; n++) {
    const raw = lines[n - 1];
    if (raw.trim() === '') continue;
    const indent = raw.length - raw.replace(/^ */, '').length;
    if (textUnder !== undefined && indent > textUnder) continue;
    textUnder = undefined;
    if (leadingTab(raw)) {
      out.push({ line: n, message: 'This line is indented with a tab; YAML indentation must be spaces.', hint: tabHint(lines, n, firstLine) });
      continue;
    }
    if (BLOCK_TEXT.test(raw)) textUnder = indent + (raw.slice(indent).match(/^-\s+/)?.[0].length ?? 0);
  }
  return out;
}

/** When the lines on either side agree on the indentation, that is the fix; otherwise the rule. */
function tabHint(lines: readonly string[], n: number, firstLine: number): string {
  // Neighbours farther than a screen away say nothing about this line (and a file of tabs would take quadratic time).
  const near = (step: number): { n: number; indent: number; content: number } | undefined => {
    for (let m = n + step; m >= 1 && m <= lines.length && Math.abs(m - n) <= 40; m += step) {
      const l = lines[m - 1];
      if (!meaningful(l) || leadingTab(l)) continue;
      const indent = l.length - l.trimStart().length;
      return { n: m, indent, content: indent + (l.slice(indent).match(/^-\s+/)?.[0].length ?? 0) };
    }
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  const opens = before !== undefined && /:\s*(#.*)?$/.test(lines[before.n - 1]) && after !== undefined && after.indent > before.content;
  if (before && after && (before.content === after.indent || before.indent === after.indent || opens)) {
    return after.indent === 0 ? `Remove the tab: this line starts at the left edge, like line ${after.n + firstLine - 1}.` : `Replace the tab with ${spaces(after.indent)}, like line ${after.n + firstLine - 1}.`;
  }
  return 'Replace the tab with spaces, as many as the other lines of the same block use.';
}
