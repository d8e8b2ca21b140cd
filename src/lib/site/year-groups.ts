/**
 * Long lists of papers folded by year: every year becomes a <details> whose
 * summary says how many papers it holds, and only the newest years start
 * open. The HTML stays complete (folded papers are in the page, found by
 * find-in-page and counted by the filters), yet a phone scrolls through one
 * or two years instead of the whole catalog.
 */
import { pushTo } from '../catalog/group.ts';

export interface YearGroup<T> {
  year: number;
  /** In the order they were given. */
  items: T[];
  /** Starts unfolded. */
  open: boolean;
}

/**
 * How many papers the open years should hold at least: the newest year opens
 * alone when it is busy, and early in a year (a handful of papers) the year
 * before opens too, so a page never starts nearly empty.
 */
export const OPEN_AT_LEAST = 20;

/** Items grouped by year, newest year first; the newest years open until they hold `openAtLeast` items. */
export function groupByYear<T extends { year: number }>(items: readonly T[], { openAtLeast = OPEN_AT_LEAST }: { openAtLeast?: number } = {}): YearGroup<T>[] {
  const byYear = new Map<number, T[]>();
  for (const item of items) pushTo(byYear, item.year, item);
  let open = 0;
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const group = { year, items: list, open: open < openAtLeast };
      if (group.open) open += list.length;
      return group;
    });
}

/** The fragment id of a year's group: the same on every page (#y2024), so links read alike. */
export const yearAnchor = (year: number) => `y${year}`;
