/**
 * The site in Chromium, as a visitor uses it: folding the taxonomy, the theme
 * toggle, keyboard-only navigation, pages without JavaScript, and no errors or
 * third-party requests on any page type. Screenshots of every page type in
 * both themes at desktop and phone widths go to test-results/screenshots/.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { lowContrast } from '../support/contrast.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { hasCode, papersIn } from '../../src/lib/catalog/queries.ts';
import { loadOk } from '../support/load-ok.ts';
import { authorsWithPages } from '../../src/lib/site/authors.ts';
import { crowdedTargets, linksWithoutUnderline } from '../support/a11y-checks.ts';

const BASE = REAL_SITE.base;
const SCREENSHOTS = path.resolve('test-results/screenshots');

let browser: Browser;
let site: StaticServer;
let xssSite: StaticServer;
let xssDist: string;
let catalog: Catalog;


beforeAll(async () => {
  catalog = loadOk(path.resolve('data'));
  const dist = await buildSite(REAL_SITE);
  // The same build as the unit tests' (same data, base and site URL), so the cache serves it.
  xssDist = await buildSite({ dataDir: path.resolve('tests/fixtures/site-xss'), site: REAL_SITE.site });
  site = await serveStatic(dist, BASE);
  xssSite = await serveStatic(xssDist, '/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await xssSite?.close();
});

/** One of each page type, as paths under the base. */
function pageTypes() {
  const category = catalog.categories.find((c) => (catalog.childrenOf.get(c.id) ?? []).length > 0) ?? catalog.categories[0];
  const paper = catalog.papers.find((p) => p.featured) ?? catalog.papers[0];
  return {
    home: '',
    taxonomy: 'taxonomy/',
    category: `categories/${category.id}/`,
    paper: `papers/${paper.id}/`,
    author: `authors/${authorsWithPages(catalog)[0].id}/`,
    authors: 'authors/',
    benchmarks: 'benchmarks/',
    leaderboard: 'benchmarks/ader/100-epochs-visa/',
    'not-found': 'no-such-page/',
  };
}

