/**
 * The catalog as a timeline: every paper exactly once, grouped by year
 * (oldest first, like the awesome list's picture), coloured by the top-level
 * branch of its first category and filterable by any branch it belongs to.
 * Years fold (site/year-groups.ts): only the newest start open.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { routes, withBase } from '../site/routes.ts';
import { groupByYear } from '../site/year-groups.ts';
import { countTo } from '../catalog/group.ts';
import { branches, paperBranches, type Branch } from './palette.ts';

export interface TimelineItem {
  id: string;
  title: string;
  method?: string;
  venue?: string;
  year: number;
  href: string;
  featured: boolean;
  /** Primary branch first; the filter shows an item when any of them is selected. */
  branches: Branch[];
}

export interface TimelineYear {
  year: number;
  items: TimelineItem[];
  /** Items per primary branch, in taxonomy order, for the year's overview bar. */
  mix: { branch: Branch; count: number }[];
  /** Starts unfolded: the newest years. */
  open: boolean;
}

export interface BranchCount extends Branch {
  /** Papers filed anywhere in the branch. */
  count: number;
}

export interface Timeline {
  years: TimelineYear[];
  legend: BranchCount[];
  total: number;
}

export interface TimelineOptions {
  base: string;
  /** Papers the open years hold at least (site/year-groups.ts). */
  openAtLeast?: number;
}

export function timeline(catalog: Catalog, { base, openAtLeast }: TimelineOptions): Timeline {
  const all = branches(catalog);
  const counts = new Map<string, number>();
  // catalog.papers is newest first, then by title: keep title order inside a year.
  const items = catalog.papers.map((paper): TimelineItem => {
    const item: TimelineItem = {
      id: paper.id,
      title: paper.title,
      method: paper.method,
      venue: paper.venue,
      year: paper.year,
      href: withBase(base, routes.paper(paper.id)),
      featured: paper.featured === true,
      branches: paperBranches(catalog, paper, all),
    };
    for (const branch of item.branches) countTo(counts, branch.id);
    return item;
  });
  return {
    years: groupByYear(items, { openAtLeast })
      .reverse()
      .map(({ year, items: inYear, open }) => ({
        year,
        items: inYear,
        mix: all.map((branch) => ({ branch, count: inYear.filter((i) => i.branches[0] === branch).length })).filter((m) => m.count > 0),
        open,
      })),
    legend: all.map((branch) => ({ ...branch, count: counts.get(branch.id) ?? 0 })),
    total: catalog.papers.length,
  };
}
