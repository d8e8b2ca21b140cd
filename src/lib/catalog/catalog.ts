/**
 * The validated catalog with its lookup indexes. Built once by the loader;
 * everything that reads data (pages, scripts, tests) goes through it.
 */
import type { Category, Dataset, Paper, Venue } from './schema.ts';
import { pushTo } from './group.ts';

export interface Catalog {
  venues: Venue[];
  /** Depth-first taxonomy order: each parent before its children, siblings by `order`. */
  categories: Category[];
  /** Newest first, then by title. */
  papers: Paper[];
  /** By name. */
  datasets: Dataset[];
  categoryById: Map<string, Category>;
  paperById: Map<string, Paper>;
  datasetById: Map<string, Dataset>;
  venueByName: Map<string, Venue>;
  /** Child categories in display order; key '' holds the top-level branches. */
  childrenOf: Map<string, Category[]>;
}

const byOrder = (a: Category, b: Category) => a.order - b.order || a.name.localeCompare(b.name);

export function buildCatalog(input: { venues: Venue[]; categories: Category[]; papers: Paper[]; datasets: Dataset[] }): Catalog {
  const childrenOf = new Map<string, Category[]>();
  for (const category of input.categories) pushTo(childrenOf, category.parent ?? '', category);
  for (const list of childrenOf.values()) list.sort(byOrder);
  const categories: Category[] = [];
  const walk = (key: string) => {
    for (const child of childrenOf.get(key) ?? []) {
      categories.push(child);
      walk(child.id);
    }
  };
  walk('');
  const papers = [...input.papers].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const datasets = [...input.datasets].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    venues: input.venues,
    categories,
    papers,
    datasets,
    categoryById: new Map(categories.map((c) => [c.id, c])),
    paperById: new Map(papers.map((p) => [p.id, p])),
    datasetById: new Map(datasets.map((d) => [d.id, d])),
    venueByName: new Map(input.venues.map((v) => [v.name, v])),
    childrenOf,
  };
}
