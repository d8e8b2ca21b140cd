/** The papers a category page lists, as one .ris file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { collectionDownload } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => getCatalog().categories.map((category) => ({ params: { id: category.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { body, contentType } = collectionDownload(getCatalog(), 'categories', params.id!, 'ris');
  return new Response(body, { headers: { 'content-type': contentType } });
};
