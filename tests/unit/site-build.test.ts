/**
 * The built site, as a visitor or crawler gets it: the committed data under a
 * project-site base path (the build every test file shares), the site-basic
 * fixture at '/' (built twice to prove the output is reproducible), and a
 * fixture full of markup in its text.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { parseBibtex } from '../support/bibtex-parse.ts';
import { parseXml } from '../support/xml-check.ts';
import { pageJs } from '../support/page-js.ts';
import { papersIn } from '../../src/lib/catalog/queries.ts';
import { REQUIRED_FIELDS, type BibtexType } from '../../src/lib/site/bibtex.ts';
import { repoUrl } from '../../src/lib/site/site-config.ts';
import { directPapers } from '../../src/lib/site/site-views.ts';
import { OPEN_AT_LEAST } from '../../src/lib/site/year-groups.ts';
import { loadOk } from '../support/load-ok.ts';

const { base: BASE, site: SITE } = REAL_SITE;


function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name), rel) : [rel];
    });
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  for (const rel of files(dir)) hash.update(rel).update('\0').update(readFileSync(path.join(dir, rel))).update('\0');
  return hash.digest('hex');
}

const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Attribute text as the browser reads it: named and numeric (Astro writes & as &#38;) entities. */
const decodeAttr = (value: string) =>
  value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi, (_, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!.toLowerCase()]);

/** Every href/src/action in a page, entity-decoded. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decodeAttr(m[1]));
}

/** Broken internal references in the whole output: missing files or missing #fragment targets. */
function brokenLinks(dist: string, base: string): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...read(dist, file).matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttr(m[1]))));
    return ids.get(file)!;
  };
  for (const page of files(dist).filter((f) => f.endsWith('.html'))) {
    for (const ref of references(read(dist, page))) {
      if (/^(https?:|mailto:)/.test(ref) || ref.startsWith('//')) continue;
      const url = new URL(ref, `http://host${base}${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${ref} is outside the base ${base}`);
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!existsSync(path.join(dist, target)) || statSync(path.join(dist, target)).isDirectory()) {
        broken.push(`${page}: ${ref} → no ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${page}: ${ref} → no id "${fragment}" in ${target}`);
    }
  }
  return [...new Set(broken)];
}

