/** Views of the catalog that the site's pages show: counts, featured, recent, recently added, related. */
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

/** Each paper's place in the catalog's order (newest first), for breaking ties. */
const catalogRank = perCatalog((catalog): ReadonlyMap<Paper, number> => new Map(catalog.papers.map((paper, rank) => [paper, rank])));

/** Latest `added` first, undated last, then catalog order. */
function byAdded(catalog: Catalog): (a: Paper, b: Paper) => number {
  const rank = catalogRank(catalog);
  return (a, b) => (b.added ?? '').localeCompare(a.added ?? '') || (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

export interface AddedDay {
  /** YYYY-MM-DD. */
  date: string;
  /** Papers added that day, all of them. */
  total: number;
  /** The ones shown: at most the limit, over all days. */
  papers: Paper[];
}

/** Papers by the day they were added, latest day first, `limit` papers shown in all; undated papers are left out. */
export function recentlyAdded(catalog: Catalog, limit = 8): AddedDay[] {
  const byDay = new Map<string, Paper[]>();
  for (const paper of catalog.papers.filter((p) => p.added).sort(byAdded(catalog))) pushTo(byDay, paper.added!, paper);
  const days: AddedDay[] = [];
  let left = limit;
  for (const [date, papers] of byDay) {
    if (left <= 0) break;
    days.push({ date, total: papers.length, papers: papers.slice(0, left) });
    left -= papers.length;
  }
  return days;
}

export interface VenueGroup {
  /** Canonical venue name, or undefined for papers without a venue. */
  venue: string | undefined;
  year: number;
  /** Papers at this venue that year, all of them. */
  total: number;
  /** The ones shown, in catalog order: at most `perGroup`. */
  papers: Paper[];
}

export interface RecentResearch {
  /** The newest year in the catalog, and how many papers it holds. */
  year: number;
  yearTotal: number;
  groups: VenueGroup[];
}

/**
 * The newest papers grouped by venue and year, the awesome list's "recent
 * research" section derived instead of hand-kept: the newest year first,
 * busiest venue first within a year, unknown venue last. Bounded however
 * large the catalog grows: at most `groups` groups of `perGroup` papers,
 * reaching back into earlier years only while the newest has too few venues.
 */
export function recentByVenue(catalog: Catalog, { groups: most = 6, perGroup = 3 } = {}): RecentResearch | undefined {
  const year = catalog.papers[0]?.year;
  if (year === undefined) return undefined;
  const byYear = new Map<number, Map<string | undefined, Paper[]>>();
  for (const paper of catalog.papers) {
    if (!byYear.has(paper.year)) {
      // catalog.papers is newest first: once enough years hold enough venues, stop reading.
      const venues = [...byYear.values()].reduce((n, v) => n + v.size, 0);
      if (venues >= most) break;
      byYear.set(paper.year, new Map());
    }
    pushTo(byYear.get(paper.year)!, paper.venue, paper);
  }
  const groups = [...byYear].flatMap(([y, venues]) =>
    [...venues]
      .map(([venue, papers]) => ({ venue, year: y, total: papers.length, papers: papers.slice(0, perGroup) }))
      .sort((a, b) => {
        if ((a.venue === undefined) !== (b.venue === undefined)) return a.venue === undefined ? 1 : -1;
        return b.total - a.total || (a.venue ?? '').localeCompare(b.venue ?? '');
      }),
  );
  const yearTotal = [...byYear.get(year)!.values()].reduce((n, papers) => n + papers.length, 0);
  return { year, yearTotal, groups: groups.slice(0, most) };
}

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
