import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';
import { deepPaperCounts, directPapers, featuredPapers, recentByVenue, recentlyAdded, relatedPapers, siteCounts } from '../../src/lib/site/site-views.ts';
import { groupByYear } from '../../src/lib/site/year-groups.ts';
import { longDate, paperLabel } from '../../src/lib/site/format.ts';
import { recentEntries, rfc822 } from '../../src/lib/site/feed.ts';
import { citationMeta } from '../../src/lib/site/citation-meta.ts';
import { pageRoutes } from '../../src/lib/site/sitemap.ts';
import { authorsWithPages } from '../../src/lib/site/authors.ts';
import { safeHref } from '../../src/lib/site/safe-url.ts';
import { loadOk } from '../support/load-ok.ts';

const fixture = (name: string): Catalog => loadOk(path.resolve('tests/fixtures', name));
const catalog = fixture('site-basic');
const ids = (papers: readonly { id: string }[]) => papers.map((p) => p.id);

describe('site views over the site-basic fixture', () => {
  it('counts papers, datasets, categories and papers with (any) code', () => {
    expect(siteCounts(catalog)).toEqual({ papers: 8, datasets: 2, categories: 7, withCode: 6 });
  });

  it('deep counts equal papersIn() for every category', () => {
    const counts = deepPaperCounts(catalog);
    for (const category of catalog.categories) expect(counts.get(category.id), category.id).toBe(papersIn(catalog, category.id).length);
    expect(counts.get('unsupervised')).toBe(5);
    expect(counts.get('memory-bank')).toBe(2);
  });

  it('direct papers are the ones filed exactly there', () => {
    const direct = directPapers(catalog);
    expect(ids(direct.get('memory-bank')!)).toEqual(['patchcore', 'padim']);
    expect(direct.get('feature-embedding')).toEqual([]);
  });

  it('featured papers keep catalog order (newest first)', () => {
    expect(ids(featuredPapers(catalog))).toEqual(['reverse-distillation', 'patchcore']);
  });

  it('recent research is the newest year grouped by venue, busiest first, unknown venue last, then earlier years while groups are missing', () => {
    const recent = recentByVenue(catalog)!;
    expect(recent.year).toBe(2023);
    expect(recent.yearTotal).toBe(4);
    expect(recent.groups.map((g) => [g.venue, g.year, g.total, ids(g.papers)])).toEqual([
      ['CVPR', 2023, 2, ['rd-plus-plus', 'winclip']],
      ['arXiv', 2023, 1, ['segment-any-anomaly']],
      ['TII', 2023, 1, ['defect-gan-tii']],
      ['CVPR', 2022, 2, ['reverse-distillation', 'patchcore']],
      ['ICCV', 2021, 1, ['draem']],
      ['ICPR', 2021, 1, ['padim']],
    ]);
  });

  it('recent research stays bounded: at most so many groups of so many papers, totals still counting all', () => {
    const recent = recentByVenue(catalog, { groups: 2, perGroup: 1 })!;
    expect(recent.groups.map((g) => [g.venue, g.year, g.total, ids(g.papers)])).toEqual([
      ['CVPR', 2023, 2, ['rd-plus-plus']],
      ['arXiv', 2023, 1, ['segment-any-anomaly']],
    ]);
    expect(recent.yearTotal).toBe(4);
  });

  it('recently added groups dated papers by day, latest first, showing at most the limit in all', () => {
    const days = (limit: number) => recentlyAdded(catalog, limit).map((d) => [d.date, d.total, ids(d.papers)]);
    expect(days(3)).toEqual([
      ['2024-03-05', 1, ['segment-any-anomaly']],
      ['2024-02-01', 2, ['rd-plus-plus', 'winclip']],
    ]);
    expect(days(2)).toEqual([
      ['2024-03-05', 1, ['segment-any-anomaly']],
      ['2024-02-01', 2, ['rd-plus-plus']],
    ]);
    // defect-gan-tii has no `added`: never listed, whatever the limit.
    expect(days(100).flatMap(([, , shown]) => shown)).toHaveLength(7);
  });

  it('folds papers by year, newest first, opening the newest years until they hold enough', () => {
    const folded = (openAtLeast: number) => groupByYear(catalog.papers, { openAtLeast }).map((g) => [g.year, g.items.length, g.open]);
    expect(folded(3)).toEqual([[2023, 4, true], [2022, 2, false], [2021, 2, false]]);
    expect(folded(5)).toEqual([[2023, 4, true], [2022, 2, true], [2021, 2, false]]);
    expect(groupByYear(catalog.papers)[0].items).toEqual(catalog.papers.filter((p) => p.year === 2023));
    expect(groupByYear([])).toEqual([]);
  });

  it('related papers share a category, most shared first, never the paper itself', () => {
    const patchcore = catalog.paperById.get('patchcore')!;
    const related = ids(relatedPapers(catalog, patchcore));
    expect(related).not.toContain('patchcore');
    expect(new Set(related)).toEqual(new Set(['padim', 'winclip', 'segment-any-anomaly']));
    expect(relatedPapers(catalog, patchcore, 1)).toHaveLength(1);
  });
});

