/**
 * The search page's behaviour: restores the query from the URL, searches as you type,
 * keeps the URL in step (history.replaceState) so a search can be linked, and lets the
 * arrow keys move between the search box and the results.
 */
import { TieredSearch } from '../../core/search/client.ts';
import { emptyQuery, FILTER_KEYS, parseQuery, queryToParams, type SearchQuery } from '../../core/search/query.ts';
import { addSourceSnippet, renderHit } from './render.ts';

const PAGE = 10;
const BASE = '/search/';

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${res.status} for ${path}`);
  return res.json();
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const selects = Object.fromEntries(FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)]));
  const engine = new TieredSearch(fetchJson);
  let generation = 0;
  let shown = 0;
  let current: SearchQuery = emptyQuery();

  const readForm = (): SearchQuery => {
    const q = emptyQuery();
    q.q = input.value;
    for (const k of FILTER_KEYS) q[k] = selects[k]?.value ?? '';
    return q;
  };

  const writeForm = (q: SearchQuery) => {
    input.value = q.q;
    for (const k of FILTER_KEYS) {
      const s = selects[k];
      // A value missing from the options (an old link) is dropped rather than kept invisibly.
      if (s) s.value = [...s.options].some((o) => o.value === q[k]) ? q[k] : '';
    }
  };

  const syncUrl = (q: SearchQuery) => {
    const params = queryToParams(q).toString();
    history.replaceState(null, '', params ? `${BASE}?${params}` : BASE);
  };

  const describe = (q: SearchQuery, total: number): string => {
    const n = total === 1 ? '1 result' : `${total.toLocaleString('en-US')} results`;
    return q.q.trim() ? `${n} for “${q.q.trim()}”` : n;
  };

  async function run(q: SearchQuery, append = false): Promise<void> {
    const mine = ++generation;
    current = q;
    if (!append) shown = 0;
    if (!q.q.trim() && !FILTER_KEYS.some((k) => q[k])) {
      list!.replaceChildren();
      status!.textContent = 'Type a word, a name or a figure to search, or choose a filter.';
      more!.hidden = true;
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const page = await engine.search(q, shown, PAGE);
      if (mine !== generation) return;
      const items = page.hits.map(renderHit);
      if (append) list!.append(...items);
      else list!.replaceChildren(...items);
      // Source snippets come from each source's own text file, after the results are shown.
      page.hits.forEach((hit, k) => {
        if (hit.doc.k !== 's' || !hit.doc.text) return;
        void engine.sourceText(hit.i).then(
          (text) => {
            if (mine === generation) addSourceSnippet(items[k], text, hit.terms);
          },
          () => undefined,
        );
      });
      shown += page.hits.length;
      const dropped = page.ignored?.length ? ` No result has “${page.ignored.join('”, “')}”; showing results for the other words.` : '';
      status!.textContent = page.total === 0 ? `No results${q.q.trim() ? ` for “${q.q.trim()}”` : ''}. Try fewer or shorter words.` : `${describe(q, page.total)}${dropped}`;
      more!.hidden = shown >= page.total;
    } catch (err) {
      if (mine !== generation) return;
      status!.textContent = `Search is unavailable: ${err instanceof Error ? err.message : String(err)}. Browse all claims instead.`;
      more!.hidden = true;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = readForm();
      syncUrl(q);
      void run(q);
    }, 150);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const q = readForm();
    syncUrl(q);
    void run(q);
  });
  input.addEventListener('input', schedule);
  for (const k of FILTER_KEYS) selects[k]?.addEventListener('change', schedule);
  more.addEventListener('click', () => {
    const before = shown;
    void run(current, true).then(() => list.querySelectorAll<HTMLAnchorElement>('.result-title a')[before]?.focus());
  });

  // Arrow keys: down from the box into the results, up and down between them, up back to the box.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)].focus();
    else if (at === 0) input.focus();
    else all[at - 1].focus();
  });

  form.classList.add('is-enhanced');
  // Said only where it is true: without JavaScript nothing updates as you type.
  const help = document.querySelector<HTMLElement>('#search-help');
  if (help) help.hidden = false;
  const initial = parseQuery(new URLSearchParams(location.search));
  writeForm(initial);
  // Filters start open on wide screens, and wherever a link sets one.
  const filters = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (filters && (FILTER_KEYS.some((k) => initial[k]) || window.matchMedia('(min-width: 46rem)').matches)) filters.open = true;
  void run(readForm());
}
