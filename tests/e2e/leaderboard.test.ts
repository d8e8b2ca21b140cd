/**
 * A leaderboard page in Chromium: static HTML sorted by the primary metric,
 * a click on a column heading sorts by it (best first, again for worst first)
 * and writes ?sort= to the URL, which a reload honours; and the visitor's
 * question "best multi-class method on VisA by AU-PRO" is two clicks from home.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_SITE } from '../support/build-site.ts';
import { useRealSite } from '../support/real-site.ts';
import { loadOk } from '../support/load-ok.ts';
import { findLeaderboards, sortRows } from '../../src/lib/site/leaderboards.ts';
import { primaryRows } from '../../src/lib/site/benchmark-pages.ts';

const BASE = REAL_SITE.base;
const catalog = loadOk(path.resolve('data'));
const visa = findLeaderboards(catalog, { benchmark: 'ader', setting: '100-epochs', dataset: 'visa' })[0];

// A base path, as on GitHub Pages, so every link must respect it.
const site = useRealSite();
const { open, watched } = site;

const firstMethod = (page: Page) => page.locator('#leaderboard-table tbody tr').first().locator('th').innerText();
const methods = (page: Page) => page.$$eval('#leaderboard-table tbody tr th', (ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));

describe('a leaderboard page', () => {
  it('sorts by a clicked column, best first then worst first, and keeps the choice in the URL', async () => {
    const page = await open('benchmarks/ader/100-epochs-visa/');
    expect(await methods(page)).toEqual(primaryRows(visa).map((r) => r.name));
    const pixelAuroc = page.locator('#leaderboard-table thead th[data-metric="pixel-auroc"] button');
    await pixelAuroc.click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('pixel-auroc');
    expect(await page.locator('th[data-metric="pixel-auroc"]').getAttribute('aria-sort')).toBe('descending');
    const byPixel = sortRows(visa, 'pixel-auroc').map((r) => r.name);
    expect(await firstMethod(page)).toBe(byPixel[0]);
    expect(await methods(page)).toEqual(byPixel);

    await pixelAuroc.click();
    expect(new URL(page.url()).searchParams.get('order')).toBe('worst');
    expect(await firstMethod(page)).toBe(byPixel[byPixel.length - 1]);

    await page.goto(`${site.server.url}benchmarks/ader/100-epochs-visa/?sort=aupro`);
    expect(await firstMethod(page)).toBe(sortRows(visa, 'aupro')[0].name);
    expect(await page.locator('th[data-metric="aupro"]').getAttribute('aria-sort')).toBe('descending');
  });

  it('answers "best multi-class method on VisA by AU-PRO" in two clicks from home', async () => {
    const page = await open('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benchmarks' }).click();
    await page.waitForURL(`${site.server.url}benchmarks/`);
    await page.locator(`a[href="${BASE}benchmarks/ader/100-epochs-visa/?sort=aupro"]`).click();
    await page.waitForURL(/sort=aupro/);
    const best = sortRows(visa, 'aupro')[0];
    expect(await firstMethod(page)).toBe(best.name);
    expect(await page.locator('#leaderboard-table tbody tr').first().locator('.font-bold', { hasText: best.cells.aupro.printed }).count()).toBeGreaterThan(0);
  });

  it('is complete and sorted by its primary metric without JavaScript', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}benchmarks/ader/100-epochs-visa/?sort=aupro`);
    expect(await methods(page)).toEqual(primaryRows(visa).map((r) => r.name));
    expect(await page.locator('#leaderboard-table thead button').count()).toBe(0);
    await noJs.close();
  });

  it('logged no console errors and made no request to another origin', () => {
    for (const w of watched) {
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    }
  });
});