describe('feed ordering', () => {
  it('newest added first, ties by id, undated entries last', () => {
    const entries = recentEntries(catalog);
    expect(entries.slice(0, 3).map((e) => e.id)).toEqual(['paper:segment-any-anomaly', 'paper:rd-plus-plus', 'paper:winclip']);
    const firstUndated = entries.findIndex((e) => !e.added);
    expect(entries.slice(firstUndated).every((e) => !e.added)).toBe(true);
    expect(entries).toHaveLength(10);
    expect(recentEntries(catalog, 2)).toHaveLength(2);
  });
  it('formats RFC 822 dates', () => {
    expect(rfc822('2024-03-05')).toBe('Tue, 05 Mar 2024 00:00:00 +0000');
  });
});

describe('labels', () => {
  it('puts the method name before the title unless the title already starts with it', () => {
    expect(paperLabel({ method: 'PatchCore', title: 'Towards Total Recall' })).toBe('PatchCore: Towards Total Recall');
    expect(paperLabel({ method: 'DeSTSeg', title: 'DeSTSeg: Segmentation Guided Denoising' })).toBe('DeSTSeg: Segmentation Guided Denoising');
    expect(paperLabel({ method: 'simplenet', title: 'SimpleNet - A Simple Network' })).toBe('SimpleNet - A Simple Network');
    expect(paperLabel({ method: 'RD', title: 'RDX: Something Else' })).toBe('RD: RDX: Something Else');
    expect(paperLabel({ title: 'No Method Here' })).toBe('No Method Here');
  });
  it('writes dates the same way everywhere', () => {
    expect(longDate('2026-04-09')).toBe('9 April 2026');
    expect(longDate('2023-12-31')).toBe('31 December 2023');
  });
});

describe('citation meta', () => {
  it('gives conference title, arXiv id and a PDF URL, and no author', () => {
    const tags = Object.fromEntries(citationMeta(catalog.paperById.get('patchcore')!, catalog.venueByName));
    expect(tags).toMatchObject({
      citation_title: 'Towards Total Recall in Industrial Anomaly Detection',
      citation_publication_date: '2022',
      citation_conference_title: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
      citation_arxiv_id: '2106.08265',
      citation_pdf_url: 'https://arxiv.org/pdf/2106.08265',
    });
    expect(tags).not.toHaveProperty('citation_author');
  });
  it('uses the journal title for journals and a linked PDF as is', () => {
    const tags = Object.fromEntries(citationMeta(catalog.paperById.get('defect-gan-tii')!, catalog.venueByName));
    expect(tags.citation_journal_title).toBe('IEEE Transactions on Industrial Informatics');
    expect(tags).not.toHaveProperty('citation_pdf_url');
    const rd = Object.fromEntries(citationMeta(catalog.paperById.get('rd-plus-plus')!, catalog.venueByName));
    expect(rd.citation_pdf_url).toMatch(/\.pdf$/);
  });
});

describe('sitemap routes', () => {
  it('list each page once', () => {
    const routes = pageRoutes(catalog);
    expect(new Set(routes).size).toBe(routes.length);
    // 8 section pages (authors/ among them), the fixture's categories, papers and datasets, no results tables, and its author pages.
    expect(routes).toHaveLength(8 + 7 + 8 + 2 + authorsWithPages(catalog).length);
    expect(routes).toContain('authors/');
  });
});

describe('safeHref', () => {
  it('percent-encodes what could end an attribute or open a tag, and keeps ordinary URLs as they are', () => {
    expect(safeHref('https://example.org/p?a=1&b="><img src=x onerror=alert(1)>')).toBe('https://example.org/p?a=1&b=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(safeHref('https://example.org/a"b#"<c>')).toBe('https://example.org/a%22b#%22%3Cc%3E');
    expect(safeHref('https://github.com/amazon-science/patchcore-inspection')).toBe('https://github.com/amazon-science/patchcore-inspection');
    expect(safeHref('https://arxiv.org/abs/2106.08265')).toBe('https://arxiv.org/abs/2106.08265');
  });
});
