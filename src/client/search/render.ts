/**
 * DOM builders for search results. Every string from the catalog goes in
 * through textContent or a text node — never innerHTML — so a title such as
 * "<img src=x onerror=…>" is shown, not run.
 */
import { highlightSegments } from '../../lib/search/highlight.ts';
import type { ResultView } from './protocol.ts';

/** User-timing measure from a keystroke to its results in the DOM; read by the search benchmark. */
export const KEYSTROKE_MEASURE = 'search:keystroke';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The title with matched parts in <mark> elements. */
export function highlightedTitle(view: ResultView): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlightSegments(view.title, view.titleRanges)) {
    fragment.append(segment.marked ? el('mark', 'search-mark', segment.text) : document.createTextNode(segment.text));
  }
  return fragment;
}

const KIND_LABEL: Record<ResultView['kind'], string> = { paper: '', dataset: 'Dataset', leaderboard: 'Leaderboard', author: 'Author' };

/** "Dataset · CVPR · 2023 · Memory Bank, Few-Shot AD · code", "Leaderboard · 2024", "Author · 7 papers" */
export function metaLine(view: ResultView): string {
  if (view.kind === 'author') return `Author · ${view.papers ?? 0} ${view.papers === 1 ? 'paper' : 'papers'}`;
  return [KIND_LABEL[view.kind], view.venue, String(view.year), view.categories.join(', '), view.code ? 'code' : ''].filter(Boolean).join(' · ');
}

/** The site base URL ("/" or "/repo/") joined with a record's route. */
export function hrefFor(base: string, view: ResultView): string {
  return `${base.replace(/\/?$/, '/')}${view.url}`;
}

export function countText(total: number, query: string): string {
  const noun = total === 1 ? 'result' : 'results';
  return query ? `${total} ${noun} for “${query}”` : `${total} ${noun}`;
}
