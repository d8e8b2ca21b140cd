/**
 * The citation downloads beside a list of papers: a category's or an author's
 * papers as one .bib or .ris file, exactly the papers that page lists and in
 * its order.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { papersIn } from '../catalog/queries.ts';
import { bibtexFile } from './bibtex.ts';
import { risFile } from './ris.ts';
import { citedAuthors, hasAuthorPage } from './authors.ts';

export const BIBTEX_TYPE = 'text/plain; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';

/** The papers a category or author page lists, and what its file header calls them. */
export function collectionPapers(catalog: Catalog, kind: 'categories' | 'authors', id: string): { title: string; papers: Paper[] } {
  if (kind === 'categories') {
    const category = catalog.categoryById.get(id);
    if (!category) throw new Error(`no category ${id}`);
    const papers = papersIn(catalog, id);
    return { title: `${category.name}: the ${papers.length} papers of its category page, sub-categories included.`, papers };
  }
  const author = catalog.people.authorById.get(id);
  if (!author || !hasAuthorPage(author)) throw new Error(`no author page ${id}`);
  return { title: `${author.name}: the ${author.papers.length} papers of their author page.`, papers: author.papers };
}

export function collectionDownload(catalog: Catalog, kind: 'categories' | 'authors', id: string, format: 'bib' | 'ris'): { body: string; contentType: string } {
  const { title, papers } = collectionPapers(catalog, kind, id);
  return format === 'bib'
    ? { body: bibtexFile(title, papers, catalog.venueByName, (paper) => citedAuthors(catalog, paper)), contentType: BIBTEX_TYPE }
    : { body: risFile(papers, catalog.venueByName, (paper) => citedAuthors(catalog, paper)), contentType: RIS_TYPE };
}
