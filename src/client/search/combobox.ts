/**
 * The header search box as an ARIA combobox: results drop down as you type,
 * arrow keys move through them, Enter opens one, Escape closes the list.
 * Enter with no result selected submits the form to the search page, as it
 * does without JavaScript.
 */
import { EMPTY_STATE, serializeState } from '../../lib/search/query-state.ts';
import { searchChannel } from './client.ts';
import type { ResultView, SearchResponse } from './protocol.ts';
import { KEYSTROKE_MEASURE, countText, el, highlightedTitle, hrefFor, metaLine } from './render.ts';

const SHOWN = 8;

export function enhanceAll(inputs: HTMLInputElement[], focused?: HTMLInputElement) {
  for (const input of inputs) enhance(input);
  if (focused?.value.trim()) focused.dispatchEvent(new Event('input'));
}

function enhance(input: HTMLInputElement) {
  const form = input.form;
  if (!form || input.dataset.searchEnhanced) return;
  input.dataset.searchEnhanced = '';
  const searchPage = new URL(form.action);
  const base = new URL('..', searchPage).pathname;

  const listId = `${input.id || 'site-search'}-listbox`;
  const list = el('ul', 'search-listbox');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  const status = el('div', 'sr-only');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.classList.add('relative');
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  const channel = searchChannel(new URL('search-index.json', new URL('..', searchPage)).href, input.id || 'header', () => {
    setOpen(false);
    status.textContent = 'Search is unavailable right now; press Enter to open the search page.';
  });

  let hrefs: string[] = [];
  let active = -1;
  let typedAt = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    active = index;
    options().forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      option.classList.toggle('bg-accent-soft', i === index);
    });
    if (index >= 0) {
      const option = options()[index];
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (index: number, href: string, content: Node[]) => {
    const item = el('li', 'search-option');
    item.id = `${listId}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.append(...content);
    item.addEventListener('click', () => location.assign(href));
    hrefs.push(href);
    return item;
  };

  const render = (response: SearchResponse, query: string) => {
    hrefs = [];
    // Nothing matched: offer the closest titles rather than an empty list.
    const views = response.total > 0 ? response.results : response.nearest.slice(0, SHOWN);
    const items: HTMLLIElement[] = views.map((view: ResultView, i) => {
      const title = el('div', 'search-option-title');
      title.append(response.total > 0 ? highlightedTitle(view) : view.title);
      const content = [title, el('div', 'search-option-meta', metaLine(view))];
      if (view.byline) content.splice(1, 0, el('div', 'search-option-byline', view.byline));
      return option(i, hrefFor(base, view), content);
    });
    const all = `${searchPage.pathname}?${serializeState({ ...EMPTY_STATE, q: query })}`;
    const allLabel = response.total > 0 ? `All ${countText(response.total, query)} →` : 'Looser searches on the search page →';
    items.push(option(items.length, all, [el('div', 'text-accent', allLabel)]));
    const closest = views.length > 0 && response.total === 0 ? `; the ${views.length} closest titles are listed` : '';
    if (response.total === 0) {
      const note = el('li', 'px-3 py-2 text-muted', `No matches for “${query}”${views.length ? '. Closest titles:' : '.'}`);
      note.setAttribute('role', 'presentation');
      items.unshift(note);
    }
    list.replaceChildren(...items);
    status.textContent = `${countText(response.total, query)}${closest}`;
    active = -1;
    setOpen(true);
    if (typedAt) performance.measure(KEYSTROKE_MEASURE, { start: typedAt, detail: { searchMs: response.searchMs } });
    typedAt = 0;
  };

  input.addEventListener('input', () => {
    const query = input.value.replace(/\s+/g, ' ').trim();
    if (query.length < 2) {
      setOpen(false);
      status.textContent = '';
      return;
    }
    typedAt = performance.now();
    channel.search({ ...EMPTY_STATE, q: query }, SHOWN, (response) => render(response, query));
  });

  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      if (list.hidden) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      location.assign(hrefs[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      setOpen(false);
    }
  });

  // Keep focus in the box while a result is clicked; close when focus leaves the form.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount && input.value.trim().length >= 2) setOpen(true);
  });
}
