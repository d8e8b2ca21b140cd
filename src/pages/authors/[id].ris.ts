/** The papers an author page lists, as one .ris file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/load.ts';
import { authorsWithPages } from '../../lib/site/authors.ts';
import { collectionDownload } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => authorsWithPages(getCatalog()).map((author) => ({ params: { id: author.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { body, contentType } = collectionDownload(getCatalog(), 'authors', params.id!, 'ris');
  return new Response(body, { headers: { 'content-type': contentType } });
};
