import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { catalogBibtex } from '../lib/site/bibtex.ts';

export const GET: APIRoute = () => new Response(catalogBibtex(getCatalog()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
