/**
 * What the author pages, the paper bylines and the insights chart show about
 * people. Co-authors and categories come from one pass over every byline,
 * memoised per catalog: 371 author pages each scanning 611 papers would make
 * the build grow with pages × catalog.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Author } from '../catalog/people.ts';
import type { Category, Paper } from '../catalog/schema.ts';
import { countTo } from '../catalog/group.ts';
import { perCatalog } from '../catalog/per-catalog.ts';
import { authorsWithPages, hasAuthorPage } from './authors.ts';
import { groupByYear, type YearGroup } from './year-groups.ts';
import { hostOf } from './format.ts';

export interface Coauthor {
  author: Author;
  /** Papers the two share in this catalog. */
  shared: number;
  hasPage: boolean;
}

export interface AuthorCategory {
  category: Category;
  /** The author's papers filed directly under it. */
  count: number;
}

export interface AuthorView {
  author: Author;
  /** Newest year first; papers in catalog order within a year. */
  years: YearGroup<Paper>[];
  /** Most shared papers first, then by name. */
  coauthors: Coauthor[];
  /** Most papers first, then in taxonomy order. */
  categories: AuthorCategory[];
  /** Where in each paper's byline the author stands, so a shortened byline can keep them in view. */
  positionIn: Map<string, number>;
}

const byShared = (a: Coauthor, b: Coauthor) => b.shared - a.shared || a.author.name.localeCompare(b.author.name) || a.author.id.localeCompare(b.author.id);

/** Co-author and category tallies of every author, from one pass over the bylines. */
const tallies = perCatalog((catalog: Catalog) => {
  const coauthors = new Map<string, Map<string, number>>();
  const categories = new Map<string, Map<string, number>>();
  for (const paper of catalog.papers) {
    const byline = catalog.people.bylineOf.get(paper.id) ?? [];
    // One person listed twice on a paper counts once.
    const ids = [...new Set(byline.map((entry) => entry.author.id))];
    for (const id of ids) {
      if (!coauthors.has(id)) coauthors.set(id, new Map());
      if (!categories.has(id)) categories.set(id, new Map());
      for (const other of ids) if (other !== id) countTo(coauthors.get(id)!, other);
      for (const category of new Set(paper.categories)) countTo(categories.get(id)!, category);
    }
  }
  const order = new Map(catalog.categories.map((c, i) => [c.id, i]));
  const views = new Map<string, AuthorView>();
  for (const author of catalog.people.authors) {
    views.set(author.id, {
      author,
      // Every year open: a person's list is short, and the page is about it.
      years: groupByYear(author.papers, { openAtLeast: Infinity }),
      coauthors: [...(coauthors.get(author.id) ?? [])]
        .map(([id, shared]) => {
          const other = catalog.people.authorById.get(id)!;
          return { author: other, shared, hasPage: hasAuthorPage(other) };
        })
        .sort(byShared),
      categories: [...(categories.get(author.id) ?? [])]
        .flatMap(([id, count]) => {
          const category = catalog.categoryById.get(id);
          return category ? [{ category, count }] : [];
        })
        .sort((a, b) => b.count - a.count || order.get(a.category.id)! - order.get(b.category.id)!),
      positionIn: new Map(author.papers.map((paper) => [paper.id, catalog.people.bylineOf.get(paper.id)!.findIndex((entry) => entry.author.id === author.id)])),
    });
  }
  return views;
});

/** Co-authors an author page shows before folding the rest. */
export const COAUTHORS_SHOWN = 12;

/** The author page of `id`, or undefined for someone without one. */
export function authorView(catalog: Catalog, id: string): AuthorView | undefined {
  const view = tallies(catalog).get(id);
  return view && hasAuthorPage(view.author) ? view : undefined;
}

export interface AuthorsIndex {
  /** Everyone with a page, most papers first. */
  authors: Author[];
  papers: number;
  papersWithAuthors: number;
  /** Everyone named in an author list. */
  people: number;
  /** People named on one paper only, who get no page. */
  onePaper: number;
}

export const authorsIndex = perCatalog((catalog: Catalog): AuthorsIndex => {
  const authors = authorsWithPages(catalog);
  return {
    authors,
    papers: catalog.papers.length,
    papersWithAuthors: catalog.papers.filter((p) => p.authors && p.authors.length > 0).length,
    people: catalog.people.authors.length,
    onePaper: catalog.people.authors.length - authors.length,
  };
});

export interface BylineName {
  /** As the paper prints it. */
  name: string;
  /** The person's page id, when they have one. */
  authorId?: string;
}

export interface Byline {
  /** Shown at once. */
  shown: BylineName[];
  /** Behind "Show all N authors" (empty when the list is short). */
  folded: BylineName[];
  total: number;
  /** Where the list was read, when recorded. */
  source?: { url: string; host: string };
}

/** Lists longer than this fold after BYLINE_SHOWN names. */
export const BYLINE_FOLD_OVER = 10;
export const BYLINE_SHOWN = 8;

/** A paper page's byline, every author in printed order; undefined when the paper has no authors yet. */
export function bylineView(catalog: Catalog, paper: Paper): Byline | undefined {
  const entries = catalog.people.bylineOf.get(paper.id) ?? [];
  if (entries.length === 0) return undefined;
  const names = entries.map(({ name, author }) => ({ name, authorId: hasAuthorPage(author) ? author.id : undefined }));
  const cut = names.length > BYLINE_FOLD_OVER ? BYLINE_SHOWN : names.length;
  return {
    shown: names.slice(0, cut),
    folded: names.slice(cut),
    total: names.length,
    source: paper.authors_source ? { url: paper.authors_source, host: hostOf(paper.authors_source) } : undefined,
  };
}

/** The `limit` authors with most papers in the catalog, for the insights chart; only people with a page. */
export function prolificAuthors(catalog: Catalog, limit = 15): Author[] {
  return authorsWithPages(catalog).slice(0, limit);
}
