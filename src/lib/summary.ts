import type { Catalog } from './catalog.ts';
import { hasCode } from './queries.ts';

export function summarize(catalog: Catalog): string {
  const withCode = catalog.papers.filter(hasCode).length;
  return `${catalog.papers.length} papers (${withCode} with code), ${catalog.datasets.length} datasets, ${catalog.categories.length} categories, ${catalog.venues.length} venues`;
}
