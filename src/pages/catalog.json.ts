import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/load.ts';
import { catalogJson } from '../lib/catalog-export.ts';
import { dataLicense } from '../lib/site-config.ts';

export const GET: APIRoute = () =>
  new Response(catalogJson(getCatalog(), { license: dataLicense.name }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
