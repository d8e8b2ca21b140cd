/** The whole validated catalog as one JSON document, for people who want the data rather than the site. */
import type { Catalog } from '../catalog/catalog.ts';

export const CATALOG_JSON_VERSION = 1;

export function catalogJson(catalog: Catalog, { license }: { license: string }): string {
  const document = {
    format: 'iad-atlas-catalog',
    version: CATALOG_JSON_VERSION,
    license,
    venues: catalog.venues,
    categories: catalog.categories,
    papers: catalog.papers,
    datasets: catalog.datasets,
    // Who is who across author lists (spellings folded, data/people.yaml applied): each person's id, shown name and papers.
    people: catalog.people.authors.map((author) => ({ id: author.id, name: author.name, papers: author.papers.map((p) => p.id) })),
    // Benchmark results as validated, values as each source prints them (a table's `scale` says 1 or 100).
    metrics: catalog.metrics,
    benchmarks: catalog.benchmarks,
    results: catalog.results,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
