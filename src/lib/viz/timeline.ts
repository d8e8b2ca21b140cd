/**
 * The catalog as a timeline: every paper exactly once, grouped by year
 * (oldest first, like the awesome list's picture), coloured by the top-level
 * branch of its first category and filterable by any branch it belongs to.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { routes, withBase } from '../site/routes.ts';
import { countTo, pushTo } from '../catalog/group.ts';
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

export function timeline(catalog: Catalog, { base }: { base: string }): Timeline {
  const all = branches(catalog);
  const byYear = new Map<number, TimelineItem[]>();
  const counts = new Map<string, number>();
  // catalog.papers is newest first, then by title: keep title order inside a year.
  for (const paper of catalog.papers) {
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
    pushTo(byYear, paper.year, item);
  }
  return {
    years: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, items]) => ({
        year,
        items,
        mix: all.map((branch) => ({ branch, count: items.filter((i) => i.branches[0] === branch).length })).filter((m) => m.count > 0),
      })),
    legend: all.map((branch) => ({ ...branch, count: counts.get(branch.id) ?? 0 })),
    total: catalog.papers.length,
  };
}