const paperLinks = (html: string, base: string) => [...html.matchAll(new RegExp(`href="${base}papers/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]);

/** Paper ids linked from each <ul> carrying `marker` (data-rows, data-recent …), one array per list. */
const listsOf = (html: string, marker: string, base: string) => [...html.matchAll(new RegExp(`${marker}>([\\s\\S]*?)</ul>`, 'g'))].map((m) => paperLinks(m[1], base));

/** Paper ids linked from the category page's main paper list, all of its year groups. */
const listedPapers = (html: string, base: string) => listsOf(html, 'data-rows', base).flat();

function bibtexOnPage(html: string): string {
  const code = /<pre id="bibtex"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
  if (code === undefined) throw new Error('no BibTeX block');
  return decodeAttr(code);
}

function checkBibtex(text: string) {
  for (const entry of parseBibtex(text)) {
    const required = REQUIRED_FIELDS[entry.type as BibtexType];
    expect(required, `@${entry.type}{${entry.key}} is a known type`).toBeDefined();
    for (const field of required) expect(entry.fields.get(field), `${entry.key}.${field}`).toBeTruthy();
  }
}

/** The checks every build must pass, whatever its data and base. */
function describeSite(name: string, getDist: () => string, dataDir: string, base: string) {
  describe(name, () => {
    const catalog = loadOk(dataDir);
    const dist = () => getDist();

    it('has a page for every paper, category and dataset, and the fixed pages', () => {
      const missing = [
        'index.html',
        'taxonomy/index.html',
        '404.html',
        ...catalog.papers.map((p) => `papers/${p.id}/index.html`),
        ...catalog.categories.map((c) => `categories/${c.id}/index.html`),
      ].filter((rel) => !existsSync(path.join(dist(), rel)));
      expect(missing).toEqual([]);
    });

    it('lists on each category page exactly the papers papersIn() assigns', () => {
      for (const category of catalog.categories) {
        const listed = listedPapers(read(dist(), `categories/${category.id}/index.html`), base);
        const expected = papersIn(catalog, category.id).map((p) => p.id);
        expect(listed.length, category.id).toBe(expected.length);
        expect(new Set(listed), category.id).toEqual(new Set(expected));
      }
    });

    it('folds each category page by year, newest first, opening only the newest years, with a link to each year', () => {
      for (const category of catalog.categories) {
        const html = read(dist(), `categories/${category.id}/index.html`);
        const papers = papersIn(catalog, category.id);
        const groups = [...html.matchAll(/<details id="y(\d+)"( open)? data-year-group="\d+"[^>]*>([\s\S]*?)<\/details>/g)].map((m) => ({
          year: Number(m[1]),
          open: Boolean(m[2]),
          papers: listedPapers(m[3], base),
        }));
        expect(groups.map((g) => g.year), category.id).toEqual([...new Set(papers.map((p) => p.year))].sort((a, b) => b - a));
        let held = 0;
        for (const group of groups) {
          expect(new Set(group.papers), `${category.id} ${group.year}`).toEqual(new Set(papers.filter((p) => p.year === group.year).map((p) => p.id)));
          expect(group.open, `${category.id} ${group.year} open`).toBe(held < OPEN_AT_LEAST);
          if (group.open) held += group.papers.length;
          if (groups.length > 1) expect(html, `${category.id} links to ${group.year}`).toContain(`href="#y${group.year}"`);
        }
      }
    });

    it('keeps the home page bounded: a few recent venue groups and recent additions, each linking on', () => {
      const html = read(dist(), 'index.html');
      const recent = listsOf(html, 'data-recent', base);
      expect(recent.length).toBeGreaterThan(0);
      expect(recent.length).toBeLessThanOrEqual(6);
      for (const group of recent) expect(group.length).toBeLessThanOrEqual(3);
      const newest = Math.max(...catalog.papers.map((p) => p.year));
      expect(catalog.paperById.get(recent[0][0])!.year).toBe(newest);
      expect(references(html)).toContain(`${base}search/?from=${newest}&to=${newest}`);
      const added = listsOf(html, 'data-added', base).flat();
      const dated = catalog.papers.filter((p) => p.added);
      expect(added.length).toBe(Math.min(8, dated.length));
      // The latest additions: none left out is newer than one shown.
      const oldestShown = Math.min(...added.map((id) => Date.parse(catalog.paperById.get(id)!.added!)));
      expect(dated.filter((p) => !added.includes(p.id) && Date.parse(p.added!) > oldestShown)).toEqual([]);
    });

    it('shows every paper in the taxonomy tree under each of its categories (up to 100 per node)', () => {
      // The diagrams beside the tree link featured papers too; count the tree's links only.
      const html = read(dist(), 'taxonomy/index.html').replace(/<svg id="taxonomy-diagram[^"]*"[\s\S]*?<\/svg>/g, '');
      for (const category of catalog.categories) expect(html, category.id).toContain(`id="${category.id}"`);
      const listed = [...directPapers(catalog).values()].flatMap((papers) => papers.slice(0, 100).map((p) => p.id));
      for (const paper of catalog.papers) {
        const links = html.split(`href="${base}papers/${paper.id}/"`).length - 1;
        expect(links, paper.id).toBe(listed.filter((id) => id === paper.id).length);
      }
    });

    it('gives each paper page BibTeX that parses with the fields its type needs, and citation meta tags', () => {
      for (const paper of catalog.papers) {
        const html = read(dist(), `papers/${paper.id}/index.html`);
        const entries = parseBibtex(bibtexOnPage(html));
        expect(entries.map((e) => e.key)).toEqual([paper.id]);
        checkBibtex(bibtexOnPage(html));
        expect(html).toMatch(/<meta name="citation_title" content="[^"]+"/);
        expect(html).toContain(`<meta name="citation_publication_date" content="${paper.year}"`);
      }
    });

    it('links each paper page to its YAML file for editing and to a prefilled problem report', () => {
      for (const paper of catalog.papers) {
        const html = read(dist(), `papers/${paper.id}/index.html`);
        expect(html).toContain(`href="${repoUrl}/edit/main/data/papers/${paper.id}.yaml"`);
        expect(html).toContain(`href="${repoUrl}/issues/new?title=${encodeURIComponent(`Problem with paper: ${paper.id}`)}&body=`);
      }
    });

    it('says on each dated paper page since when the list carried it, and shows every other address of the paper', () => {
      for (const paper of catalog.papers) {
        const html = read(dist(), `papers/${paper.id}/index.html`);
        if (paper.added) expect(html, paper.id).toContain(`Listed since <time datetime="${paper.added}">`);
        for (const url of [...(paper.also_at ?? []), ...(paper.more_links ?? []).map((l) => l.url)]) expect(html, paper.id).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
      }
    });

    it('exports every paper to catalog.bib', () => {
      const text = read(dist(), 'catalog.bib');
      expect(parseBibtex(text).map((e) => e.key).sort()).toEqual(catalog.papers.map((p) => p.id).sort());
      checkBibtex(text);
    });

    it('exports the validated catalog to catalog.json', () => {
      const json = JSON.parse(read(dist(), 'catalog.json'));
      expect(json.papers).toEqual(JSON.parse(JSON.stringify(catalog.papers)));
      expect(json.categories.map((c: { id: string }) => c.id)).toEqual(catalog.categories.map((c) => c.id));
      expect(json.datasets).toHaveLength(catalog.datasets.length);
      expect(json.venues).toHaveLength(catalog.venues.length);
      // Results as validated: every table, values as the source prints them.
      expect(json.results).toEqual(JSON.parse(JSON.stringify(catalog.results)));
      expect(json.benchmarks.map((b: { id: string }) => b.id)).toEqual(catalog.benchmarks.map((b) => b.id));
      expect(json.metrics).toHaveLength(catalog.metrics.length);
      // Who is who: every person with their papers, as the author pages count them.
      expect(json.people).toEqual(catalog.people.authors.map((a) => ({ id: a.id, name: a.name, papers: a.papers.map((p) => p.id) })));
    });

    it('has a well-formed RSS 2.0 feed whose links point at pages that exist', () => {
      const elements = parseXml(read(dist(), 'feed.xml'));
      expect(elements[0]).toMatchObject({ name: 'rss', attributes: { version: '2.0' } });
      const items = elements.filter((e) => e.path === 'rss/channel/item/link').map((e) => e.text);
      expect(items.length).toBe(Math.min(50, catalog.papers.length + catalog.datasets.length));
      for (const link of items) {
        expect(link.startsWith(`${SITE}${base}`), link).toBe(true);
        const rel = `${link.slice(`${SITE}${base}`.length)}index.html`;
        if (rel.startsWith('papers/')) expect(existsSync(path.join(dist(), rel)), rel).toBe(true);
      }
      for (const date of elements.filter((e) => e.name === 'pubDate')) expect(date.text).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0000$/);
    });

    it('has a sitemap of absolute URLs under the base, and a robots.txt pointing at it', () => {
      const locs = parseXml(read(dist(), 'sitemap.xml')).filter((e) => e.name === 'loc').map((e) => e.text);
      expect(locs).toContain(`${SITE}${base}papers/${catalog.papers[0].id}/`);
      expect(locs.every((loc) => loc.startsWith(`${SITE}${base}`))).toBe(true);
      expect(read(dist(), 'robots.txt')).toContain(`Sitemap: ${SITE}${base}sitemap.xml`);
    });

    it('gives every page a title, description, canonical URL and OpenGraph tags', () => {
      for (const page of files(dist()).filter((f) => f.endsWith('.html'))) {
        const html = read(dist(), page);
        expect(html, page).toMatch(/<title>[^<]+<\/title>/);
        expect(html, page).toMatch(/<meta name="description" content="[^"]+"/);
        expect(html, page).toMatch(/<meta property="og:title" content="[^"]+"/);
        if (page !== '404.html') expect(html, page).toContain(`<link rel="canonical" href="${SITE}${base}${page.replace(/index\.html$/, '')}"`);
      }
    });

    it('reaches every paper from the home page in three clicks or fewer', () => {
      const pageOf = (href: string) => {
        const url = new URL(href, `http://host${base}`);
        if (url.host !== 'host' || !url.pathname.startsWith(base) || !url.pathname.endsWith('/')) return undefined;
        return `${url.pathname.slice(base.length)}index.html`;
      };
      let frontier = ['index.html'];
      const seen = new Set(frontier);
      for (let click = 1; click <= 3; click++) {
        frontier = frontier.flatMap((page) => references(read(dist(), page)).flatMap((ref) => pageOf(ref) ?? []).filter((next) => {
          if (seen.has(next) || !existsSync(path.join(dist(), next))) return false;
          seen.add(next);
          return true;
        }));
      }
      expect(catalog.papers.map((p) => `papers/${p.id}/index.html`).filter((page) => !seen.has(page))).toEqual([]);
    });

    it('ships at most 10 KB of JavaScript (gzip) on every page but search', () => {
      const heavy = files(dist())
        .filter((f) => f.endsWith('.html') && !f.startsWith('search/'))
        .map((f) => ({ page: f, gzip: pageJs(dist(), f, base).gzip }))
        .filter(({ gzip }) => gzip > 10 * 1024);
      expect(heavy).toEqual([]);
    });

    it('resolves every internal link, script and stylesheet to a file, base path included', () => {
      expect(brokenLinks(dist(), base)).toEqual([]);
    });
  });
}

