/** One paper as an RIS record, for EndNote, Zotero, Mendeley and RefWorks. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { risRecord } from '../../lib/site/ris.ts';
import { RIS_TYPE } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => getCatalog().papers.map((paper) => ({ params: { id: paper.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  return new Response(risRecord(catalog.paperById.get(params.id!)!, catalog.venueByName), { headers: { 'content-type': RIS_TYPE } });
};
