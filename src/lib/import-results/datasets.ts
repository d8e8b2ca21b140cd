/**
 * A dataset name as a results page prints it ("MVTec LOCO-AD", "MAD_Real",
 * "DAGM") → a catalog dataset, by its name, an alias or one of its subsets.
 * Only whole names count: "MVTec LOCO" is not MVTec AD with a subset "LOCO".
 */
import type { Catalog } from '../catalog/catalog.ts';

export interface DatasetMatch {
  dataset: string;
  subset?: string;
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export class DatasetMatcher {
  private byName = new Map<string, DatasetMatch>();

  constructor(catalog: Pick<Catalog, 'datasets'>) {
    for (const dataset of catalog.datasets) {
      for (const name of [dataset.name, ...(dataset.aliases ?? []), dataset.id]) this.byName.set(key(name), { dataset: dataset.id });
    }
    // A subset's name only names the subset, even where it equals nothing else.
    for (const dataset of catalog.datasets) for (const subset of dataset.subsets ?? []) this.byName.set(key(subset), { dataset: dataset.id, subset });
  }

  match(name: string): DatasetMatch | undefined {
    return this.byName.get(key(name));
  }
}
