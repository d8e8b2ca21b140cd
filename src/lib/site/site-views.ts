/** Views of the catalog that the site's pages show: counts, featured, recent, related. */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { ancestors, hasCode } from '../catalog/queries.ts';
import { perCatalog } from '../catalog/per-catalog.ts';
import { pushTo } from '../catalog/group.ts';

export interface SiteCounts {
  papers: number;
  datasets: number;
  categories: number;
  withCode: number;
}

export function siteCounts(catalog: Catalog): SiteCounts {
  return {
    papers: catalog.papers.length,
    datasets: catalog.datasets.length,
    categories: catalog.categories.length,
    withCode: catalog.papers.filter(hasCode).length,
  };
}

export function featuredPapers(catalog: Catalog): Paper[] {
  return catalog.papers.filter((paper) => paper.featured);
}

/**
 * Papers per category including descendants, for every category at once:
 * the same numbers as papersIn(catalog, id).length, without a scan per node.
 */
export const deepPaperCounts = perCatalog((catalog): ReadonlyMap<string, number> => {
  const counts = new Map(catalog.categories.map((c) => [c.id, 0]));
  for (const paper of catalog.papers) {
    const reached = new Set(paper.categories.flatMap((id) => ancestors(catalog, id).map((c) => c.id)));
    for (const id of reached) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
});

export interface VenueGroup {
  /** Canonical venue name, or undefined for papers without a venue. */
  venue: string | undefined;
  papers: Paper[];
}

/**
 * The newest year's papers grouped by venue, busiest venue first: the
 * awesome list's "recent research" section, derived instead of hand-kept.
 */
export function recentByVenue(catalog: Catalog): { year: number; groups: VenueGroup[] } | undefined {
  const year = catalog.papers[0]?.year;
  if (year === undefined) return undefined;
  const byVenue = new Map<string | undefined, Paper[]>();
  for (const paper of catalog.papers) {
    if (paper.year !== year) continue;
    pushTo(byVenue, paper.venue, paper);
  }
  const groups = [...byVenue].map(([venue, papers]) => ({ venue, papers }));
  groups.sort((a, b) => {
    if ((a.venue === undefined) !== (b.venue === undefined)) return a.venue === undefined ? 1 : -1;
    return b.papers.length - a.papers.length || (a.venue ?? '').localeCompare(b.venue ?? '');
  });
  return { year, groups };
}

/** Each paper's place in the catalog's order (newest first), for breaking ties. */
const catalogRank = perCatalog((catalog): ReadonlyMap<Paper, number> => new Map(catalog.papers.map((paper, rank) => [paper, rank])));

/**
 * Papers sharing a category with `paper`, most shared categories first, then
 * newest. Only papers filed under one of its categories are looked at: every
 * paper page asks, and a scan of the catalog each made the build quadratic.
 */
export function relatedPapers(catalog: Catalog, paper: Paper, limit = 8): Paper[] {
  const direct = directPapers(catalog);
  const rank = catalogRank(catalog);
  const shared = new Map<Paper, number>();
  for (const id of new Set(paper.categories)) {
    for (const other of direct.get(id) ?? []) if (other.id !== paper.id) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return [...shared]
    .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .slice(0, limit)
    .map(([other]) => other);
}

/** Papers filed directly under each category (not its descendants), in catalog order. */
export const directPapers = perCatalog((catalog): ReadonlyMap<string, readonly Paper[]> => {
  const byCategory = new Map<string, Paper[]>(catalog.categories.map((c) => [c.id, []]));
  for (const paper of catalog.papers) for (const id of paper.categories) byCategory.get(id)?.push(paper);
  return byCategory;
});
