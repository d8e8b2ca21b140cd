import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap.ts';
import { siteRootUrl } from '../lib/site/site-url.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(siteRootUrl(site, import.meta.env.BASE_URL)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
