import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/load.ts';
import { rssFeed } from '../lib/site/feed.ts';
import { siteRootUrl } from '../lib/site/site-url.ts';
import { siteName } from '../lib/site/site-config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    rssFeed(getCatalog(), {
      siteUrl: siteRootUrl(site, import.meta.env.BASE_URL),
      title: `${siteName}: recently added`,
      description: 'Papers and datasets newly added to the IAD Atlas catalog of industrial image anomaly detection research.',
    }),
    { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
  );
