/**
 * DOM for search results, built with createElement and text nodes only: result text comes
 * from the index and the query from the URL, and neither is ever parsed as HTML.
 */
import type { SearchHit } from '../../core/search/client.ts';
import { highlight, snippet, type Segment } from '../../core/search/highlight.ts';
import { statusClass, statusIcon, statusLabel } from '../../site/labels.ts';
import { paths } from '../../site/urls.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function segments(parent: HTMLElement, segs: Segment[]): HTMLElement {
  for (const s of segs) parent.append(s.hit ? el('mark', undefined, s.text) : document.createTextNode(s.text));
  return parent;
}

function badge(status: string): HTMLElement {
  const b = el('span', `badge badge-${statusClass(status)}`);
  const icon = el('span', 'badge-icon', statusIcon(status));
  icon.setAttribute('aria-hidden', 'true');
  b.append(icon, document.createTextNode(` ${statusLabel(status)}`));
  return b;
}

export function renderHit(hit: SearchHit): HTMLLIElement {
  const terms = new Set(hit.terms);
  const li = el('li', 'result');
  const doc = hit.doc;
  const title = el('h2', 'result-title');
  const link = el('a');
  link.href = doc.k === 'c' ? paths.claim(doc.id) : doc.k === 's' ? paths.source(doc.id) : paths.subject(doc.id);
  segments(link, highlight(doc.title, terms));
  title.append(link);
  li.append(title);

  const meta = el('p', 'result-meta');
  if (doc.k === 'c') {
    meta.append(el('span', 'result-kind', 'Claim'), document.createTextNode(' · '), badge(doc.status));
    li.append(meta);
    const values = el('p', 'result-values');
    values.append(el('span', 'result-label', 'Reported: '));
    segments(values, highlight(doc.values.join(' · '), terms));
    li.append(values);
    const texts = [...doc.quotes.map((q) => ({ label: 'Quote: ', text: q })), { label: 'Note: ', text: doc.note }];
    for (const t of texts) {
      const s = t.text ? snippet(t.text, terms, 200, true) : undefined;
      if (!s) continue;
      const p = el('p', 'result-snippet');
      p.append(el('span', 'result-label', t.label));
      li.append(segments(p, s));
      break;
    }
  } else if (doc.k === 'j') {
    const count = doc.claims === 1 ? '1 claim' : `${doc.claims.toLocaleString('en-US')} claims`;
    meta.append(el('span', 'result-kind', 'Subject'), document.createTextNode(` · ${doc.kind} · ${count}`));
    li.append(meta);
    if (doc.aliases.length > 0) {
      const p = el('p', 'result-values');
      p.append(el('span', 'result-label', 'Also called: '));
      li.append(segments(p, highlight(doc.aliases.join(' · '), terms)));
    }
  } else {
    meta.append(el('span', 'result-kind', 'Source'));
    if (doc.publisher) meta.append(document.createTextNode(` · ${doc.publisher}`));
    li.append(meta);
  }
  return li;
}

/** Adds the passage of a source's archived text around the first match, once the text has arrived. */
export function addSourceSnippet(li: HTMLElement, text: string, hitTerms: string[]): void {
  const s = snippet(text, new Set(hitTerms), 220, true);
  if (s) li.append(segments(el('p', 'result-snippet'), s));
}
