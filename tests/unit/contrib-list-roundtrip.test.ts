import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAwesomeList, type ImportReport } from '../../src/lib/import/index.ts';
import { arxivIdFromUrl, normalizeTitle } from '../../src/lib/catalog/normalize.ts';
import { renderAwesomeList } from '../../src/lib/export/awesome-list.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import type { Dataset, Paper } from '../../src/lib/catalog/schema.ts';
import { loadOk } from '../support/load-ok.ts';

/**
 * LIST.md → importer → data must give back the catalog it was rendered from.
 * The list format carries titles, venues, years, every link, other versions,
 * categories, featured, the datasets a paper introduces, topic tags and the
 * notes the seed writes in labels.
 * It does not carry ids, method names, aliases, free-text notes, other
 * addresses of the same version (also_at),
 * dataset facts (modality, counts …) or `added`; on an import into the
 * existing data/ those are kept from the files.
 */
const LABEL_NOTES = /^(oral|spotlight|best paper|challenge|code coming soon|dataset coming soon|.* tech report|.* workshop|unofficial code in .+|write-up in Chinese|data[: ].+)$/;


const sorted = <T>(list: T[] | undefined, key = (v: T) => JSON.stringify(v)) => [...(list ?? [])].sort((a, b) => key(a).localeCompare(key(b)));

/** What of a paper the list format carries, with ids replaced by titles so two imports compare. */
function carriedPaper(paper: Paper, catalog: Catalog) {
  return {
    title: paper.title,
    year: paper.year,
    venue: paper.venue,
    // Derived from the paper link; an arXiv number on a paper linked elsewhere is not carried.
    arxiv: arxivIdFromUrl(paper.links.paper),
    links: paper.links,
    also_published: sorted(paper.also_published),
    categories: sorted(paper.categories),
    featured: paper.featured ?? false,
    introduces: sorted(catalog.datasets.filter((d) => d.introduced_by === paper.id).map((d) => d.name)),
    tags: sorted(paper.tags),
    notes: sorted(paper.notes?.filter((n) => LABEL_NOTES.test(n))),
  };
}

function carriedDataset(dataset: Dataset, catalog: Catalog) {
  const introducer = dataset.introduced_by ? catalog.paperById.get(dataset.introduced_by) : undefined;
  return {
    name: dataset.name,
    introducedBy: introducer?.title,
    paper: dataset.paper,
    year: dataset.year,
    also_published: sorted(dataset.also_published),
    links: dataset.links,
    notes: sorted(dataset.notes?.filter((n) => LABEL_NOTES.test(n))),
  };
}

function carried(catalog: Catalog) {
  return {
    papers: Object.fromEntries(sorted(catalog.papers, (p) => normalizeTitle(p.title)).map((p) => [normalizeTitle(p.title), carriedPaper(p, catalog)])),
    datasets: Object.fromEntries(sorted(catalog.datasets, (d) => normalizeTitle(d.name)).map((d) => [normalizeTitle(d.name), carriedDataset(d, catalog)])),
  };
}

const snapshot = (dataDir: string) =>
  Object.fromEntries(['papers', 'datasets'].flatMap((kind) => readdirSync(path.join(dataDir, kind)).map((f) => [`${kind}/${f}`, readFileSync(path.join(dataDir, kind, f), 'utf8')])));

const tempDir = () => makeTempDir('atlas-roundtrip');

for (const [name, source] of [
  ['the committed data/', 'data'],
  ['the site fixture', 'tests/fixtures/site-basic'],
] as const) {
  describe(`LIST.md round trip through the importer: ${name}`, () => {
    let original: Catalog;
    let markdown: string;
    beforeAll(() => {
      original = loadOk(path.resolve(source));
      markdown = renderAwesomeList(original);
    });

    it('a fresh import gives back every paper and dataset with every field the list carries', () => {
      const dataDir = tempDir();
      cpSync(path.join(source, 'categories'), path.join(dataDir, 'categories'), { recursive: true });
      cpSync(path.join(source, 'venues.yaml'), path.join(dataDir, 'venues.yaml'));
      const report = importAwesomeList({ markdown, dataDir, added: '2000-01-01' });
      expect(report.needsPerson).toEqual([]);
      expect(report.conflicts).toEqual([]);
      const imported = loadOk(dataDir);
      expect(imported.papers).toHaveLength(original.papers.length);
      expect(imported.datasets).toHaveLength(original.datasets.length);
      expect(carried(imported)).toEqual(carried(original));
      expect(renderAwesomeList(imported)).toBe(markdown);
    });

    it('importing it over the same data changes nothing but arXiv numbers read from links', () => {
      const dataDir = tempDir();
      cpSync(source, dataDir, { recursive: true });
      const before = snapshot(dataDir);
      const report: ImportReport = importAwesomeList({ markdown, dataDir, added: '2000-01-01' });
      expect(report.created).toEqual([]);
      expect(report.notInReadme).toEqual([]);
      const after = snapshot(dataDir);
      const changed = Object.keys(before).filter((file) => before[file] !== after[file]);
      expect(report.updated.filter((u) => u.fields.some((f) => f !== 'arxiv'))).toEqual([]);
      // Categories the list prints in taxonomy order are the same set as the file's, not a hand edit.
      expect(report.keptHandEdits).toEqual([]);
      const catalog = loadOk(dataDir);
      for (const file of changed) {
        const id = path.basename(file, '.yaml');
        const was = original.paperById.get(id)!;
        const now = catalog.paperById.get(id)!;
        expect(now).toEqual({ ...was, arxiv: was.arxiv ?? arxivIdFromUrl(was.links.paper) });
      }
    });
  });
}
