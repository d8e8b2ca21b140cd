/**
 * The visual pages in Chromium: the timeline filter, the dataset table sort
 * and the diagram's links, on the committed data. Every page visited must log
 * no console error and request nothing from another origin. Screenshots at
 * phone and desktop widths in both themes go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_SITE } from '../support/build-site.ts';
import { useRealSite } from '../support/real-site.ts';

const BASE = REAL_SITE.base;
const SHOTS = path.resolve('test-results/screenshots');

// A base path, as on GitHub Pages, so every link must respect it.
const site = useRealSite();
const { open, watched } = site;

/** Papers the branch filter shows, folded away or not. */
const shown = (page: Page) => page.locator('[data-branches]:not([hidden])').count();
const years = (page: Page) =>
  page.$$eval('[data-years] > [data-year]', (all) =>
    all.map((li) => ({ year: Number((li as HTMLElement).dataset.year), hidden: (li as HTMLElement).hidden, open: li.querySelector('details')!.open, count: li.querySelector('[data-year-count]')!.textContent })),
  );

describe('timeline', () => {
  it('filters by branch, keeps the filter in the URL across a reload, and resets', async () => {
    const page = await open('timeline/');
    const total = await page.locator('[data-branches]').count();
    expect(total).toBeGreaterThan(0);
    expect(await shown(page)).toBe(total);

    const boxes = page.locator('input[name=branch]');
    expect(await boxes.count()).toBeGreaterThan(1);
    const branch = await boxes.first().getAttribute('value');
    await boxes.first().uncheck();
    // Papers filed only under the unticked branch disappear; the rest stay.
    const remaining = await page.$$eval('[data-branches]', (items, b) => items.filter((i) => i.getAttribute('data-branches')!.split(' ').some((x) => x !== b)).length, branch);
    expect(await shown(page)).toBe(remaining);
    expect(remaining).toBeLessThan(total);
    await expect.poll(() => page.locator('#timeline-status').textContent()).toBe(`Showing ${remaining} of ${total} papers.`);
    expect(new URL(page.url()).searchParams.get('branch')!.split(',')).not.toContain(branch);
    // Each year says how many of its papers are left, and a year left empty hides with its link.
    for (const y of await years(page)) {
      const left = await page.locator(`[data-year="${y.year}"] [data-branches]:not([hidden])`).count();
      const all = await page.locator(`[data-year="${y.year}"] [data-branches]`).count();
      expect(y.hidden, String(y.year)).toBe(left === 0);
      expect(y.count, String(y.year)).toBe(left === all ? `${all} paper${all === 1 ? '' : 's'}` : `${left} of ${all} paper${all === 1 ? '' : 's'}`);
      expect(await page.locator(`[data-nav-year="${y.year}"]`).isHidden()).toBe(left === 0);
    }

    await page.reload();
    expect(await boxes.first().isChecked()).toBe(false);
    expect(await shown(page)).toBe(remaining);

    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await shown(page)).toBe(total);
    expect(new URL(page.url()).search).toBe('');
  });

  it('starts with only the newest years open; a year link opens the year it jumps to', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await open('timeline/', ctx);
    const before = await years(page);
    expect(before.at(-1)!.open).toBe(true);
    const folded = before.filter((y) => !y.open);
    expect(folded.length, 'the committed data spans enough years to fold some').toBeGreaterThan(0);
    const oldest = folded[0].year;
    await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: new RegExp(`^${oldest}\\b`) }).click();
    expect((await years(page)).find((y) => y.year === oldest)!.open).toBe(true);
    await expect.poll(() => page.locator(`#y${oldest}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(800);
    expect(await page.locator(`#y${oldest} [data-branches]:visible`).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Open all years' }).click();
    expect((await years(page)).every((y) => y.open)).toBe(true);
    expect(await page.locator('[data-branches]:visible').count()).toBe(await page.locator('[data-branches]').count());
    await page.getByRole('button', { name: 'Fold all years' }).click();
    expect(await page.locator('[data-branches]:visible').count()).toBe(0);
    await ctx.close();
  });

  it('holds every paper and no dead controls without JavaScript; a tap on a year opens it', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open('timeline/', noJs);
    const all = await page.locator('[data-branches]').count();
    const state = await years(page);
    const inOpen = await page.locator('details[open] [data-branches]').count();
    expect(await page.locator('[data-branches]:visible').count()).toBe(inOpen);
    expect(inOpen).toBeLessThan(all);
    expect(await page.locator('input[name=branch]:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show all' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Open all years' }).isVisible()).toBe(false);
    const folded = state.find((y) => !y.open)!;
    await page.locator(`#y${folded.year} > summary`).click();
    expect(await page.locator(`#y${folded.year}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('[data-branches]:visible').count()).toBe(inOpen + (await page.locator(`#y${folded.year} [data-branches]`).count()));
    await noJs.close();
  });
});

describe('datasets table', () => {
  const column = (page: Page, n: number) => page.$$eval(`#datasets-table tbody tr`, (rows, i) => rows.map((r) => (r.children[i] as HTMLElement).dataset.sort ?? ''), n);
  const header = (page: Page, name: string) => page.locator('#datasets-table thead th', { hasText: new RegExp(`^\\s*${name}\\s*$`) });

  it('sorts by a numeric column (blanks last) and by name, updating aria-sort', async () => {
    const page = await open('datasets/');
    const names = await column(page, 0);
    expect(await header(page, 'Name').getAttribute('aria-sort')).toBe('ascending');

    // The numeric column with the most distinct known values (Year at worst), so the order shows.
    const numeric = await page.$$eval('#datasets-table thead th[data-type=number]', (ths) => ths.map((th) => th.textContent!.trim()));
    const distinct = async (name: string) => new Set((await column(page, await header(page, name).evaluate((th) => (th as HTMLTableCellElement).cellIndex))).filter(Boolean)).size;
    const counts = await Promise.all(numeric.map(distinct));
    const sorted = header(page, numeric[counts.indexOf(Math.max(...counts))]);
    expect(Math.max(...counts)).toBeGreaterThan(1);
    const index = await sorted.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    // Keyboard: the header is a real button.
    await sorted.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await sorted.getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, 'Name').getAttribute('aria-sort')).toBeNull();
    const up = await column(page, index);
    const known = up.filter(Boolean).map(Number);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(up.slice(known.length).every((v) => v === '')).toBe(true);

    await sorted.getByRole('button').click();
    expect(await sorted.getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, index)).filter(Boolean).map(Number);
    expect(down).toEqual([...known].sort((a, b) => b - a));

    await header(page, 'Name').getByRole('button').click();
    expect(await header(page, 'Name').getAttribute('aria-sort')).toBe('ascending');
    expect(await column(page, 0)).toEqual(names);
    await header(page, 'Name').getByRole('button').click();
    expect(await header(page, 'Name').getAttribute('aria-sort')).toBe('descending');
    expect(await column(page, 0)).toEqual([...names].reverse());
  });

  it('links each dataset to its page', async () => {
    const page = await open('datasets/');
    const first = page.locator('#datasets-table tbody th a').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/datasets\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(name);
  });
});

