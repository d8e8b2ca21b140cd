/**
 * Search in Chromium against a real build of the fixture catalog
 * (tests/fixtures/search-data), which includes a title written as HTML.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../support/browser.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/search-data');
const BASE = '/atlas/';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const watched: WatchedPage[] = [];

async function open(route: string) {
  const tab = await openWatchedPage(context, server.origin);
  watched.push(tab);
  await tab.page.goto(`${server.url}${route}`);
  return tab;
}

const resultTitles = (tab: WatchedPage) => tab.page.locator('#search-results > li > a').allTextContents();

beforeAll(async () => {
  const dist = await buildSite({ dataDir: FIXTURE, base: BASE });
  server = await serveStatic(dist, BASE);
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('header search', () => {
  it('loads nothing for search on a plain page until the box is focused', async () => {
    const tab = await open('papers/padim/');
    const requests: string[] = [];
    tab.page.on('request', (request) => requests.push(request.url()));
    await tab.page.waitForLoadState('networkidle');
    await tab.page.mouse.move(10, 10);
    await tab.page.waitForTimeout(300);
    expect(requests.filter((url) => /search-index|worker|combobox/.test(url))).toEqual([]);
    await tab.page.keyboard.press('/');
    await expect.poll(() => requests.some((url) => url.endsWith('/search-index.json'))).toBe(true);
  });

  it('finds a misspelt method name from a paper page and opens it with the keyboard alone', async () => {
    const tab = await open('papers/simplenet/');
    const { page } = tab;
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('pathcroe', { delay: 30 });
    const box = page.locator('#site-search');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#site-search-listbox [role="option"]').first().textContent()).toContain('Towards Total Recall');
    expect(await page.locator('[role="status"]').first().textContent()).toMatch(/\d+ results? for “pathcroe”/);
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('site-search-listbox-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(`${server.url}papers/patchcore/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Towards Total Recall');
  });

  it('closes the list with Escape and submits to the search page with Enter', async () => {
    const { page } = await open('papers/simplenet/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('padim');
    const box = page.locator('#site-search');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-search-listbox').isHidden()).toBe(true);
    await Promise.all([page.waitForURL(`${server.url}search/?q=padim`), page.keyboard.press('Enter')]);
    await expect.poll(() => resultTitles({ page } as WatchedPage)).toContain('PaDiM: A Patch Distribution Modeling Framework for Anomaly Detection and Localization');
  });

  it('offers the closest titles, reachable with the keyboard, when nothing matches', async () => {
    const { page } = await open('papers/simplenet/');
    await page.keyboard.press('/');
    await page.keyboard.type('distilled pupils');
    const listbox = page.locator('#site-search-listbox');
    await expect.poll(() => listbox.textContent()).toContain('No matches for “distilled pupils”. Closest titles:');
    const options = listbox.locator('[role="option"]');
    expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Reverse Distillation')]));
    expect(await page.locator('[role="status"]').first().textContent()).toMatch(/^0 results for “distilled pupils”; the \d+ closest titles are listed$/);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#site-search').getAttribute('aria-activedescendant')).toBe('site-search-listbox-0');
    await Promise.all([page.waitForURL(/\/(papers|datasets)\/[^/]+\/$/), page.keyboard.press('Enter')]);
  });
});

describe('search page', () => {
  it('loads nothing for search until the form is used', async () => {
    const tab = await openWatchedPage(context, server.origin);
    watched.push(tab);
    const requests: string[] = [];
    tab.page.on('request', (request) => requests.push(request.url()));
    await tab.page.goto(`${server.url}search/`);
    await tab.page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /search-index|worker|page-results|combobox/.test(url))).toEqual([]);
    expect(await tab.page.locator('#search-status').textContent()).toMatch(/^Search \d+ papers and \d+ datasets by title/);
    await tab.page.locator('#search-q').pressSequentially('padim');
    await expect.poll(() => resultTitles(tab)).toContain('PaDiM: A Patch Distribution Modeling Framework for Anomaly Detection and Localization');
  });

  it('waits for a second letter before searching as you type, and searches one letter on Enter', async () => {
    const tab = await open('search/');
    const box = tab.page.locator('#search-q');
    await box.pressSequentially('p');
    await expect.poll(() => tab.page.locator('#search-status').textContent()).toBe('Type one more letter to search.');
    expect(await resultTitles(tab)).toEqual([]);
    await box.press('Enter');
    await expect.poll(async () => (await resultTitles(tab)).length).toBeGreaterThan(0);
  });

  it('writes the typed search into the URL by the time a result opens, so Back returns to it', async () => {
    const tab = await open('search/');
    const { page } = tab;
    await page.locator('#search-q').pressSequentially('winclip');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
    await Promise.all([page.waitForURL(/\/papers\//), page.locator('#search-results > li > a').first().click()]);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?q=winclip');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
    expect(await page.title()).toMatch(/^winclip – /);
  });

  it('restores query, filters and results from a shared URL', async () => {
    const tab = await open('search/?q=reverse+distillation&category=feature-embedding&from=2023&code=1');
    const { page } = tab;
    await expect.poll(() => resultTitles(tab)).toEqual(['Revisiting Reverse Distillation for Anomaly Detection']);
    expect(await page.inputValue('#search-q')).toBe('reverse distillation');
    expect(await page.inputValue('select[name="category"]')).toBe('feature-embedding');
    expect(await page.inputValue('input[name="from"]')).toBe('2023');
    expect(await page.inputValue('input[name="to"]')).toBe('');
    expect(await page.isChecked('input[name="code"]')).toBe(true);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/reverse/i);
  });

  it('lists filtered records for an empty query, and changing a filter updates the URL', async () => {
    const tab = await open('search/?venue=CVPR&from=2023');
    await expect.poll(async () => (await resultTitles(tab)).length).toBe(4);
    await tab.page.selectOption('select[name="category"]', 'zero-shot');
    await expect.poll(() => resultTitles(tab)).toEqual(['WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation']);
    expect(new URL(tab.page.url()).search).toBe('?category=zero-shot&venue=CVPR&from=2023');
  });

  it('moves between searches with back and forward', async () => {
    const tab = await open('search/?q=patchcore');
    const { page } = tab;
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('Towards Total Recall in Industrial Anomaly Detection');
    await page.fill('#search-q', '');
    await page.type('#search-q', 'winclip');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
    expect(new URL(page.url()).search).toBe('?q=winclip');
    await page.goBack();
    await expect.poll(() => page.inputValue('#search-q')).toBe('patchcore');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('Towards Total Recall in Industrial Anomaly Detection');
    await page.goForward();
    await expect.poll(() => page.inputValue('#search-q')).toBe('winclip');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
  });

  it('says so when nothing matches, and offers a looser search and the nearest titles', async () => {
    const tab = await open('search/?q=patchcore&venue=ICCV');
    const { page } = tab;
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('No results.');
    const empty = page.locator('#search-empty');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('without filters (1 result)');
    expect(await empty.locator('li a').count()).toBeGreaterThan(0);
    await empty.getByText('without filters').click();
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('Towards Total Recall in Industrial Anomaly Detection');
    expect(new URL(page.url()).search).toBe('?q=patchcore');
  });

  it('shows a title written as HTML as text', async () => {
    const tab = await open('search/?q=markup');
    const { page } = tab;
    await expect.poll(() => resultTitles(tab)).toEqual(['<img src=x onerror=alert(1)> Markup in a Title Stays Text']);
    expect(await page.locator('#search-results img').count()).toBe(0);
    // Author names the schema allows (quotes, &, apostrophes, "javascript:" text) are shown as typed, never as markup or links.
    const byline = `Anne "Annie" O'Neil & Sons, javascript:alert(document.cookie), Tom &amp; Jerry`;
    expect(await page.locator('#search-results > li > p').first().textContent()).toBe(byline);
    expect(await page.locator('#search-results > li a').count()).toBe(1);
    await page.keyboard.press('/');
    await page.keyboard.type('onerror');
    await expect.poll(() => page.locator('#site-search-listbox [role="option"]').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#site-search-listbox img').count()).toBe(0);
    expect(await page.locator('#site-search-listbox .search-option-byline').first().textContent()).toBe(byline);
    await page.fill('#site-search', 'annie');
    await expect.poll(() => page.locator('#site-search-listbox .search-option-byline').first().textContent()).toBe(byline);
    expect(await page.locator('#site-search-listbox a, #site-search-listbox img').count()).toBe(0);
  });

  it('says search is unavailable when the index cannot be loaded', async () => {
    const page = await context.newPage();
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(`${server.url}search/?q=patchcore`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('Search is unavailable right now (the search index answered HTTP 503)');
    await page.close();
  });

  it('explains that search needs JavaScript when it is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}search/`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator('main noscript + *, main a[href$="/taxonomy/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

describe('every page visited', () => {
  it('logged no console errors and made no request to another origin', () => {
    expect(watched.length).toBeGreaterThan(0);
    expect(watched.flatMap((tab) => tab.consoleErrors)).toEqual([]);
    expect(watched.flatMap((tab) => tab.foreignRequests)).toEqual([]);
  });
});
