/**
 * Authors in the browser: a byline leads to the author page, a long byline
 * opens by keyboard alone, and a category's BibTeX download holds the papers
 * the page lists.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { useRealSite } from '../support/real-site.ts';
import { loadOk } from '../support/load-ok.ts';
import { hasAuthorPage } from '../../src/lib/site/authors.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';

const site = useRealSite();
const catalog = loadOk(path.resolve('data'));

describe('authors', () => {
  it('go from a paper page to the author page of a name in its byline', async () => {
    const paper = catalog.papers.find((p) => (catalog.people.bylineOf.get(p.id) ?? []).slice(0, 8).some((entry) => hasAuthorPage(entry.author)))!;
    const entry = catalog.people.bylineOf.get(paper.id)!.slice(0, 8).find((e) => hasAuthorPage(e.author))!;
    const page = await site.open(`papers/${paper.id}/`);
    await page.locator('[data-author-list]').first().getByRole('link', { name: entry.name, exact: true }).click();
    await page.waitForURL(`**/authors/${entry.author.id}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(entry.author.name);
    expect(await page.locator('[data-paper-row]').count()).toBe(entry.author.papers.length);
    await expect.poll(() => page.getByRole('link', { name: paper.title, exact: true }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('show every name of a long byline after Enter on "Show all N authors"', async () => {
    const paper = catalog.papers.find((p) => (p.authors?.length ?? 0) > 10)!;
    const names = paper.authors!;
    const page = await site.open(`papers/${paper.id}/`);
    const summary = page.locator('[data-authors] summary');
    expect(await summary.innerText()).toBe(`Show all ${names.length} authors`);
    const hidden = page.getByText(names.at(-1)!, { exact: true });
    expect(await hidden.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-authors] details').getAttribute('open')).toBe('');
    expect(await summary.innerText()).toBe(`Hide authors 9–${names.length}`);
    for (const name of names) expect(await page.locator('[data-author]', { hasText: name }).first().isVisible(), name).toBe(true);
    expect(await page.locator('[data-author]').allTextContents()).toEqual(names);
    expect(site.watched.flatMap((w) => w.consoleErrors)).toEqual([]);
    await page.close();
  });
});

describe('category downloads', () => {
  it('give BibTeX with one entry per paper the page lists', async () => {
    const category = catalog.categories.find((c) => papersIn(catalog, c.id).length > 10)!;
    const page = await site.open(`categories/${category.id}/`);
    const listed = await page.locator('[data-paper-row]').count();
    const link = page.locator('[data-downloads]').getByRole('link', { name: 'BibTeX', exact: true });
    const href = await link.getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    const { entries, errors } = parse(await response.text(), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.length).toBe(listed);
    expect(entries.length).toBe(papersIn(catalog, category.id).length);
    await page.close();
  });
});