describe('taxonomy diagram', () => {
  it('links its nodes to category pages', async () => {
    const page = await open('taxonomy/');
    const node = page.locator('#taxonomy-diagram a[data-kind=category]').first();
    const href = await node.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${BASE}categories/[a-z0-9-]+/$`));
    await node.click();
    await page.waitForURL(`${site.server.origin}${href}`);
    expect(await page.locator('h1').count()).toBe(1);
  });
});

describe('screenshots', () => {
  it('captures each viz page at 1280 and 390 px in light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dataset = await (await open('datasets/')).locator('#datasets-table tbody th a').first().getAttribute('href');
    const pages: [string, string][] = [
      ['viz-timeline', 'timeline/'],
      ['viz-insights', 'insights/'],
      ['viz-datasets', 'datasets/'],
      ['viz-dataset', dataset!.slice(BASE.length)],
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const ctx = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        for (const [name, route] of pages) {
          const page = await open(route, ctx);
          await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          // Nothing sticks out sideways: wide content scrolls inside its own box.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px`).toBeLessThanOrEqual(width);
        }
        const page = await open('taxonomy/', ctx);
        await page.locator('.viz-diagram').screenshot({ path: path.join(SHOTS, `viz-diagram-${width}-${colorScheme}.png`) });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `taxonomy at ${width}px`).toBeLessThanOrEqual(width);
        await ctx.close();
      }
    }
  });
});

describe('every page visited', () => {
  it('logged no console errors and made no request to another origin', () => {
    expect(watched.length).toBeGreaterThan(10);
    expect(watched.flatMap((w) => w.consoleErrors)).toEqual([]);
    expect(watched.flatMap((w) => w.foreignRequests)).toEqual([]);
  });
});
