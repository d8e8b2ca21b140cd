/** One paper's BibTeX as a file, the same entry the page shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { bibtexEntry } from '../../lib/site/bibtex.ts';
import { BIBTEX_TYPE } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => getCatalog().papers.map((paper) => ({ params: { id: paper.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  return new Response(bibtexEntry(catalog.paperById.get(params.id!)!, catalog.venueByName), { headers: { 'content-type': BIBTEX_TYPE } });
};
