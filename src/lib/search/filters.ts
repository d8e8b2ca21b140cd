/**
 * The search page's filters. They apply with or without a query; with an
 * empty query they turn the result list into a faceted listing.
 */
import type { SearchRecord } from './search-index.ts';
import type { SearchState } from './query-state.ts';

export type Filters = Pick<SearchState, 'category' | 'venue' | 'from' | 'to' | 'code'>;

/**
 * A category filter includes everything below it: records carry their categories' ancestors.
 * A conference includes its workshops (CVPR → CVPRW), as "cvpr 2023" is meant.
 * Author records show only when nothing is filtered.
 */
export function matchesFilters(record: SearchRecord, filters: Filters): boolean {
  // A person is no paper of a category, venue or year: any filter leaves authors out.
  if (record.kind === 'author' && (filters.category || filters.venue || filters.from !== undefined || filters.to !== undefined || filters.code)) return false;
  if (filters.category && !record.categoryIds.includes(filters.category)) return false;
  if (filters.venue && record.venue !== filters.venue && record.venue !== `${filters.venue}W`) return false;
  if (filters.from !== undefined && record.year < filters.from) return false;
  if (filters.to !== undefined && record.year > filters.to) return false;
  if (filters.code && !record.code) return false;
  return true;
}
