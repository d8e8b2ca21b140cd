/**
 * The real catalog in the browser: typing any paper's method name on the
 * search page shows that paper first (or, when several papers share the
 * name, one of them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getCatalog } from '../../src/lib/load.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(await buildSite(), '/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search over the real catalog', () => {
  it('finds every paper first by its method name', async () => {
    const catalog = getCatalog();
    const named = catalog.papers.filter((paper) => paper.method);
    expect(named.length).toBeGreaterThan(50);
    const context = await browser.newContext();
    const { page, consoleErrors, foreignRequests } = await openWatchedPage(context, server.origin);
    await page.goto(`${server.url}search/`);
    const firstTitle = page.locator('#search-results > li:first-child > a');
    const misses: string[] = [];
    for (const paper of named) {
      const accepted = new Set(catalog.papers.filter((other) => other.method?.toLowerCase() === paper.method?.toLowerCase()).map((other) => other.title));
      await page.fill('#search-q', paper.method ?? '');
      await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`for “${q}”`), paper.method, { timeout: 10_000 });
      const title = await firstTitle.textContent();
      if (!title || !accepted.has(title)) misses.push(`${paper.method} → ${title}`);
    }
    expect(misses).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
