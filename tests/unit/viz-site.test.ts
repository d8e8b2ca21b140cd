/**
 * The timeline, datasets and insights pages as built by `astro build`: checked
 * against counts computed here, independently, from the same catalog. Runs on
 * the committed data/ (the shared build) and on the viz fixture, whose dataset,
 * category and paper names carry markup that must come out as text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REAL_SITE, type BuildOptions } from '../support/build-site.ts';
import { VIZ_FIXTURE } from '../support/viz-fixture.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { pageJs } from '../support/page-js.ts';
import { OPEN_AT_LEAST } from '../../src/lib/site/year-groups.ts';

const DATA = path.resolve('data');

/** Text between the opening tag carrying `marker` and the matching close of `tag` (no nesting of the same tag). */
function block(html: string, marker: string, tag: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`marker ${marker} not found`);
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(start, end);
}

const hrefs = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="${prefix}([^"/]+)/"`, 'g'))].map((m) => m[1]);

/** Rows of a table as arrays of cell texts (tags stripped, entities of digits left alone). */
function tableRows(html: string, name: string): string[][] {
  const body = block(html, `data-table="${name}"`, 'table').split('<tbody')[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').trim()));
}

/** The page with every attribute value removed: what is left is markup and text nodes. */
const withoutAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

for (const [label, dataDir, build] of [
  ['committed data', DATA, REAL_SITE],
  ['viz fixture', VIZ_FIXTURE, { dataDir: VIZ_FIXTURE }],
] as [string, string, BuildOptions][]) {
  const base = build.base ?? '/';
  describe(`built viz pages (${label})`, () => {
    let dist: string;
    let catalog: Catalog;
    const page = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');

    beforeAll(async () => {
      const result = loadCatalog({ dataDir });
      if (!result.ok) throw new Error(`${label} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
      catalog = result.catalog;
      dist = await buildSite(build);
    });

    it('lists every paper on the timeline exactly once, each linking to its page', () => {
      const html = page('timeline');
      const ids = hrefs(html, `${base}papers/`);
      expect(ids.sort()).toEqual(catalog.papers.map((p) => p.id).sort());
      for (const year of new Set(catalog.papers.map((p) => p.year))) expect(html).toContain(`id="y${year}"`);
      expect(html.match(/data-branches="/g)?.length ?? 0).toBe(catalog.papers.length);
    });

    it('folds the timeline into one <details> per year, oldest first, only the newest years open', () => {
      const html = page('timeline');
      const years = [...html.matchAll(/<details id="y(\d+)"( open)?[^>]*>([\s\S]*?)<\/details>/g)].map((m) => ({
        year: Number(m[1]),
        open: Boolean(m[2]),
        papers: hrefs(m[3], `${base}papers/`),
        summary: /<summary[\s\S]*?<\/summary>/.exec(m[3])![0],
      }));
      const perYear = (year: number) => catalog.papers.filter((p) => p.year === year).map((p) => p.id);
      expect(years.map((y) => y.year)).toEqual([...new Set(catalog.papers.map((p) => p.year))].sort((a, b) => a - b));
      for (const y of years) {
        expect(y.papers.sort(), String(y.year)).toEqual(perYear(y.year).sort());
        expect(y.summary).toContain(`${y.papers.length} paper`);
      }
      // Open: the newest year, and each year before it only while the open ones hold fewer than OPEN_AT_LEAST.
      let held = 0;
      for (const y of [...years].reverse()) {
        expect(y.open, String(y.year)).toBe(held < OPEN_AT_LEAST);
        if (y.open) held += y.papers.length;
      }
    });

    it('gives every dataset a page listing exactly the papers that introduce or use it', () => {
      for (const dataset of catalog.datasets) {
        const file = path.join(dist, 'datasets', dataset.id, 'index.html');
        expect(existsSync(file), `${dataset.id} has a page`).toBe(true);
        const html = readFileSync(file, 'utf8');
        const expected = catalog.papers.filter((p) => p.datasets?.includes(dataset.id) || p.id === dataset.introduced_by).map((p) => p.id);
        const listed = expected.length ? hrefs(block(html, 'data-dataset-papers', 'ul'), `${base}papers/`) : [];
        expect(listed.sort(), dataset.id).toEqual(expected.sort());
        if (expected.length === 0) expect(html).toContain('No catalogued paper lists this dataset yet.');
      }
    });

    it('has one table row per dataset, in name order, marking unknown facts', () => {
      const html = page('datasets');
      expect(hrefs(html, `${base}datasets/`)).toEqual(catalog.datasets.map((d) => d.id));
      const blanks = catalog.datasets.reduce((n, d) => n + [d.classes, d.normal_images, d.abnormal_images, d.source].filter((v) => v === undefined).length, 0);
      expect((html.match(/<span class="sr-only"[^>]*>unknown<\/span>/g) ?? []).length).toBeGreaterThanOrEqual(blanks);
    });

    it('tabulates insights that match counts taken from the catalog', () => {
      const html = page('insights');
      const years = [...new Set(catalog.papers.map((p) => p.year))];
      const perYear = tableRows(html, 'per-year');
      for (const year of years) {
        const row = perYear.find((r) => r[0] === String(year))!;
        expect(Number(row.at(-1)), `total for ${year}`).toBe(catalog.papers.filter((p) => p.year === year).length);
        expect(row.slice(1, -1).reduce((s, v) => s + Number(v), 0)).toBe(Number(row.at(-1)));
      }
      expect(perYear.reduce((s, r) => s + Number(r.at(-1)), 0)).toBe(catalog.papers.length);

      for (const [year, papers, withCode] of tableRows(html, 'code-share')) {
        const inYear = catalog.papers.filter((p) => p.year === Number(year));
        expect(Number(papers)).toBe(inYear.length);
        expect(Number(withCode)).toBe(inYear.filter((p) => p.links.code || p.links.unofficial_code).length);
      }

      for (const [venue, , count] of tableRows(html, 'venues')) {
        expect(Number(count), venue).toBe(catalog.papers.filter((p) => p.venue === venue.replace(/&amp;/g, '&')).length);
      }
      for (const [modality, count] of tableRows(html, 'modalities')) {
        const key = modality.toLowerCase().replace(' ', '-');
        expect(Number(count), modality).toBe(catalog.datasets.filter((d) => (d.modality as string[] | undefined)?.includes(key)).length);
      }
    });

    it('draws the taxonomy diagram with a link and the deep paper count for every category', () => {
      const html = page('taxonomy');
      const svg = block(html, '<svg id="taxonomy-diagram"', 'svg');
      // Deep counts the plain way: climb each paper's categories to the root.
      const deep = new Map<string, Set<string>>();
      for (const paper of catalog.papers) {
        for (let id of paper.categories) {
          for (let c = catalog.categoryById.get(id); c; c = c.parent ? catalog.categoryById.get(c.parent) : undefined) {
            id = c.id;
            deep.set(id, (deep.get(id) ?? new Set()).add(paper.id));
          }
        }
      }
      for (const category of catalog.categories) {
        const node = new RegExp(`<a href="${base}categories/${category.id}/"[^>]*>[\\s\\S]*?<tspan[^>]*>(\\d+)</tspan>`).exec(svg);
        expect(node, category.id).not.toBeNull();
        expect(Number(node![1]), category.id).toBe(deep.get(category.id)?.size ?? 0);
      }
      // Featured papers hang under their first category, at most the three newest per category.
      // Ties at the third year may go either way; anything newer than the third must be there.
      const byCategory = new Map<string, typeof catalog.papers>();
      for (const p of catalog.papers.filter((p) => p.featured)) byCategory.set(p.categories[0], [...(byCategory.get(p.categories[0]) ?? []), p]);
      for (const [category, papers] of byCategory) {
        const third = papers.map((p) => p.year).sort((a, b) => b - a)[2] ?? -Infinity;
        const shown = papers.filter((p) => svg.includes(`href="${base}papers/${p.id}/"`));
        expect(shown.length, category).toBe(Math.min(3, papers.length));
        for (const p of papers) if (p.year > third) expect(shown, p.id).toContain(p);
      }
    });

    it('ships at most 10 KB of JavaScript (gzip) per page, of which the viz scripts are a small part', () => {
      const weigh = (route: string) => pageJs(dist, `${route}/index.html`, base).gzip;
      // Insights is static SVG: it ships only the layout's own script.
      const layoutOnly = weigh('insights');
      for (const route of ['timeline', 'datasets', 'insights']) expect(weigh(route), route).toBeLessThanOrEqual(10 * 1024);
      // The timeline filter (≤ 2 KB) and the table sort (≤ 3 KB) on top of it.
      expect(weigh('timeline') - layoutOnly).toBeLessThanOrEqual(2 * 1024);
      expect(weigh('datasets') - layoutOnly).toBeLessThanOrEqual(3 * 1024);
    });

    it('renders catalog text as text, never as markup', () => {
      for (const route of ['timeline', 'insights', 'datasets', 'taxonomy', ...catalog.datasets.map((d) => `datasets/${d.id}`)]) {
        const markup = withoutAttributes(page(route));
        expect(markup, route).not.toMatch(/<script>alert|<img|<b>&/i);
      }
      if (label === 'viz fixture') {
        expect(page('datasets/xss-set')).toContain('&lt;script&gt;alert(3)&lt;/script&gt;Evil &quot;Set&quot;');
        expect(page('timeline')).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt; Zero-shot attack');
      }
    });
  });
}
