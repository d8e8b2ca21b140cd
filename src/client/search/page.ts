/**
 * The search page's entry, shipped with the page: it only decides when the
 * search is needed. A URL that asks for a search (?q=… or a filter) needs it
 * at once; otherwise nothing — no index, no worker, no fuse.js — loads until
 * the visitor turns to the form (focus, typing, a filter), so a plain visit
 * costs this script alone. The header box loads its own way (bootstrap.ts).
 */
import { hasFilters, parseState } from '../../lib/search/query-state.ts';

const NEED = ['focusin', 'input', 'change'] as const;

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  if (!form) return;
  const start = () => {
    for (const type of NEED) form.removeEventListener(type, start);
    void import('./page-results.ts').then((module) => module.startResults(form));
  };
  const asked = parseState(location.search);
  if (asked.q || hasFilters(asked)) start();
  else for (const type of NEED) form.addEventListener(type, start);
}
