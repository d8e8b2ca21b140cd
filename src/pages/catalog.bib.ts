import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/load.ts';
import { catalogBibtex } from '../lib/bibtex.ts';

export const GET: APIRoute = () => new Response(catalogBibtex(getCatalog()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
