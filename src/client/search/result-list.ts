/**
 * The search page's result lists (results, closest titles). Each keystroke
 * re-renders the list, so rows are kept and updated in place rather than
 * rebuilt: a row whose record and highlights are unchanged is not touched,
 * and only rows past the end are created or removed. Catalog text goes in
 * through textContent (render.ts).
 */
import type { ResultView } from './protocol.ts';
import { el, highlightedTitle, hrefFor, metaLine } from './render.ts';

interface Row {
  item: HTMLLIElement;
  link: HTMLAnchorElement;
  byline: HTMLParagraphElement;
  meta: HTMLParagraphElement;
  /** What the row shows: record URL plus highlight ranges. */
  key: string;
}

export interface ResultList {
  /** Shows `views` in order; `marked` highlights the matched parts of titles. */
  show(views: readonly ResultView[], marked: boolean): void;
}

export function resultList(list: HTMLElement, base: string): ResultList {
  const rows: Row[] = [];
  const createRow = (): Row => {
    const item = el('li');
    const link = el('a', 'font-medium');
    const byline = el('p', 'text-sm');
    const meta = el('p', 'text-sm text-muted');
    item.append(link, byline, meta);
    list.append(item);
    return { item, link, byline, meta, key: '' };
  };
  return {
    show(views, marked) {
      views.forEach((view, i) => {
        const row = (rows[i] ??= createRow());
        const key = `${view.url} ${marked ? JSON.stringify(view.titleRanges) : ''}`;
        if (row.key === key) return;
        row.key = key;
        row.link.href = hrefFor(base, view);
        if (marked) row.link.replaceChildren(highlightedTitle(view));
        else row.link.textContent = view.title;
        row.item.dataset.kind = view.kind;
        row.byline.textContent = view.byline;
        row.byline.hidden = !view.byline;
        row.meta.textContent = metaLine(view);
      });
      for (const row of rows.splice(views.length)) row.item.remove();
    },
  };
}
