import type { Catalog } from '../catalog/catalog.ts';
import { siteCounts } from './site-views.ts';

export function summarize(catalog: Catalog): string {
  const { papers, withCode, datasets, categories } = siteCounts(catalog);
  return `${papers} papers (${withCode} with code), ${datasets} datasets, ${categories} categories, ${catalog.venues.length} venues`;
}
