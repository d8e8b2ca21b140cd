/** One paper as an RIS record, for EndNote, Zotero, Mendeley and RefWorks. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { citedAuthors } from '../../lib/site/authors.ts';
import { risRecord } from '../../lib/site/ris.ts';
import { RIS_TYPE } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => getCatalog().papers.map((paper) => ({ params: { id: paper.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  const paper = catalog.paperById.get(params.id!)!;
  return new Response(risRecord(paper, catalog.venueByName, citedAuthors(catalog, paper)), { headers: { 'content-type': RIS_TYPE } });
};
