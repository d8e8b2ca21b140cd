/**
 * The site at the size the catalog is growing to (750 synthetic papers over
 * 2018–2026 in 34 categories, tests/support/synthetic-data.ts), in Chromium:
 * the long pages fold to a fraction of their height on a phone, the taxonomy
 * diagram's labels never collide as the browser draws them, nothing scrolls
 * sideways, text keeps WCAG AA contrast in both themes, and the home page is
 * no longer than with the committed data. Screenshots go to
 * test-results/screenshots/scale-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../support/browser.ts';
import { lowContrast } from '../support/contrast.ts';
import { grownCatalogDir } from '../support/synthetic-data.ts';
import { loadOk } from '../support/load-ok.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';

const SHOTS = path.resolve('test-results/screenshots');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let grown: StaticServer;
let real: StaticServer;
let catalog: Catalog;
const watched: WatchedPage[] = [];

beforeAll(async () => {
  catalog = loadOk(grownCatalogDir());
  grown = await serveStatic(await buildSite({ dataDir: grownCatalogDir() }), '/');
  real = await serveStatic(await buildSite(REAL_SITE), REAL_SITE.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await grown?.close();
  await real?.close();
});

async function open(route: string, options: Parameters<Browser['newContext']>[0] = {}, server = grown): Promise<Page> {
  const context = await browser.newContext(options);
  const w = await openWatchedPage(context, server.origin);
  watched.push(w);
  await w.page.goto(server.url + route, { waitUntil: 'load' });
  return w.page;
}

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const busiest = () => [...catalog.categories].sort((a, b) => papersIn(catalog, b.id).length - papersIn(catalog, a.id).length)[0];

describe('long pages at 750 papers', () => {
  it('fold the timeline and the busiest category page to a fraction of their unfolded height on a phone', async () => {
    for (const route of ['timeline/', `categories/${busiest().id}/`]) {
      const page = await open(route, { viewport: PHONE });
      const folded = await height(page);
      await page.getByRole('button', { name: 'Open all years' }).click();
      const unfolded = await height(page);
      expect(folded, `${route}: ${folded} px folded, ${unfolded} px open`).toBeLessThan(unfolded / 4);
      await page.context().close();
    }
  });

  it('keep the home page about as long as with the committed 183 papers', async () => {
    const here = await open('', { viewport: PHONE });
    const there = await open('', { viewport: PHONE }, real);
    expect(await height(here)).toBeLessThan((await height(there)) * 1.5);
    await here.context().close();
    await there.context().close();
  });
});

/** Pairs of diagram labels whose drawn boxes overlap, and labels drawn outside the SVG. */
function labelClashes(page: Page, svg: string): Promise<string[]> {
  return page.$eval(svg, (root) => {
    const frame = root.getBoundingClientRect();
    const boxes = [...root.querySelectorAll('a.viz-node text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const found: string[] = [];
    boxes.forEach(({ text, box }, i) => {
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) found.push(`${text} is cut off`);
      for (const other of boxes.slice(i + 1)) {
        const b = other.box;
        // Half a pixel of slack for anti-aliased edges that touch.
        if (box.left < b.right - 0.5 && b.left < box.right - 0.5 && box.top < b.bottom - 0.5 && b.top < box.bottom - 0.5) found.push(`${text} overlaps ${other.text}`);
      }
    });
    return found;
  });
}

describe('the taxonomy diagram at 34 categories', () => {
  it('is an outline on a phone that fits the column, with no label overlapping another', async () => {
    const page = await open('taxonomy/', { viewport: PHONE });
    expect(await page.locator('#taxonomy-diagram').isVisible()).toBe(false);
    const outline = page.locator('#taxonomy-diagram-outline');
    expect(await outline.isVisible()).toBe(true);
    const region = outline.locator('xpath=..');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await labelClashes(page, '#taxonomy-diagram-outline')).toEqual([]);
    expect(await outline.locator('a.viz-node').count()).toBe(catalog.categories.length + 1);
    await page.context().close();
  });

  it('is a mind map on a desktop, every category and featured leaf drawn without overlaps', async () => {
    const page = await open('taxonomy/', { viewport: { width: 1280, height: 900 } });
    expect(await page.locator('#taxonomy-diagram-outline').isVisible()).toBe(false);
    expect(await page.locator('#taxonomy-diagram').isVisible()).toBe(true);
    expect(await labelClashes(page, '#taxonomy-diagram')).toEqual([]);
    expect(await page.locator('#taxonomy-diagram a.viz-node[data-kind=paper]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('every page a grown catalog makes longest', () => {
  it('scrolls no page sideways and keeps text at WCAG AA in both themes; screenshots', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const pages: [string, string][] = [
      ['home', ''],
      ['taxonomy', 'taxonomy/'],
      ['timeline', 'timeline/'],
      ['category', `categories/${busiest().id}/`],
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        for (const [name, route] of pages) {
          const page = await open(route, { viewport: { width, height: 900 }, colorScheme });
          const label = `${name} ${colorScheme} ${width}`;
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), label).toBeLessThanOrEqual(0);
          expect(await lowContrast(page), label).toEqual([]);
          await page.screenshot({ path: path.join(SHOTS, `scale-${name}-${width}-${colorScheme}.png`), fullPage: true });
          await page.context().close();
        }
      }
    }
  });

  it('logged no console errors and made no request to another origin', () => {
    expect(watched.flatMap((w) => w.consoleErrors)).toEqual([]);
    expect(watched.flatMap((w) => w.foreignRequests)).toEqual([]);
  });
});
