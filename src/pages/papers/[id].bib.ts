/** One paper's BibTeX as a file, the same entry the page shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { citedAuthors } from '../../lib/site/authors.ts';
import { bibtexEntry } from '../../lib/site/bibtex.ts';
import { BIBTEX_TYPE } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => getCatalog().papers.map((paper) => ({ params: { id: paper.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  const paper = catalog.paperById.get(params.id!)!;
  return new Response(bibtexEntry(paper, catalog.venueByName, citedAuthors(catalog, paper)), { headers: { 'content-type': BIBTEX_TYPE } });
};
