/**
 * Which authors get a page, and how a byline is shortened. One paper in the
 * catalog says little about a person; two or more make a page worth having.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Author } from '../catalog/people.ts';
import type { Paper } from '../catalog/schema.ts';

export const AUTHOR_PAGE_MIN_PAPERS = 2;

export const hasAuthorPage = (author: Author) => author.papers.length >= AUTHOR_PAGE_MIN_PAPERS;

/** A paper's authors as citations should give them (see BylineEntry.cited); undefined when none are recorded. */
export function citedAuthors(catalog: Pick<Catalog, 'people'>, paper: Paper): string[] | undefined {
  const byline = catalog.people.bylineOf.get(paper.id);
  return byline?.length ? byline.map((entry) => entry.cited) : paper.authors;
}

/** Authors with a page, most papers first, then by name. */
export const authorsWithPages = (catalog: Catalog): Author[] => catalog.people.authors.filter(hasAuthorPage);

/**
 * "Karsten Roth, Latha Pemula, Joaquin Zepeda et al." — at most `shown` names,
 * then "et al.". `keep` is a name that must stay visible (on an author's own
 * page, theirs): "Ann Smith, Bob Jones, …, Yunkang Cao et al.".
 */
export function shortByline(names: readonly string[], shown = 3, keep?: number): string {
  if (names.length <= shown + 1) return names.join(', ');
  if (keep === undefined || keep < shown) return `${names.slice(0, shown).join(', ')} et al.`;
  const rest = keep < names.length - 1 ? ' et al.' : '';
  return `${names.slice(0, shown - 1).join(', ')}, …, ${names[keep]}${rest}`;
}
