/**
 * The shared build of data/ served under its base path, with Chromium and a
 * 1280 px context, for browser test files that visit the real site. Call it
 * at the top of a file: it registers the beforeAll/afterAll that start and
 * stop everything, and every page it opens records console errors and
 * requests to other origins in `watched`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite, REAL_SITE } from './build-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser.ts';

export interface RealSite {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  watched: WatchedPage[];
  /** Opens a route under the base path in `ctx` (the 1280 px context by default). */
  open(route: string, ctx?: BrowserContext): Promise<Page>;
}

export function useRealSite(): RealSite {
  const site = { watched: [] as WatchedPage[] } as RealSite;
  site.open = async (route, ctx = site.context) => {
    const w = await openWatchedPage(ctx, site.server.origin);
    site.watched.push(w);
    await w.page.goto(site.server.url + route);
    return w.page;
  };
  beforeAll(async () => {
    site.server = await serveStatic(await buildSite(REAL_SITE), REAL_SITE.base);
    site.browser = await launchBrowser();
    site.context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
