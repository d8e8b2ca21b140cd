/**
 * The search page: instant results with filters, and a URL that always says
 * what is shown. Typing replaces the current history entry (one entry per
 * search, not per letter); submitting or changing a filter pushes a new one;
 * back and forward restore the query, the filters and the results.
 */
import { hasFilters, parseState, serializeState, type SearchState } from '../../lib/search/query-state.ts';
import { searchChannel } from './client.ts';
import { enhanceAll } from './combobox.ts';
import type { ResultView, SearchResponse } from './protocol.ts';
import { KEYSTROKE_MEASURE, countText, el, highlightedTitle, hrefFor, metaLine } from './render.ts';

const PAGE_SIZE = 50;

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const empty = document.getElementById('search-empty');
  const more = document.getElementById('search-more');
  if (!form || !status || !list || !empty || !more) return;
  const base = form.dataset.base ?? '/';
  const channel = searchChannel(new URL(form.dataset.indexUrl ?? 'search-index.json', location.href).href, 'page', (message) => {
    status.textContent = `Search is unavailable right now (${message}). Reload the page, or browse the taxonomy.`;
  });
  const queryBox = form.elements.namedItem('q') as HTMLInputElement;
  const baseTitle = document.title;

  let limit = PAGE_SIZE;
  let typing = false;
  let typedAt = 0;

  const readForm = () => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    queryBox.value = state.q;
    (form.elements.namedItem('category') as HTMLSelectElement).value = state.category;
    (form.elements.namedItem('venue') as HTMLSelectElement).value = state.venue;
    (form.elements.namedItem('from') as HTMLInputElement).value = state.from === undefined ? '' : String(state.from);
    (form.elements.namedItem('to') as HTMLInputElement).value = state.to === undefined ? '' : String(state.to);
    (form.elements.namedItem('code') as HTMLInputElement).checked = state.code;
  };
  const urlFor = (state: SearchState) => {
    const search = serializeState(state);
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
  const commit = (state: SearchState, mode: 'push' | 'replace') => {
    const url = urlFor(state);
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const link = (view: ResultView, marked: boolean) => {
    const anchor = el('a', 'font-medium');
    anchor.href = hrefFor(base, view);
    if (marked) anchor.append(highlightedTitle(view));
    else anchor.textContent = view.title;
    return anchor;
  };
  const resultItem = (view: ResultView, marked: boolean) => {
    const item = el('li');
    item.append(link(view, marked), el('p', 'text-sm text-muted', metaLine(view)));
    return item;
  };

  const renderEmpty = (state: SearchState, response: SearchResponse) => {
    const parts: Node[] = [el('p', 'font-medium text-ink', `No results for ${state.q ? `“${state.q}”` : 'these filters'}${state.q && hasFilters(state) ? ' with these filters' : ''}.`)];
    const tips = el('p');
    if (response.suggestions.length) {
      tips.append('Try a looser search: ');
      response.suggestions.forEach((suggestion, i) => {
        const anchor = el('a', '', `${suggestion.label} (${countText(suggestion.count, '')})`);
        anchor.href = urlFor(suggestion.state);
        anchor.addEventListener('click', (event) => {
          event.preventDefault();
          apply(suggestion.state, 'push');
        });
        tips.append(...(i ? [', ', anchor] : [anchor]));
      });
      tips.append('.');
    } else tips.textContent = 'Try fewer words, another spelling, or remove filters.';
    parts.push(tips);
    if (response.nearest.length) {
      const nearest = el('ul', 'list-disc space-y-1 pl-5');
      nearest.append(...response.nearest.map((view) => resultItem(view, false)));
      parts.push(el('p', 'text-muted', 'Closest titles:'), nearest);
    }
    empty.replaceChildren(...parts);
  };

  const render = (state: SearchState, response: SearchResponse) => {
    const understood = [response.understood.venue, response.understood.year].filter(Boolean).join(' ');
    let text = countText(response.total, state.q);
    if (understood && response.total) text += ` (read as ${understood})`;
    if (hasFilters(state) && response.total) text += ', filtered';
    if (response.total > response.results.length) text += ` — showing ${response.results.length}`;
    status.textContent = response.total ? `${text}.` : 'No results.';
    list.replaceChildren(...response.results.map((view) => resultItem(view, true)));
    more.hidden = response.total <= response.results.length;
    empty.hidden = response.total > 0;
    if (!response.total) renderEmpty(state, response);
    document.title = state.q ? `${state.q} – ${baseTitle}` : baseTitle;
    if (typedAt) performance.measure(KEYSTROKE_MEASURE, { start: typedAt, detail: { searchMs: response.searchMs } });
    typedAt = 0;
  };

  const run = (state: SearchState) => channel.search(state, limit, (response) => render(state, response));
  const apply = (state: SearchState, mode: 'push' | 'replace' | 'none') => {
    limit = PAGE_SIZE;
    typing = false;
    writeForm(state);
    if (mode !== 'none') commit(state, mode);
    run(state);
  };

  queryBox.addEventListener('input', () => {
    const state = readForm();
    commit(state, typing ? 'replace' : 'push');
    typing = true;
    limit = PAGE_SIZE;
    typedAt = performance.now();
    run(state);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== queryBox) apply(readForm(), 'push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm(), typing ? 'replace' : 'push');
  });
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    run(readForm());
  });
  window.addEventListener('popstate', () => apply(parseState(location.search), 'none'));

  // The page loads the search anyway, so the header box needs no lazy loading here.
  enhanceAll([...document.querySelectorAll<HTMLInputElement>('form[data-site-search] input[data-search-input]')]);
  status.textContent = 'Loading search…';
  apply(parseState(location.search), 'none');
}
