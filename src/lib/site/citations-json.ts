/**
 * /citations.json: every paper's BibTeX entry and RIS record, by paper id,
 * for the search page's "Download these papers". It is fetched only when
 * someone asks for a download, so neither the search index nor the page's
 * script grows for it; the entries are the ones bibtex.ts and ris.ts write
 * everywhere else.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { bibtexEntry } from './bibtex.ts';
import { risRecord } from './ris.ts';
import { citedAuthors } from './authors.ts';

/** Paper id → [BibTeX entry, RIS record]. */
export type CitationsJson = Record<string, [bib: string, ris: string]>;

export function citationsJson(catalog: Catalog): CitationsJson {
  return Object.fromEntries(catalog.papers.map((paper) => [paper.id, [bibtexEntry(paper, catalog.venueByName, citedAuthors(catalog, paper)), risRecord(paper, catalog.venueByName, citedAuthors(catalog, paper))]]));
}
