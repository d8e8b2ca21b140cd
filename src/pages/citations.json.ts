/** /citations.json: BibTeX and RIS by paper id, fetched by the search page only for a download (lib/site/citations-json.ts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { citationsJson } from '../lib/site/citations-json.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(citationsJson(getCatalog())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
