/** sitemap.xml and robots.txt for search engines: every public page, no dates (builds stay reproducible). */
import type { Catalog } from '../catalog/catalog.ts';
import { routes } from './routes.ts';
import { leaderboards } from './leaderboards.ts';
import { escapeXml } from './xml.ts';
import { authorsWithPages } from './authors.ts';

/** Every HTML page of the site, as routes relative to the base. */
export function pageRoutes(catalog: Catalog): string[] {
  return [
    routes.home(),
    routes.taxonomy(),
    routes.timeline(),
    routes.datasets(),
    routes.insights(),
    routes.benchmarks(),
    routes.search(),
    routes.authors(),
    ...catalog.categories.map((c) => routes.category(c.id)),
    ...catalog.papers.map((p) => routes.paper(p.id)),
    ...catalog.datasets.map((d) => routes.dataset(d.id)),
    ...leaderboards(catalog).map((b) => routes.leaderboard(b.id)),
    ...authorsWithPages(catalog).map((a) => routes.author(a.id)),
  ];
}

/** `siteUrl` is the absolute site root including the base path, ending in '/'. */
export function sitemapXml(catalog: Catalog, siteUrl: string): string {
  const urls = pageRoutes(catalog).map((route) => `<url><loc>${escapeXml(new URL(route, siteUrl).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
