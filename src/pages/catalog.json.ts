import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { catalogJson } from '../lib/site/catalog-export.ts';
import { dataLicense } from '../lib/site/site-config.ts';

export const GET: APIRoute = () =>
  new Response(catalogJson(getCatalog(), { license: dataLicense.name }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