async function withContext<T>(options: Parameters<Browser['newContext']>[0], use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

const openDetails = (page: Page) => page.locator('[data-taxonomy-tree] details[data-tree-node][open]').count();
const allNodes = (page: Page) => page.locator('[data-taxonomy-tree] details[data-tree-node]').count();

describe('the taxonomy tree', () => {
  it('starts open, folds by clicking a node, and expand all / collapse all work', async () => {
    await withContext({}, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}taxonomy/`);
      const total = await allNodes(page);
      expect(total).toBe(catalog.categories.length);
      expect(await openDetails(page)).toBe(total);

      const first = catalog.categories[0];
      await page.locator(`#${first.id} > summary > [data-node-name]`).click();
      expect(await page.locator(`#${first.id}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

      await page.getByRole('button', { name: 'Collapse all' }).click();
      expect(await openDetails(page)).toBe(0);
      await page.getByRole('button', { name: 'Expand all' }).click();
      expect(await openDetails(page)).toBe(total);
      expect(await page.locator('[data-taxonomy-tree] details[data-tree-papers]:not([open])').count()).toBe(0);
    });
  });

  it('opens the folded ancestors of a #category deep link and scrolls to it', async () => {
    const deepest = [...catalog.categories].reverse().find((c) => c.parent) ?? catalog.categories[0];
    await withContext({ viewport: { width: 390, height: 700 } }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}taxonomy/`);
      await page.getByRole('button', { name: 'Collapse all' }).click();
      await page.evaluate((id) => (location.hash = id), deepest.id);
      const target = page.locator(`#${deepest.id}`);
      await expect.poll(() => target.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await target.locator('> summary').isVisible()).toBe(true);
      await expect.poll(() => target.evaluate((d) => d.getBoundingClientRect().top)).toBeLessThan(700);
    });
  });

  it('is complete and folds without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}taxonomy/`);
      expect(await openDetails(page)).toBe(catalog.categories.length);
      expect(await page.locator('[data-tree-controls]').isVisible()).toBe(false);
      const first = catalog.categories[0];
      await page.locator(`#${first.id} > summary > [data-node-name]`).click();
      expect(await page.locator(`#${first.id}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    });
  });
});

describe('category pages', () => {
  const busiest = () => [...catalog.categories].sort((a, b) => papersIn(catalog, b.id).length - papersIn(catalog, a.id).length)[0];
  /** Each year group in page order: its year, whether it is open and hidden, and its rows that are not hidden. */
  const groups = (page: Page) =>
    page.$$eval('[data-year-group]', (all) =>
      all.map((d) => ({
        year: Number((d as HTMLElement).dataset.yearGroup),
        open: (d as HTMLDetailsElement).open,
        hidden: (d as HTMLElement).hidden,
        rows: [...d.querySelectorAll<HTMLElement>('[data-paper-row]:not([hidden])')].map((r) => ({ venue: r.dataset.venue ?? '', code: r.dataset.code === '1' })),
      })),
    );
  const visibleRows = (page: Page) => page.locator('[data-paper-row]:visible').count();

  it('hold every paper without JavaScript, the newest years open and each other one a tap away', async () => {
    const category = busiest();
    const papers = papersIn(catalog, category.id);
    await withContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}categories/${category.id}/`);
      expect(await page.locator('[data-paper-row]').count()).toBe(papers.length);
      expect(await page.locator('[data-paper-controls]').isVisible()).toBe(false);
      const before = await groups(page);
      expect(before.map((g) => g.year)).toEqual([...new Set(papers.map((p) => p.year))].sort((a, b) => b - a));
      expect(before[0].open).toBe(true);
      const folded = before.find((g) => !g.open);
      expect(folded, 'a category this busy has folded years').toBeDefined();
      const openRows = before.filter((g) => g.open).reduce((n, g) => n + g.rows.length, 0);
      expect(await visibleRows(page)).toBe(openRows);

      // The year bar lands on the folded year's summary; a tap opens it.
      await page.getByRole('navigation', { name: /by year/ }).getByRole('link', { name: new RegExp(`^${folded!.year}\\b`) }).click();
      const summary = page.locator(`#y${folded!.year} > summary`);
      await expect.poll(() => summary.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);
      await summary.click();
      expect(await page.locator(`#y${folded!.year}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await visibleRows(page)).toBe(openRows + folded!.rows.length);
    });
  });

  it('open a folded year from the year bar, and open or fold every year at once', async () => {
    const category = busiest();
    await withContext({ viewport: { width: 390, height: 800 } }, async (context) => {
      const { page, consoleErrors } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}categories/${category.id}/`);
      const folded = (await groups(page)).filter((g) => !g.open).at(-1)!;
      await page.getByRole('navigation', { name: /by year/ }).getByRole('link', { name: new RegExp(`^${folded.year}\\b`) }).click();
      const target = page.locator(`#y${folded.year}`);
      expect(await target.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);
      expect(new URL(page.url()).hash).toBe(`#y${folded.year}`);

      await page.getByRole('button', { name: 'Open all years' }).click();
      expect((await groups(page)).every((g) => g.open)).toBe(true);
      expect(await visibleRows(page)).toBe(papersIn(catalog, category.id).length);
      await page.getByRole('button', { name: 'Fold all years' }).click();
      expect((await groups(page)).some((g) => g.open)).toBe(false);
      expect(await visibleRows(page)).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('fold and unfold a year from the keyboard, with a visible focus ring', async () => {
    const category = busiest();
    await withContext({}, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}categories/${category.id}/`);
      const folded = (await groups(page)).find((g) => !g.open)!;
      const summary = page.locator(`#y${folded.year} > summary`);
      await summary.focus();
      expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.locator(`#y${folded.year}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.keyboard.press('Space');
      expect(await page.locator(`#y${folded.year}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    });
  });

  it('sort within each year, flip the years, and filter to papers with code', async () => {
    const category = busiest();
    const papers = papersIn(catalog, category.id);
    await withContext({}, async (context) => {
      const { page, consoleErrors } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}categories/${category.id}/`);
      const newestFirst = (await groups(page)).map((g) => g.year);
      await page.getByLabel('Sort by').selectOption('year-asc');
      expect((await groups(page)).map((g) => g.year)).toEqual([...newestFirst].reverse());
      expect(await page.$$eval('[data-year-links] > li', (links) => links.map((l) => Number((l as HTMLElement).dataset.yearLink)))).toEqual([...newestFirst].reverse());

      await page.getByLabel('Sort by').selectOption('venue');
      for (const group of await groups(page)) {
        const venues = group.rows.map((r) => r.venue).filter(Boolean);
        expect(venues, String(group.year)).toEqual([...venues].sort((a, b) => a.localeCompare(b)));
      }

      await page.getByLabel('Only papers with code').check();
      const filtered = await groups(page);
      expect(filtered.flatMap((g) => g.rows).every((r) => r.code)).toBe(true);
      expect(filtered.reduce((n, g) => n + g.rows.length, 0)).toBe(papers.filter(hasCode).length);
      for (const group of filtered) {
        const withCode = papers.filter((p) => p.year === group.year && hasCode(p)).length;
        expect(group.hidden, `${group.year} hides when none has code`).toBe(withCode === 0);
        if (withCode > 0) expect(await page.locator(`#y${group.year} [data-group-count]`).textContent()).toMatch(new RegExp(`^${withCode}( of \\d+)? papers?$`));
      }
      await expect.poll(() => page.locator('[data-shown]').textContent()).toBe(`Showing ${papers.filter(hasCode).length} of ${papers.length}`);
      await page.getByLabel('Only papers with code').uncheck();
      expect((await groups(page)).reduce((n, g) => n + g.rows.length, 0)).toBe(papers.length);
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('links and controls without colour or precision', () => {
  it('underlines every link that sits in a line of text, on every page type', async () => {
    const routes = [...Object.values(pageTypes()), 'timeline/', 'datasets/', 'insights/', 'search/?q=memory+bank'];
    await withContext({ viewport: { width: 390, height: 900 } }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      for (const route of routes) {
        await page.goto(`${site.url}${route}`);
        if (route.startsWith('search/')) await page.locator('#search-results > li').first().waitFor();
        expect(await linksWithoutUnderline(page), route).toEqual([]);
      }
    });
  });

  it('keeps every control of the fully expanded taxonomy tree 24 px or spaced, on a phone', async () => {
    await withContext({ viewport: { width: 390, height: 900 } }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}taxonomy/`);
      await page.getByRole('button', { name: 'Expand all' }).click();
      // The diagram above links to the same pages with small labels: WCAG's "equivalent control" exception, met by this tree.
      expect(await crowdedTargets(page.locator('section[aria-labelledby="taxonomy-tree-heading"]'))).toEqual([]);
    });
  });
});

describe('the theme toggle', () => {
  it('follows the system, and a choice persists across pages and reloads', async () => {
    await withContext({ colorScheme: 'light' }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      const theme = () => page.evaluate(() => (document.documentElement.classList.contains('dark') ? 'dark' : document.documentElement.classList.contains('light') ? 'light' : 'none'));
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.goto(site.url);
      expect(await theme()).toBe('light');
      const light = await background();
      const toggle = page.locator('[data-theme-toggle]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      expect(await theme()).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await background()).not.toBe(light);
      await page.goto(`${site.url}taxonomy/`);
      expect(await theme()).toBe('dark');
      await page.reload();
      expect(await theme()).toBe('dark');
      await page.locator('[data-theme-toggle]').click();
      await page.goto(site.url);
      expect(await theme()).toBe('light');
    });
  });

  it('starts dark when the system is dark', async () => {
    await withContext({ colorScheme: 'dark' }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(site.url);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    });
  });
});

describe('keyboard-only navigation', () => {
  it('reaches a paper page from home with Tab and Enter, starting with a skip link', async () => {
    await withContext({}, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(site.url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
      let href = '';
      for (let presses = 0; presses < 80 && !href.includes('/papers/'); presses++) {
        await page.keyboard.press('Tab');
        href = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? document.activeElement.getAttribute('href') ?? '' : ''));
        if (href.includes('/papers/')) {
          const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
          expect(outline, 'focused link shows a focus ring').not.toBe('none');
        }
      }
      expect(href).toContain(`${BASE}papers/`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.origin}${href}`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
    });
  });
});

describe('every page type', () => {
  it('loads without console errors or requests to other origins, keeps text contrast at WCAG AA, and is screenshotted', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        await withContext({ colorScheme, viewport: { width, height: 900 } }, async (context) => {
          for (const [name, route] of Object.entries(pageTypes())) {
            const { page, consoleErrors, foreignRequests } = await openWatchedPage(context, site.origin);
            // The 404 page is served with status 404, which Chromium logs as a console error.
            await page.goto(`${site.url}${route}`, { waitUntil: 'load' });
            const errors = name === 'not-found' ? consoleErrors.filter((e) => !e.includes('404')) : consoleErrors;
            expect(errors, `${name} ${colorScheme} ${width}`).toEqual([]);
            expect(foreignRequests, name).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
            expect(await lowContrast(page), `${name} ${colorScheme}: text below WCAG AA contrast`).toEqual([]);
            await page.screenshot({ path: path.join(SCREENSHOTS, `site-${name}-${width}-${colorScheme}.png`), fullPage: true });
            await page.close();
          }
        });
      }
    }
  });

  it('copies BibTeX with the copy button on a paper page', async () => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
      const { page } = await openWatchedPage(context, site.origin);
      await page.goto(`${site.url}${pageTypes().paper}`);
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('#bibtex').textContent());
      expect(copied).toMatch(/^@\w+\{/);
    });
  });
});

describe('hostile catalog text', () => {
  it('never becomes an element or runs, on any page', async () => {
    const pages = (function walk(dir: string, prefix = ''): string[] {
      return readdirSync(dir).flatMap((name) => {
        const rel = `${prefix}${name}`;
        if (statSync(path.join(dir, name)).isDirectory()) return walk(path.join(dir, name), `${rel}/`);
        return name === 'index.html' ? [prefix] : name.endsWith('.html') ? [rel] : [];
      });
    })(xssDist);
    expect(pages.length).toBeGreaterThan(4);
    await withContext({}, async (context) => {
      const { page } = await openWatchedPage(context, xssSite.origin);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const route of pages) {
        await page.goto(`${xssSite.url}${route}`);
        const found = await page.evaluate(() => ({
          images: document.querySelectorAll('img').length,
          hostileScripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
          onerror: document.querySelectorAll('[onerror]').length,
        }));
        expect(found, route).toEqual({ images: 0, hostileScripts: 0, onerror: 0 });
      }
      await page.goto(`${xssSite.url}papers/evil-script/`);
      expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script> Anomaly Detection </SCRIPT><script>alert(1)</script>');
      expect(dialogs).toEqual([]);
    });
  });
});
