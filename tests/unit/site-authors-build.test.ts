/**
 * The built site carries the authors of the data: bylines and citation meta
 * on every paper page, one page per author with every paper, and downloads
 * (.bib, .ris) holding exactly the papers their page lists. Then a hostile
 * but schema-valid name, which must come out as text everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { loadOk } from '../support/load-ok.ts';
import { parseXml } from '../support/xml-check.ts';
import { creatorName } from '../../src/lib/enrich/bibtex.ts';
import { authorsWithPages, citedAuthors } from '../../src/lib/site/authors.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';

const { base: BASE, site: SITE } = REAL_SITE;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Text or attribute content as the browser reads it. */
const decode = (html: string) =>
  html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!.toLowerCase()]);
/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

const read = (dist: string, rel: string) => readFileSync(path.join(dist, rel), 'utf8');
const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
/** Every <meta name="citation_*"> of a page, in order, content decoded (undefined when missing). */
const citationTags = (html: string) =>
  [...headOf(html).matchAll(/<meta name="(citation_[a-z_]+)"([^>]*)>/g)].map((m) => ({ name: m[1], content: /\scontent="([^"]*)"/.exec(m[2])?.[1] }));
/** The printed names of a paper page's byline, in order. */
const bylineOf = (html: string) => [...html.matchAll(/<span data-author>([\s\S]*?)<\/span>/g)].map((m) => textOf(m[1]));
/** Paper ids of a list page's rows, in order. */
const rowIds = (html: string, base: string) =>
  [...html.matchAll(/\sdata-rows>([\s\S]*?)<\/ul>/g)].flatMap((m) => [...m[1].matchAll(new RegExp(`href="${base}papers/([a-z0-9-]+)/"`, 'g'))].map((x) => x[1]));
const bibKeys = (text: string) => {
  const { entries, errors } = parse(text, { sentenceCase: false });
  expect(errors).toEqual([]);
  return entries.map((e) => e.key);
};
const risIds = (text: string) => [...text.matchAll(/^ID {2}- (.*)\r$/gm)].map((m) => m[1]);

describe(`the site built from data/ under ${BASE} carries the authors`, () => {
  let dist = '';
  let catalog: Catalog;
  beforeAll(async () => {
    dist = await buildSite(REAL_SITE);
    catalog = loadOk(path.resolve('data'));
  });

  it('has a page for every author with two or more papers, listing each of their papers by title', () => {
    const authors = authorsWithPages(catalog);
    expect(authors.length).toBeGreaterThan(300);
    for (const author of authors) {
      const html = read(dist, `authors/${author.id}/index.html`);
      expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]), author.id).toBe(author.name);
      const listed = rowIds(html, BASE);
      expect(listed.length, author.id).toBe(author.papers.length);
      expect(listed, author.id).toEqual(author.papers.map((p) => p.id));
      const text = textOf(html);
      for (const paper of author.papers) expect(text, `${author.id}: ${paper.id}`).toContain(paper.title.replace(/\s+/g, ' '));
    }
    expect(existsSync(path.join(dist, 'authors/index.html'))).toBe(true);
    const index = read(dist, 'authors/index.html');
    expect([...index.matchAll(new RegExp(`href="${BASE}authors/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1])).toEqual(authors.map((a) => a.id));
    const single = catalog.people.authors.find((a) => a.papers.length === 1)!;
    expect(existsSync(path.join(dist, `authors/${single.id}/index.html`))).toBe(false);
  });

  it('lists every paper page\'s authors in printed order, or says they are not recorded', () => {
    for (const paper of catalog.papers) {
      const html = read(dist, `papers/${paper.id}/index.html`);
      if (paper.authors) expect(bylineOf(html), paper.id).toEqual(paper.authors);
      else expect(html, paper.id).toContain('data-no-authors');
      if (paper.authors && paper.authors.length > 10) expect(html, paper.id).toContain(`Show all ${paper.authors.length} authors`);
      if (paper.authors_source) expect(html, paper.id).toMatch(/Authors as listed at <a href="https?:/);
    }
  });

  it('gives citation_author meta tags equal to the authors, in order, and no citation_* tag without content', () => {
    for (const paper of catalog.papers) {
      const tags = citationTags(read(dist, `papers/${paper.id}/index.html`));
      expect(tags.length, paper.id).toBeGreaterThan(2);
      for (const tag of tags) expect(tag.content, `${paper.id} ${tag.name}`).toMatch(/\S/);
      expect(tags.filter((t) => t.name === 'citation_author').map((t) => decode(t.content!)), paper.id).toEqual(citedAuthors(catalog, paper) ?? []);
    }
  });

  it('serves each paper\'s .bib (the BibTeX on its page) and .ris, parsing back into the same authors', () => {
    for (const paper of catalog.papers) {
      const bib = read(dist, `papers/${paper.id}.bib`);
      const page = decode(/<pre id="bibtex"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(read(dist, `papers/${paper.id}/index.html`))![1]);
      expect(bib, paper.id).toBe(page);
      const { entries, errors } = parse(bib, { sentenceCase: false });
      expect(errors, paper.id).toEqual([]);
      expect(entries.map((e) => e.key)).toEqual([paper.id]);
      expect((entries[0].fields.author ?? []).map(creatorName), paper.id).toEqual((citedAuthors(catalog, paper) ?? []).map((n) => n.normalize('NFC')));
      const ris = read(dist, `papers/${paper.id}.ris`);
      expect(risIds(ris)).toEqual([paper.id]);
      expect([...ris.matchAll(/^AU {2}- (.*)\r$/gm)].map((m) => m[1]), paper.id).toEqual(citedAuthors(catalog, paper) ?? []);
    }
  });

  it('offers on each category page and author page downloads of exactly the papers it lists', () => {
    for (const category of catalog.categories) {
      const html = read(dist, `categories/${category.id}/index.html`);
      const listed = rowIds(html, BASE);
      expect(listed, category.id).toEqual(papersIn(catalog, category.id).map((p) => p.id));
      if (listed.length === 0) continue;
      expect(html).toContain(`href="${BASE}categories/${category.id}.bib"`);
      expect(html).toContain(`href="${BASE}categories/${category.id}.ris"`);
      expect(bibKeys(read(dist, `categories/${category.id}.bib`)), category.id).toEqual(listed);
      expect(risIds(read(dist, `categories/${category.id}.ris`)), category.id).toEqual(listed);
    }
    for (const author of authorsWithPages(catalog)) {
      const html = read(dist, `authors/${author.id}/index.html`);
      expect(html).toContain(`href="${BASE}authors/${author.id}.bib"`);
      expect(bibKeys(read(dist, `authors/${author.id}.bib`)), author.id).toEqual(rowIds(html, BASE));
      expect(risIds(read(dist, `authors/${author.id}.ris`)), author.id).toEqual(rowIds(html, BASE));
      // Each row's shortened byline still shows this author, however far down the list they are.
      const bylines = [...html.matchAll(/<p[^>]*data-byline[^>]*>([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]));
      const printed = author.papers.map((p) => catalog.people.bylineOf.get(p.id)!.find((e) => e.author.id === author.id)!.name);
      expect(bylines.length, author.id).toBe(printed.length);
      bylines.forEach((byline, i) => expect(byline, `${author.id} row ${i}`).toContain(printed[i]));
    }
  });

  it('cites a name printed surname first under the person\'s name, so BibTeX and RIS split it right (PEFM)', () => {
    const pefm = catalog.paperById.get('pefm')!;
    expect(pefm.authors).toContain('Cao YunKang');
    expect(citedAuthors(catalog, pefm)).toEqual(pefm.authors!.map((n) => (n === 'Cao YunKang' ? 'Yunkang Cao' : n === 'Shen Weiming' ? 'Weiming Shen' : n)));
    const [entry] = parse(read(dist, 'papers/pefm.bib')).entries;
    expect(entry.fields.author!.map((c) => c.lastName)).toEqual(['Wan', 'Cao', 'Gao', 'Shen', 'Li']);
  });

  it('puts the author pages in the sitemap and links the prolific-authors chart to them', () => {
    const locs = parseXml(read(dist, 'sitemap.xml')).filter((e) => e.name === 'loc').map((e) => e.text);
    expect(locs).toContain(`${SITE}${BASE}authors/`);
    for (const author of authorsWithPages(catalog)) expect(locs).toContain(`${SITE}${BASE}authors/${author.id}/`);
    const chart = /<svg[^>]*aria-labelledby="authors-title"[\s\S]*?<\/svg>/.exec(read(dist, 'insights/index.html'))![0];
    const linked = [...chart.matchAll(new RegExp(`<a href="${BASE}authors/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]);
    expect(linked).toEqual(authorsWithPages(catalog).slice(0, 15).map((a) => a.id));
  });
});

describe('a hostile author name is text everywhere', () => {
  const NAME = 'Ann "O\'Hara" & Co. javascript:alert(document.cookie) &lt;b&gt;';
  let xss = '';
  let id = '';
  beforeAll(async () => {
    xss = await buildSite({ dataDir: path.resolve('tests/fixtures/site-xss'), site: SITE });
    const catalog = loadOk(path.resolve('tests/fixtures/site-xss'));
    id = catalog.people.authors.find((a) => a.name === NAME)!.id;
  });
  /** Markup outside attribute values, which must hold no element or link the name could have made. */
  const markupOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

  it('on the paper page, in the byline and the citation meta', () => {
    const html = read(xss, 'papers/evil-script/index.html');
    expect(bylineOf(html)).toEqual([NAME, 'Plain Person']);
    expect(citationTags(html).filter((t) => t.name === 'citation_author').map((t) => decode(t.content!))).toEqual([NAME, 'Plain Person']);
    expect(html).not.toContain(NAME);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(markupOf(html)).not.toMatch(/<b>/);
    // The source link is percent-encoded, so its payload cannot leave the attribute.
    expect(html).toContain('Authors as listed at <a href="https://example.org/authors?a=1&b=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"');
  });

  it('on the author page, as its heading', () => {
    const html = read(xss, `authors/${id}/index.html`);
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1])).toBe(NAME);
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1])).toContain(NAME);
    expect(html).not.toContain(NAME);
    expect(markupOf(html)).not.toMatch(/<b>/);
  });

  it('in the .bib and .ris downloads, parsing back to the name', () => {
    for (const file of ['papers/evil-script.bib', `authors/${id}.bib`]) {
      const { entries, errors } = parse(read(xss, file), { sentenceCase: false });
      expect(errors, file).toEqual([]);
      expect(entries.find((e) => e.key === 'evil-script')!.fields.author!.map(creatorName), file).toEqual([NAME, 'Plain Person']);
    }
    expect(read(xss, `authors/${id}.bib`)).toMatch(/^% IAD Atlas: Ann "O'Hara" & Co\. javascript:alert\(document\.cookie\) &lt;b&gt;: the 2 papers/);
    for (const file of ['papers/evil-script.ris', `authors/${id}.ris`]) expect(read(xss, file), file).toContain(`\r\nAU  - ${NAME}\r\n`);
  });
});
