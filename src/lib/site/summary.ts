import type { Catalog } from '../catalog/catalog.ts';
import { siteCounts } from './site-views.ts';

export function summarize(catalog: Catalog): string {
  const { papers, withCode, datasets, categories } = siteCounts(catalog);
  const base = `${papers} papers (${withCode} with code), ${datasets} datasets, ${categories} categories, ${catalog.venues.length} venues`;
  if (!catalog.results.length && !catalog.benchmarks.length) return base;
  const values = catalog.results.reduce((n, table) => n + table.rows.reduce((m, row) => m + Object.keys(row.values).length, 0), 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${base}, ${plural(catalog.benchmarks.length, 'benchmark')}, ${plural(catalog.results.length, 'results table')} (${plural(values, 'value')})`;
}
