/**
 * A view of the catalog computed once per catalog object. Pages call these on
 * every render (one call per category or paper page), so a scan per call
 * would make the build grow with pages × catalog. Callers must not mutate
 * what they get back: it is shared.
 */
import type { Catalog } from './catalog.ts';

export function perCatalog<T>(compute: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const cache = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!cache.has(catalog)) cache.set(catalog, compute(catalog));
    return cache.get(catalog) as T;
  };
}
