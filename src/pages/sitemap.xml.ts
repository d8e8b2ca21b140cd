import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { siteRootUrl } from '../lib/site/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(getCatalog(), siteRootUrl(site, import.meta.env.BASE_URL)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
