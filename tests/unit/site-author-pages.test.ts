/** The author views on a small catalog: bylines, co-authors, categories, the index and the downloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { authorView, authorsIndex, bylineView, prolificAuthors, BYLINE_SHOWN } from '../../src/lib/site/author-pages.ts';
import { collectionDownload, collectionPapers } from '../../src/lib/site/downloads.ts';
import { shortByline } from '../../src/lib/site/authors.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';
import { pageRoutes } from '../../src/lib/site/sitemap.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';
import { loadOk } from '../support/load-ok.ts';

const many = Array.from({ length: 12 }, (_, i) => `Member ${String.fromCharCode(65 + i)}`);
const paper = (id: string, year: number, authors: string[] | undefined, categories = ['memory-bank'], extra: Record<string, unknown> = {}) => ({
  id,
  title: `Paper ${id}`,
  year,
  links: { paper: `https://example.org/${id}` },
  categories,
  ...(authors ? { authors, authors_source: `https://www.example.org/${id}/cite` } : {}),
  ...extra,
});

let project: TempProject;
let catalog: Catalog;
beforeAll(() => {
  project = tempProject({ fixtures: false });
  project.write('papers', paper('a', 2021, ['Ann Smith', 'Bo Li', 'Cy Twain']));
  project.write('papers', paper('b', 2022, ['Bo Li', 'Ann Smith'], ['memory-bank', 'distribution-map']));
  project.write('papers', paper('c', 2024, ['Ann Smith', 'Dee Solo']));
  project.write('papers', paper('d', 2024, ['Bo Li', ...many], ['distribution-map']));
  project.write('papers', paper('e', 2023, undefined));
  catalog = loadOk(project.dataDir);
});
afterAll(() => project.cleanup());

describe('author pages', () => {
  it('group a person\'s papers by year, newest first, every year shown', () => {
    const view = authorView(catalog, 'ann-smith')!;
    expect(view.years.map((g) => [g.year, g.items.map((p) => p.id), g.open])).toEqual([[2024, ['c'], true], [2022, ['b'], true], [2021, ['a'], true]]);
  });

  it('rank co-authors by shared papers, then name, and say who has a page', () => {
    const view = authorView(catalog, 'ann-smith')!;
    expect(view.coauthors.map((c) => [c.author.name, c.shared, c.hasPage])).toEqual([['Bo Li', 2, true], ['Cy Twain', 1, false], ['Dee Solo', 1, false]]);
    expect(authorView(catalog, 'bo-li')!.coauthors[0]).toMatchObject({ shared: 2, author: { id: 'ann-smith' } });
  });

  it('count the categories a person publishes in, most first', () => {
    // A tie keeps taxonomy order.
    const tied = ['memory-bank', 'distribution-map'].sort((a, b) => catalog.categories.findIndex((c) => c.id === a) - catalog.categories.findIndex((c) => c.id === b));
    expect(authorView(catalog, 'bo-li')!.categories.map((c) => [c.category.id, c.count])).toEqual(tied.map((id) => [id, 2]));
    expect(authorView(catalog, 'ann-smith')!.categories.map((c) => [c.category.id, c.count])).toEqual([['memory-bank', 3], ['distribution-map', 1]]);
  });

  it('exist only for people with two or more papers', () => {
    expect(authorView(catalog, 'cy-twain')).toBeUndefined();
    expect(authorView(catalog, 'nobody')).toBeUndefined();
    const index = authorsIndex(catalog);
    expect(index.authors.map((a) => a.id)).toEqual(['ann-smith', 'bo-li']);
    expect(index).toMatchObject({ papers: 5, papersWithAuthors: 4, people: 2 + 2 + 12, onePaper: 14 });
    expect(prolificAuthors(catalog, 1).map((a) => a.id)).toEqual(['ann-smith']);
    expect(pageRoutes(catalog)).toEqual(expect.arrayContaining(['authors/', 'authors/ann-smith/', 'authors/bo-li/']));
    expect(pageRoutes(catalog)).not.toContain('authors/cy-twain/');
  });

  it('are computed once per catalog', () => {
    expect(authorView(catalog, 'ann-smith')).toBe(authorView(catalog, 'ann-smith'));
  });
});

describe('bylines', () => {
  it('keep printed order, link people with a page, and name the source host', () => {
    const byline = bylineView(catalog, catalog.paperById.get('a')!)!;
    expect(byline.shown).toEqual([{ name: 'Ann Smith', authorId: 'ann-smith' }, { name: 'Bo Li', authorId: 'bo-li' }, { name: 'Cy Twain', authorId: undefined }]);
    expect(byline.folded).toEqual([]);
    expect(byline.source).toEqual({ url: 'https://www.example.org/a/cite', host: 'example.org' });
  });

  it(`fold lists over ten names after the first ${BYLINE_SHOWN}`, () => {
    const byline = bylineView(catalog, catalog.paperById.get('d')!)!;
    expect(byline.total).toBe(13);
    expect(byline.shown.map((n) => n.name)).toEqual(['Bo Li', ...many.slice(0, BYLINE_SHOWN - 1)]);
    expect([...byline.shown, ...byline.folded].map((n) => n.name)).toEqual(['Bo Li', ...many]);
  });

  it('shorten to three names and "et al.", keeping a given name in view', () => {
    const names = ['A One', 'B Two', 'C Three', 'D Four', 'E Five', 'F Six'];
    expect(shortByline(names.slice(0, 4))).toBe('A One, B Two, C Three, D Four');
    expect(shortByline(names)).toBe('A One, B Two, C Three et al.');
    expect(shortByline(names, 3, 1)).toBe('A One, B Two, C Three et al.');
    expect(shortByline(names, 3, 4)).toBe('A One, B Two, …, E Five et al.');
    expect(shortByline(names, 3, 5)).toBe('A One, B Two, …, F Six');
  });

  it('are absent for a paper without authors', () => {
    expect(bylineView(catalog, catalog.paperById.get('e')!)).toBeUndefined();
  });
});

describe('collection downloads', () => {
  it('hold exactly the papers a category or author page lists, in its order', () => {
    expect(collectionPapers(catalog, 'categories', 'memory-bank').papers).toEqual(papersIn(catalog, 'memory-bank'));
    expect(collectionPapers(catalog, 'authors', 'bo-li').papers.map((p) => p.id)).toEqual(['d', 'b', 'a']);
    const bib = collectionDownload(catalog, 'authors', 'bo-li', 'bib');
    expect(bib.contentType).toBe('text/plain; charset=utf-8');
    expect(parse(bib.body).entries.map((e) => e.key)).toEqual(['d', 'b', 'a']);
    const ris = collectionDownload(catalog, 'categories', 'memory-bank', 'ris');
    expect(ris.contentType).toBe('application/x-research-info-systems; charset=utf-8');
    expect(ris.body.match(/^ID {2}- .*$/gm)).toEqual(papersIn(catalog, 'memory-bank').map((p) => `ID  - ${p.id}`));
    expect(() => collectionPapers(catalog, 'authors', 'cy-twain')).toThrow(/no author page/);
  });
});
