/**
 * /search-index.json: the records the search worker loads on first use.
 * A prebuilt fuse.js index is deliberately not shipped: at this size it
 * roughly doubles the bytes and saves under a millisecond of start-up (see
 * the search section of `npm run bench` and src/lib/search/README.md).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { buildSearchIndexFile } from '../lib/search/search-index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndexFile(getCatalog())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
