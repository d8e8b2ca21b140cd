/**
 * The search page once it is needed (see bootstrap.ts): instant results with
 * filters, and a URL that always says what is shown. Typing replaces the
 * current history entry (one entry per search, not per letter); submitting
 * or changing a filter pushes a new one; back and forward restore the query,
 * the filters and the results. The empty search shows the page's hint.
 */
import { EMPTY_STATE, hasFilters, parseState, sameState, serializeState, type SearchState } from '../../lib/search/query-state.ts';
import { searchChannel, type SearchChannel } from './client.ts';
import type { SearchResponse } from './protocol.ts';
import { KEYSTROKE_MEASURE, countText, el } from './render.ts';
import { resultList } from './result-list.ts';
import { urlWriter, type HistoryMode } from './url-writer.ts';

/** Results rendered per page: enough to scan, few enough that each keystroke stays fast. */
const PAGE_SIZE = 20;

export function startResults(form: HTMLFormElement) {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const empty = document.getElementById('search-empty');
  const more = document.getElementById('search-more');
  if (!status || !list || !empty || !more) return;
  const base = form.dataset.base ?? '/';
  const hint = status.textContent ?? '';
  // Opened by the first real search: a cleared box or a query string that asks for nothing loads no index.
  let opened: SearchChannel | undefined;
  const indexUrl = () => new URL(form.dataset.indexUrl ?? 'search-index.json', location.href).href;
  const channel = () =>
    (opened ??= searchChannel(indexUrl(), 'page', (message) => {
      setStatus(`Search is unavailable right now (${message}). Reload the page, or browse the taxonomy.`);
    }));
  const queryBox = form.elements.namedItem('q') as HTMLInputElement;
  const baseTitle = document.title;
  const results = resultList(list, base);
  const url = urlWriter();

  let limit = PAGE_SIZE;
  let typing = false;
  let typedAt = 0;
  let answered = false;

  // Live region: set only on change, so an unchanged count is not announced again.
  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
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
  const titleFor = (state: SearchState) => (state.q ? `${state.q} – ${baseTitle}` : baseTitle);

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
      resultList(nearest, base).show(response.nearest, false);
      parts.push(el('p', 'text-muted', 'Closest titles:'), nearest);
    }
    empty.replaceChildren(...parts);
  };

  // "Download these papers": the bar says how many; the file is made by download.ts, loaded on the first click.
  const downloadBar = document.getElementById('search-download');
  const downloadLabel = document.getElementById('search-download-label');
  let downloadable: { state: SearchState; papers: number } | undefined;
  let downloads: SearchChannel | undefined;
  let unanswered: ((ids: string[]) => void) | undefined;
  downloadBar?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-format]');
    if (!button || !downloadable) return;
    const { state, papers } = downloadable;
    const format = button.dataset.format === 'ris' ? 'ris' : 'bib';
    downloads ??= searchChannel(indexUrl(), 'download', () => unanswered?.([]));
    const ids = new Promise<string[]>((resolve) => {
      unanswered = resolve;
      downloads!.search(state, 0, (response) => resolve(response.paperIds ?? []), true);
    });
    import('./download.ts').then((module) => module.download({ format, ids, papers, query: state.q, citationsUrl: new URL(form.dataset.citationsUrl ?? 'citations.json', location.href).href }));
  });

  const show = (state: SearchState, response: SearchResponse | undefined) => {
    const total = response?.total ?? 0;
    const papers = response?.papers ?? 0;
    downloadable = papers ? { state, papers } : undefined;
    if (downloadBar && downloadLabel) {
      downloadBar.hidden = !papers;
      const label = `Download ${papers === 1 ? 'this paper' : `these ${papers} papers`}:`;
      if (downloadLabel.textContent !== label) downloadLabel.textContent = label;
    }
    results.show(response?.results ?? [], true);
    more.hidden = !response || total <= response.results.length;
    empty.hidden = !response || total > 0;
    if (response && !total) renderEmpty(state, response);
  };

  const render = (state: SearchState, response: SearchResponse) => {
    answered = true;
    const understood = [response.understood.venue, response.understood.year].filter(Boolean).join(' ');
    let text = countText(response.total, state.q);
    if (understood && response.total) text += ` (read as ${understood})`;
    if (hasFilters(state) && response.total) text += ', filtered';
    if (response.total > response.results.length) text += ` — showing ${response.results.length}`;
    setStatus(response.total ? `${text}.` : 'No results.');
    show(state, response);
    measureKeystroke(response.searchMs);
  };

  const measureKeystroke = (searchMs: number) => {
    if (typedAt) performance.measure(KEYSTROKE_MEASURE, { start: typedAt, detail: { searchMs } });
    typedAt = 0;
  };
  const run = (state: SearchState) => {
    // Nothing asked: the hint, without a round trip to the worker.
    if (!state.q && !hasFilters(state)) {
      opened?.cancel(); // an answer still on its way is for an older search
      setStatus(hint);
      show(state, undefined);
      measureKeystroke(0);
      return;
    }
    if (!answered) setStatus('Loading search…');
    channel().search(state, limit, (response) => render(state, response));
  };
  const apply = (state: SearchState, mode: HistoryMode | 'none') => {
    limit = PAGE_SIZE;
    typing = false;
    writeForm(state);
    if (mode === 'none') url.cancel(titleFor(state));
    else url.now(urlFor(state), titleFor(state), mode);
    run(state);
  };
  const typed = () => {
    const state = readForm();
    url.soon(urlFor(state), titleFor(state), typing ? 'replace' : 'push');
    typing = true;
    limit = PAGE_SIZE;
    typedAt = performance.now();
    // One letter matches nearly everything: as in the header box, wait for a second (Enter still searches).
    if (state.q.trim().length === 1 && !hasFilters(state)) {
      opened?.cancel();
      setStatus('Type one more letter to search.');
      show(state, undefined);
      measureKeystroke(0);
      return;
    }
    run(state);
  };

  queryBox.addEventListener('input', typed);
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

  // Show what the URL asks for; with nothing asked, what was typed or chosen while this module loaded counts as typed.
  const fromUrl = parseState(location.search);
  if (!sameState(fromUrl, EMPTY_STATE)) apply(fromUrl, 'none');
  else if (!sameState(readForm(), EMPTY_STATE)) typed();
}