const realData = path.resolve('data');
const basicData = path.resolve('tests/fixtures/site-basic');
const xssData = path.resolve('tests/fixtures/site-xss');
let real = '';
let basic = '';
let basicAgain = '';
let xss = '';

beforeAll(async () => {
  // One build at a time: the machine has two cores and astro build is memory-hungry.
  real = await buildSite(REAL_SITE);
  basic = await buildSite({ dataDir: basicData, site: SITE });
  // A genuine second build, never the cached first one.
  basicAgain = await buildSite({ dataDir: basicData, site: SITE, fresh: true });
  xss = await buildSite({ dataDir: xssData, site: SITE });
});

describeSite(`the site built from data/ under ${BASE}`, () => real, realData, BASE);
describeSite('the site-basic fixture at /', () => basic, basicData, '/');

describe('reproducible builds', () => {
  it('two builds of the same data are byte-identical', () => {
    expect(files(basicAgain)).toEqual(files(basic));
    expect(hashTree(basicAgain)).toBe(hashTree(basic));
  });
});

describe('catalog text is shown as text, never markup', () => {
  const payloads = [/<script>alert/i, /<\/SCRIPT>/, /<img src=x/i, /"><img/];
  const pages = () => files(xss).filter((f) => /\.(html|xml|json|bib|txt)$/.test(f));

  /**
   * The markup outside double-quoted attribute values. Astro leaves < and > raw
   * inside attribute values (harmless: only a " can end one), so those are
   * blanked first; if a " ever slipped through unescaped, the pairing breaks
   * and the payload that follows shows up here.
   */
  const markupOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

  it('contains no unescaped payload in any page, feed or sitemap', () => {
    const found: string[] = [];
    for (const page of pages().filter((f) => /\.(html|xml|txt)$/.test(f))) {
      const markup = markupOf(read(xss, page));
      for (const payload of payloads) if (payload.test(markup)) found.push(`${page}: ${payload}`);
    }
    expect(found).toEqual([]);
  });

  it('has only the site\'s own script elements and no <img> at all', () => {
    for (const page of pages().filter((f) => f.endsWith('.html'))) {
      const markup = markupOf(read(xss, page));
      const scripts = [...markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBe((markup.match(/<script\b/gi) ?? []).length);
      for (const [, body] of scripts) expect(body, page).not.toContain('alert(1)');
      expect(markup.match(/<img\b/gi), page).toBeNull();
    }
  });

  it('still shows the payloads, escaped, as the entry text, and percent-encodes hostile URLs', () => {
    const html = read(xss, 'papers/evil-script/index.html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Anomaly Detection &lt;/SCRIPT&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://example.org/code?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&z=1"');
    expect(html).toContain('href="https://example.org/paper?a=1&b=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"');
  });

  it('keeps the BibTeX of hostile titles parseable', () => {
    checkBibtex(read(xss, 'catalog.bib'));
    expect(parseBibtex(read(xss, 'catalog.bib'))).toHaveLength(2);
  });

  it('keeps the feed and sitemap well-formed', () => {
    const titles = parseXml(read(xss, 'feed.xml')).filter((e) => e.path === 'rss/channel/item/title').map((e) => e.text);
    // The title starts with the method name, so the label is the title alone.
    expect(titles).toContain('<script>alert(1)</script> Anomaly Detection </SCRIPT><script>alert(1)</script>');
    parseXml(read(xss, 'sitemap.xml'));
  });
});
