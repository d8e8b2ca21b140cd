/**
 * The real catalog in the browser: typing any paper's method name, or three
 * words of its title that no other title has, on the search page shows that
 * paper first (or, when several papers share the method name, one of them;
 * or the dataset the paper introduces, whose page leads to it).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getCatalog } from '../../src/lib/catalog/load.ts';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { uniqueTitleFragment } from '../support/title-fragment.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(await buildSite(REAL_SITE), REAL_SITE.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types each query into the search page and returns "query → first title" for every query whose first result is not accepted. */
async function firstResultMisses(queries: { q: string; accepted: Set<string> }[]) {
  const context = await browser.newContext();
  const { page, consoleErrors, foreignRequests } = await openWatchedPage(context, server.origin);
  await page.goto(`${server.url}search/`);
  const firstTitle = page.locator('#search-results > li:first-child > a');
  const misses: string[] = [];
  for (const { q, accepted } of queries) {
    await page.fill('#search-q', q);
    await page.waitForFunction((typed) => document.querySelector('#search-status')?.textContent?.includes(`for “${typed}”`), q, { timeout: 10_000 });
    const title = await firstTitle.textContent();
    if (!title || !accepted.has(title)) misses.push(`${q} → ${title}`);
  }
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
  return misses;
}

/** The datasets a paper introduces: "Real-IAD" may lead with the dataset, whose page names its paper. */
const introduced = (paper: { id: string }) => getCatalog().datasets.filter((d) => d.introduced_by === paper.id).map((d) => d.name);

describe('search over the real catalog', () => {
  it('finds every paper first by its method name', async () => {
    const catalog = getCatalog();
    const named = catalog.papers.filter((paper) => paper.method);
    expect(named.length).toBeGreaterThan(50);
    const queries = named.map((paper) => {
      const sameName = catalog.papers.filter((other) => other.method?.toLowerCase() === paper.method?.toLowerCase());
      // A dataset of the same name ("RAD") is as right an answer as the paper.
      const datasets = catalog.datasets.filter((d) => d.name.toLowerCase() === paper.method?.toLowerCase()).map((d) => d.name);
      return { q: paper.method ?? '', accepted: new Set([...sameName.map((other) => other.title), ...sameName.flatMap(introduced), ...datasets]) };
    });
    expect(await firstResultMisses(queries)).toEqual([]);
  });

  it('finds every paper first by three words of its title that no other title has', async () => {
    const catalog = getCatalog();
    const titles = catalog.papers.map((paper) => paper.title);
    const queries = catalog.papers.flatMap((paper) => {
      const q = uniqueTitleFragment(paper.title, titles);
      return q ? [{ q, accepted: new Set([paper.title, ...introduced(paper)]) }] : [];
    });
    expect(queries.length).toBeGreaterThan(catalog.papers.length * 0.9);
    expect(await firstResultMisses(queries)).toEqual([]);
  });
});

describe('people and downloads on the search page', () => {
  it('shows the author first for a full name, then papers with their bylines', async () => {
    const context = await browser.newContext();
    const { page, consoleErrors } = await openWatchedPage(context, server.origin);
    await page.goto(`${server.url}search/`);
    await page.locator('#search-q').pressSequentially('yunkang cao');
    const first = page.locator('#search-results > li').first();
    await expect.poll(() => first.locator('a').textContent()).toBe('Yunkang Cao');
    expect(await first.getAttribute('data-kind')).toBe('author');
    expect(await first.locator('a').getAttribute('href')).toBe(`${REAL_SITE.base}authors/yunkang-cao/`);
    expect(await first.textContent()).toMatch(/Author · \d+ papers/);
    const second = page.locator('#search-results > li').nth(1);
    expect(await second.getAttribute('data-kind')).toBe('paper');
    expect(await second.locator('p').first().textContent()).toContain('Yunkang Cao');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('downloads BibTeX and RIS of every paper a search matched, with the keyboard', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, consoleErrors, foreignRequests } = await openWatchedPage(context, server.origin);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}search/?q=patchcore`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('for “patchcore”'));
    const papers = await page.locator('#search-results > li[data-kind="paper"]').count();
    expect(papers).toBeGreaterThan(1);
    expect(await page.locator('#search-download-label').textContent()).toBe(`Download these ${papers} papers:`);
    expect(requests.some((url) => url.endsWith('/citations.json'))).toBe(false);
    const status = page.locator('#search-download-status');
    for (const [format, entry] of [['BibTeX', /^@\w+\{/gm], ['RIS', /^ER {2}- /gm]] as const) {
      await page.getByRole('button', { name: format, exact: true }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.match(entry), format).toHaveLength(papers);
      expect(download.suggestedFilename()).toBe(`iad-atlas-search-patchcore.${format === 'BibTeX' ? 'bib' : 'ris'}`);
      await expect.poll(() => status.textContent()).toBe(`Downloaded ${papers} papers as ${format} (${download.suggestedFilename()}).`);
    }
    expect(citationFetches(requests)).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

const citationFetches = (requests: string[]) => requests.filter((url) => url.endsWith('/citations.json')).length;
