/**
 * A small, tolerant HTML tokenizer for scanning the built site: elements with their
 * attributes (entity-decoded), the raw text of <script> and <style>, and text content.
 * It follows the HTML rules that matter for injection (raw-text elements end only at
 * their own end tag; attribute values may be unquoted), not the whole specification.
 */

export interface Element {
  name: string;
  attrs: Array<[string, string]>;
  /** Raw content, for <script> and <style> only. */
  raw?: string;
  /** Offset of the `<` in the document. */
  offset: number;
}

export interface ScannedPage {
  elements: Element[];
  /** Text content with entities decoded, tags removed, one space between pieces. */
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', Tab: '\t', NewLine: '\n', sol: '/', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';', excl: '!', num: '#', equals: '=',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function scanHtml(html: string): ScannedPage {
  const elements: Element[] = [];
  const text: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text.push(html.slice(i));
      break;
    }
    text.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      text.push(' ');
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      text.push('<');
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    const { attrs, end } = readAttributes(html, lt + nameMatch[0].length);
    const el: Element = { name, attrs, offset: lt };
    elements.push(el);
    i = end;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      el.raw = html.slice(i, stop);
      if (name === 'title' || name === 'textarea') text.push(el.raw);
      const gt = html.indexOf('>', stop);
      i = gt === -1 ? html.length : gt + 1;
    }
    text.push(' ');
  }
  return { elements, text: decodeEntities(text.join('')).replace(/\s+/g, ' ') };
}

function readAttributes(html: string, from: number): { attrs: Array<[string, string]>; end: number } {
  const attrs: Array<[string, string]> = [];
  let i = from;
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i])) i++;
    if (i >= html.length) return { attrs, end: i };
    if (html[i] === '>') return { attrs, end: i + 1 };
    const nameStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i])) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && /\s/.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        value = html.slice(i + 1, close === -1 ? html.length : close);
        i = close === -1 ? html.length : close + 1;
      } else {
        const start = i;
        while (i < html.length && !/[\s>]/.test(html[i])) i++;
        value = html.slice(start, i);
      }
    }
    attrs.push([name, decodeEntities(value)]);
  }
}

/** The scheme a browser would see: control characters and whitespace are ignored, case folded. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}
