/**
 * The 2026 list's shapes through the real importer and loader: the SOTA and
 * benchmark tables (badges, <br>, bold titles, Github links, topics), the
 * dataset statistics table, headings that name a category only under their
 * parent, wrapped titles, first-listed dates, and a second run that changes
 * nothing.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAwesomeList, type ImportReport } from '../../src/lib/import/index.ts';
import { parseFirstListed } from '../../src/lib/import/first-listed.ts';
import { parseTable, columnKind } from '../../src/lib/import/tables.ts';
import { readTime } from '../../src/lib/import/dataset-table.ts';
import { datasetNameOf } from '../../src/lib/catalog/ids.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { makeDataDir } from '../support/temp-data.ts';

const FIXTURES = path.resolve('tests/fixtures/import');
const MARKDOWN = readFileSync(path.join(FIXTURES, 'tables-shape.md'), 'utf8');
const DATES = parseFirstListed(readFileSync(path.join(FIXTURES, 'first-listed.tsv'), 'utf8'), 'first-listed.tsv');

const readEntry = (dataDir: string, ref: string) =>
  yaml.load(readFileSync(path.join(dataDir, `${ref}.yaml`), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>;

function snapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = { baseline: readFileSync(path.join(dataDir, '.import-baseline.json'), 'utf8') };
  for (const kind of ['papers', 'datasets']) for (const name of readdirSync(path.join(dataDir, kind))) out[`${kind}/${name}`] = readFileSync(path.join(dataDir, kind, name), 'utf8');
  return out;
}

describe('reading a GFM table', () => {
  it('keeps link text and URLs, drops badges and <br>, and numbers rows by README line', () => {
    const table = parseTable(['| Title | Code |', '|---|---|', '| ![Star](https://img.shields.io/x.svg) <br> [**Bold Title**](https://a.org/p) <br> | [Github](https://github.com/a/b) |'], 40, []);
    expect(table?.columns).toEqual(['Title', 'Code']);
    expect(table?.rows).toEqual([{ line: 42, cells: [{ text: 'Bold Title', links: [{ text: 'Bold Title', url: 'https://a.org/p' }] }, { text: 'Github', links: [{ text: 'Github', url: 'https://github.com/a/b' }] }] }]);
  });

  it('names columns by their header, whatever the case', () => {
    expect(['Title', 'Venue', 'Date', 'Code', 'topic', 'Dataset', 'Class', 'Annotation level', 'Time', 'Source'].map(columnKind)).toEqual(['title', 'venue', 'date', 'code', 'topic', 'dataset', 'classes', 'annotation', 'date', 'source']);
  });

  it('reads the Time cell in both orders', () => {
    expect(readTime('CVPR,2019')).toEqual({ venue: 'CVPR', year: 2019 });
    expect(readTime('2024,TIM')).toEqual({ venue: 'TIM', year: 2024 });
    expect(readTime('AAAI, 2025')).toEqual({ venue: 'AAAI', year: 2025 });
    expect(readTime('2007')).toEqual({ year: 2007 });
  });

  it('finds the dataset a dataset paper names', () => {
    expect(datasetNameOf('PKU-GoodsAD: A Supermarket Goods Dataset')).toBe('PKU-GoodsAD');
    expect(datasetNameOf('The MVTec AD 2 Dataset: Advanced Scenarios')).toBe('MVTec AD 2');
    expect(datasetNameOf('The Woven Fabric Defect Detection (WFDD) dataset')).toBe('WFDD');
    expect(datasetNameOf('Supervised Anomaly Detection for Complex Industrial Images')).toBeUndefined();
  });
});

describe('first-listed dates', () => {
  it('refuses a malformed line, naming the file and line', () => {
    expect(() => parseFirstListed('https://a.org/x\t2024-01-01\tabc\nnot a url\t2024\n', 'dates.tsv')).toThrow('dates.tsv:2: expected "url<TAB>YYYY-MM-DD<TAB>commit"');
  });
});

describe('importing a README of the 2026 list’s shape', () => {
  let dataDir: string;
  let report: ImportReport;
  beforeAll(() => {
    dataDir = makeDataDir();
    report = importAwesomeList({ markdown: MARKDOWN, dataDir, added: '2026-01-01', firstListed: DATES });
  });

  it('writes data the real loader accepts, and reports no unparsed line', () => {
    const result = loadCatalog({ dataDir });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(report.unparsed).toEqual([]);
  });

  it('reads a SOTA row as a featured paper with its code and topic category, merged with its list item', () => {
    const lambda = readEntry(dataDir, 'papers/lambda');
    expect(lambda).toMatchObject({
      title: 'Lambda: A Memory Bank Method',
      venue: 'CVPR',
      year: 2022,
      featured: true,
      categories: ['memory-bank'],
      links: { paper: 'https://openaccess.thecvf.com/content/CVPR2022/html/Lambda.html', code: 'https://github.com/example/lambda' },
      // The arXiv copy the list item links is kept, not dropped as a conflict.
      also_at: ['http://arxiv.org/pdf/2201.00010'],
      arxiv: '2201.00010',
    });
    expect(JSON.stringify(readdirSync(path.join(dataDir, 'papers')))).not.toMatch(/star|shields/);
  });

  it('splits a topic cell into categories, and marks benchmark-table papers', () => {
    expect(readEntry(dataDir, 'papers/mu').categories).toEqual(['logical', 'few-shot']);
    expect(readEntry(dataDir, 'papers/nu')).toMatchObject({ venue: 'TMLR', categories: ['surveys'], tags: ['benchmark'] });
  });

  it('files headings of the 2026 list, "Others" only under its parent', () => {
    expect(readEntry(dataDir, 'papers/omicron').categories).toEqual(['reconstruction-other']);
    expect(readEntry(dataDir, 'papers/pi').categories).toEqual(['anomaly-synthesis']);
    expect(readEntry(dataDir, 'papers/rho').categories).toEqual(['universal-models']);
  });

  it('joins a title the README wrapped over two lines, and turns <sup> into text', () => {
    expect(readEntry(dataDir, 'papers/xi').title).toBe('Xi: A Title the README Wrapped Over Two Lines');
    expect(readEntry(dataDir, 'datasets/real-phi-d3').name).toBe('Real-Phi D³');
  });

  it('fills dataset facts from the statistics table, matching a misspelt name by its link', () => {
    const tau = readEntry(dataDir, 'datasets/kolektortau');
    expect(tau).toMatchObject({ name: 'KolektorTau', classes: 1, total_images: 399, annotation: ['bbox'], modality: ['rgb-d'], source: 'synthetic' });
    expect(tau.normal_images).toBeUndefined();
    expect(report.warnings.map((n) => n.message)).toContain('table row "KolekrotTau" read as dataset "KolektorTau", matched by its link');
  });

  it('names a dataset by its paper, and takes its venue and year from the Time cell', () => {
    expect(readEntry(dataDir, 'datasets/sigma-ad')).toMatchObject({ name: 'Sigma-AD', year: 2025, classes: 8, normal_images: 100, abnormal_images: 50, total_images: 150, annotation: ['pixel'], modality: ['rgb'], source: 'real' });
  });

  it('keeps a dataset with no paper as a download, and flags a total that is not normal + abnormal', () => {
    const upsilon = readEntry(dataDir, 'datasets/upsilon');
    expect(upsilon).toMatchObject({ name: 'Upsilon', aliases: ['Upsilon Texture Set'], year: 2019, links: { data: 'https://example.org/upsilon-download' }, annotation: ['point'], modality: ['point-cloud'], source: 'mixed' });
    expect(upsilon.paper).toBeUndefined();
    expect(report.warnings.map((n) => n.message)).toContain("Upsilon: normal 10 + abnormal 5 is 15, but the table's total is 16; all three kept as printed");
  });

  it('dates each entry by the first day the list carried any of its URLs', () => {
    expect(readEntry(dataDir, 'papers/lambda').added).toBe('2022-12-13');
    expect(readEntry(dataDir, 'papers/mu').added).toBe('2024-02-02');
    expect(readEntry(dataDir, 'datasets/sigma-ad').added).toBe('2025-02-10');
    // Not in the dates file: the run's own date.
    expect(readEntry(dataDir, 'papers/rho').added).toBe('2026-01-01');
  });

  it('dates a paper made by hand before the import by the earlier of its own day and the list\'s', () => {
    const handMade = makeDataDir();
    mkdirSync(path.join(handMade, 'papers'), { recursive: true });
    const write = (id: string, added: string) =>
      writeFileSync(path.join(handMade, 'papers', `${id}.yaml`), `id: ${id}\ntitle: "${id === 'mu' ? 'Mu: Logic and Few Shots' : 'Lambda: A Memory Bank Method'}"\nyear: 2024\nlinks:\n  paper: ${id === 'mu' ? 'https://arxiv.org/abs/2401.00011' : 'http://arxiv.org/pdf/2201.00010'}\ncategories:\n  - logical\nadded: ${added}\n`);
    write('mu', '2026-12-01');
    write('lambda', '2020-01-01');
    importAwesomeList({ markdown: MARKDOWN, dataDir: handMade, added: '2026-01-01', firstListed: DATES });
    expect(readEntry(handMade, 'papers/mu').added).toBe('2024-02-02');
    expect(readEntry(handMade, 'papers/lambda').added).toBe('2020-01-01');
  });

  it('changes no byte when run again on the same README', () => {
    const before = snapshot(dataDir);
    const again = importAwesomeList({ markdown: MARKDOWN, dataDir, added: '2026-02-02', firstListed: DATES });
    expect(snapshot(dataDir)).toEqual(before);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
  });
});
