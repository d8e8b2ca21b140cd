/**
 * The results importer on hand-made excerpts of the two benchmark pages
 * (tests/fixtures/import-results/), in their shapes: ADer's column per metric
 * with a log link, IM-IAD's column per class with the method cell left empty
 * below its first row, its BTAD table that carries MTD in its right half, and
 * its MVTec LOCO metrics. A copy of real catalog files is the data, so the
 * methods map onto the papers the catalog has.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importResults, type ImportResultsReport } from '../../src/lib/import-results/index.ts';
import { formatResultsReport } from '../../src/lib/import-results/report.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';
import type { ResultTable } from '../../src/lib/catalog/results-schema.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { runScript } from '../support/run-script.ts';

const FIXTURES = path.resolve('tests/fixtures/import-results');
const PAPERS = ['ader', 'im-iad', 'draem', 'patchcore', 'cfa', 'cs-flow', 'invad', 'learning-feature-inversion-multi-class', 'anomaly-localization-modeling-perceptual-features', 'explainable-deep-few-shot-anomaly', 'beyond-dents-scratches-logical-constraints', 'vt-adl'];
const DATASETS = ['mvtec-ad', 'mvtec-loco-ad', 'btad', 'mtd', 'pad'];

/** A data folder of real catalog files: the venues, taxonomy and metrics, and the papers and datasets the excerpts name. */
function dataDir(): string {
  const dir = path.join(makeTempDir('atlas-results'), 'data');
  mkdirSync(path.join(dir, 'papers'), { recursive: true });
  mkdirSync(path.join(dir, 'datasets'));
  for (const file of ['venues.yaml', 'metrics.yaml', 'categories']) cpSync(path.resolve('data', file), path.join(dir, file), { recursive: true });
  for (const id of PAPERS) cpSync(path.resolve('data/papers', `${id}.yaml`), path.join(dir, 'papers', `${id}.yaml`));
  for (const id of DATASETS) cpSync(path.resolve('data/datasets', `${id}.yaml`), path.join(dir, 'datasets', `${id}.yaml`));
  return dir;
}

const source = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const readTable = (dir: string, file: string) => yaml.load(readFileSync(path.join(dir, 'results', file), 'utf8')) as ResultTable;
const snapshot = (dir: string) =>
  Object.fromEntries(
    ['benchmarks', ...readdirSync(path.join(dir, 'results')).map((f) => `results/${f}`)].flatMap((folder) =>
      readdirSync(path.join(dir, folder)).map((f) => [`${folder}/${f}`, readFileSync(path.join(dir, folder, f), 'utf8')]),
    ),
  );

describe('an ADer-shaped page (a column per metric)', () => {
  const dir = dataDir();
  const report = importResults({ markdown: source('ader-shape.md'), dataDir: dir });
  const mvtec = readTable(dir, 'ader/100-epochs-mvtec-ad.yaml');

  it('finds the benchmark by the title and makes a setting per number of epochs, with what the prose states as protocol', () => {
    expect(report.benchmark).toBe('ader');
    const benchmark = yaml.load(readFileSync(path.join(dir, 'benchmarks/ader.yaml'), 'utf8'));
    expect(benchmark).toMatchObject({ id: 'ader', paper: 'ader', protocol: { setting: 'multi-class', resolution: '256x256', hardware: 'L40S' } });
    expect(report.settingsCreated).toEqual(['100-epochs', '300-epochs']);
  });

  it('reads every metric column by its alias, as printed, with the log as the row link; bold and underline are gone', () => {
    expect(mvtec).toMatchObject({ benchmark: 'ader', setting: '100-epochs', dataset: 'mvtec-ad', table: 'MVTec AD-100epochs', scale: 100, decimals: 1 });
    expect(mvtec.rows[1]).toEqual({
      method: 'patchcore',
      values: { 'image-auroc': 98.8, 'image-ap': 99.5, 'image-f1-max': 98.4, 'pixel-auroc': 98.3, 'pixel-ap': 59.9, 'pixel-f1-max': 61, aupro: 94.2, 'pixel-iou-max': 44.9, mad: 88.6 },
      link: 'https://example.org/ader_log/patchcore/mvtec_100e.log',
    });
    expect(readFileSync(path.join(dir, 'results/ader/100-epochs-mvtec-ad.yaml'), 'utf8')).toContain('pixel-f1-max: 61.0,');
  });

  it('maps by link first, then by name; the cell\'s year picks the InvAD the benchmark means; InvAD-lite is its variant', () => {
    const by = Object.fromEntries(report.methods.map((m) => [m.name, [m.by, m.method ?? m.baseline, m.variant].filter(Boolean).join(' ')]));
    expect(by).toEqual({
      DRAEM: 'link draem',
      PatchCore: 'link patchcore',
      InvAD: 'name learning-feature-inversion-multi-class',
      'InvAD-lite': 'variant learning-feature-inversion-multi-class InvAD-lite',
      FooNet: 'unmapped FooNet',
    });
    expect(mvtec.rows.map((r) => r.method ?? `baseline ${r.baseline}`)).toEqual(['draem', 'patchcore', 'learning-feature-inversion-multi-class', 'learning-feature-inversion-multi-class', 'baseline FooNet']);
    expect(mvtec.rows[3].variant).toBe('InvAD-lite');
  });

  it('files a table of one part of a dataset under its subset, and leaves out a dataset the catalog does not have', () => {
    expect(readTable(dir, 'ader/100-epochs-pad-mad-real.yaml')).toMatchObject({ dataset: 'pad', subset: 'MAD-Real' });
    expect(report.datasetsLeftOut).toEqual([{ name: 'COCO-AD', lines: [26] }]);
  });

  it('reports an mAD that is not the mean of its parts, with both numbers, and a cell it cannot read', () => {
    expect(report.inconsistentAverages).toEqual([
      {
        file: 'data/results/ader/100-epochs-mvtec-ad.yaml',
        line: 15,
        row: 'patchcore',
        metric: 'mad',
        message: 'printed 88.6, but the mean of image-auroc, image-ap, image-f1-max, pixel-auroc, pixel-ap, pixel-f1-max, aupro is 87.16; kept as printed',
      },
    ]);
    expect(report.unparsed).toEqual([{ line: 35, text: 'n/a', reason: 'not a number in column "mAP_I"' }]);
  });

  it('writes data the loader accepts, warning about the same average', () => {
    const loaded = loadCatalog({ dataDir: dir });
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.warnings.map((w) => `${w.file} ${w.field}`)).toEqual(['data/results/ader/100-epochs-mvtec-ad.yaml rows[1].values.mad']);
  });
});

describe('an IM-IAD-shaped page (a column per class)', () => {
  const dir = dataDir();
  const report = importResults({ markdown: source('im-iad-shape.md'), dataDir: dir });
  const vanilla = readTable(dir, 'im-iad/single-class-mvtec-ad.yaml');

  it('finds the benchmark by a link on the page, and keeps its results page', () => {
    expect(report.benchmark).toBe('im-iad');
    expect(yaml.load(readFileSync(path.join(dir, 'benchmarks/im-iad.yaml'), 'utf8'))).toMatchObject({ results_url: 'https://github.com/M-3LAB/IM-IAD', protocol: {} });
  });

  it('reads a method over several rows, per-class values in the order of the classes, and leaves out rows of "-"', () => {
    expect(vanilla).toMatchObject({ scale: 1, decimals: 3, classes: ['Bottle', 'cable', 'capsule'] });
    expect(vanilla.rows[0]).toEqual({ method: 'patchcore', values: { 'image-auroc': 0.992, 'pixel-auroc': 0.999 }, per_class: { 'image-auroc': [1, 0.997, 0.979], 'pixel-auroc': [0.988, 0.988, 0.992] } });
    expect(vanilla.rows[1]).toMatchObject({ method: 'cs-flow', values: { 'image-auroc': 0.993 } });
    expect(Object.keys(vanilla.rows[1].values)).toEqual(['image-auroc']);
    expect(report.notReported).toBe(2);
  });

  it('makes a setting per heading: noise ratio, continual, and per-row shots or labelled anomalies from the name\'s suffix', () => {
    expect(report.settingsCreated).toEqual(['single-class', 'noisy-5', 'continual', 'few-shot-augmented-1', 'few-shot-augmented-2', 'semi-supervised-1']);
    const benchmark = yaml.load(readFileSync(path.join(dir, 'benchmarks/im-iad.yaml'), 'utf8')) as { settings: unknown[] };
    expect(benchmark.settings).toContainEqual({ id: 'few-shot-augmented-2', name: 'Few-shot with augmentation, 2 shots', protocol: { setting: 'few-shot', shots: 2, augmentation: true } });
    expect(readTable(dir, 'im-iad/few-shot-augmented-2-mvtec-ad.yaml').rows).toEqual([{ method: 'cfa', values: { 'image-auroc': 0.949 }, per_class: { 'image-auroc': [0.995, 0.857, 0.996] } }]);
    expect(readTable(dir, 'im-iad/semi-supervised-1-mvtec-ad.yaml').rows[0].method).toBe('explainable-deep-few-shot-anomaly');
    expect(report.unparsed).toEqual([{ line: 31, text: 'CFA', reason: 'expected <method>-<number of shots>' }]);
  });

  it('splits the BTAD table that carries MTD in its right half, and reads its rows of zeros as not reported', () => {
    const btad = readTable(dir, 'im-iad/single-class-btad.yaml');
    const mtd = readTable(dir, 'im-iad/single-class-mtd.yaml');
    expect(btad.classes).toEqual(['1', '2', '3']);
    expect(btad.rows.map((r) => [r.method, Object.keys(r.values)])).toEqual([['cfa', ['image-auroc', 'pixel-auroc']], ['cs-flow', ['image-auroc']]]);
    expect(mtd.classes).toBeUndefined();
    expect(mtd.rows).toEqual([{ method: 'cfa', values: { 'image-auroc': 0.913, 'pixel-auroc': 0.731 } }, { method: 'cs-flow', values: { 'image-auroc': 0.887 } }]);
    expect(report.zeroRows).toEqual([{ line: 54, text: 'CSFlow / Pixel AUC on BTAD' }, { line: 54, text: 'CSFlow / Pixel AUC on MTD' }]);
    expect(readFileSync(path.join(dir, 'results/im-iad/single-class-btad.yaml'), 'utf8')).toContain('classes: ["1", "2", "3"]');
  });

  it("reads MVTec LOCO's structural, logical and mean metrics, sPRO at its limit, and skips an sPRO with no limit that is all \"-\"", () => {
    const loco = readTable(dir, 'im-iad/single-class-mvtec-loco-ad.yaml');
    expect(loco.rows[0].values).toEqual({ 'structural-auroc': 0.834, 'logical-auroc': 0.85, 'mean-auroc': 0.842, 'structural-spro-fpr5': 0.676 });
    expect(loco.rows[1]).toEqual({ method: 'cs-flow', values: { 'structural-auroc': 0.961 }, per_class: { 'structural-auroc': [0.924, 0.997] } });
  });

  it('keeps a negative forgetting measure, and leaves out values a metric cannot have, saying so in the row', () => {
    const continual = readTable(dir, 'im-iad/continual-mvtec-ad.yaml');
    expect(continual.rows[0].values).toEqual({ 'image-auroc-fm': 0.043 });
    expect(continual.rows[0].per_class).toEqual({ 'image-auroc-fm': [0.1, -0.02, 0.05] });
    expect(continual.rows[0].notes).toEqual(['The source prints 1.152 for aupro-fm, outside what it can be; left out.']);
    expect(report.outOfRange).toEqual([{ line: 24, text: 'draem: The source prints 1.152 for aupro-fm, outside what it can be; left out.' }]);
  });

  it('maps names and variants, keeps an unknown method as a named baseline, and reports an average the classes do not give', () => {
    expect(report.methods.filter((m) => m.by !== 'name').map((m) => `${m.name}: ${m.by}`)).toEqual(['Mystery: unmapped', 'PatchCore neighborhood 3: variant']);
    expect(report.methods.find((m) => m.name === 'FAVAE')?.method).toBe('anomaly-localization-modeling-perceptual-features');
    expect(vanilla.rows.at(-1)).toEqual({ baseline: 'Mystery', values: { 'image-auroc': 0.5 }, per_class: { 'image-auroc': [0.5, 0.5, 0.5] } });
    expect(report.inconsistentAverages.map((a) => `line ${a.line} ${a.row} ${a.metric}: ${a.message}`)).toEqual([
      'line 9 patchcore pixel-auroc: printed 0.999, but the mean of its 3 per-class values is 0.9893; kept as printed',
    ]);
  });

  it('prints a report with counts first and a section for each thing to look at', () => {
    const text = formatResultsReport(report, 'im-iad-shape.md');
    expect(text.split('\n').slice(0, 3)).toEqual([
      'im-iad-shape.md → benchmark im-iad: 8 tables read, 21 values',
      'created 9, updated 0, unchanged 0; data/benchmarks/im-iad.yaml created (new settings: single-class, noisy-5, continual, few-shot-augmented-1, few-shot-augmented-2, semi-supervised-1)',
      'methods: 8 (0 by link, 6 by name, 1 variants, 1 unmapped); datasets left out 0; inconsistent averages 1; unparsed lines 1',
    ]);
    expect(text).toMatch(/^unmapped methods, written as named baselines .*\(1\):\n {2}Mystery: 1 values, line 13$/m);
    expect(text).toMatch(/^rows of zeros only, read as not reported \(check each\) \(2\):$/m);
  });
});

describe('re-importing', () => {
  it('changes no byte the second time, and a dry run writes nothing', () => {
    const dir = dataDir();
    importResults({ markdown: source('im-iad-shape.md'), dataDir: dir });
    importResults({ markdown: source('ader-shape.md'), dataDir: dir });
    const before = snapshot(dir);
    const again = importResults({ markdown: source('im-iad-shape.md'), dataDir: dir });
    expect(snapshot(dir)).toEqual(before);
    expect([again.created, again.updated, again.benchmarkFile.status]).toEqual([[], [], 'unchanged']);
    expect(again.unchanged).toHaveLength(9);

    const fresh = dataDir();
    const dry: ImportResultsReport = importResults({ markdown: source('ader-shape.md'), dataDir: fresh, dryRun: true });
    expect(dry.created).toHaveLength(3);
    expect(existsSync(path.join(fresh, 'results'))).toBe(false);
    expect(existsSync(path.join(fresh, 'benchmarks'))).toBe(false);
  });

  it('keeps a setting a person renamed, and adds only what the benchmark does not have', () => {
    const dir = dataDir();
    importResults({ markdown: source('ader-shape.md'), dataDir: dir });
    const file = path.join(dir, 'benchmarks/ader.yaml');
    const edited = readFileSync(file, 'utf8').replace('name: 100 epochs', 'name: ADer, 100 epochs');
    writeFileSync(file, edited);
    const again = importResults({ markdown: source('ader-shape.md'), dataDir: dir });
    expect(again.benchmarkFile.status).toBe('unchanged');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

describe('npm run import-results', () => {
  it('prints the report and exits 0; refuses a missing file in one line', async () => {
    const dir = dataDir();
    const run = await runScript('import-results.ts', [path.join(FIXTURES, 'ader-shape.md'), '--data', dir, '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ader-shape\.md → benchmark ader: 4 tables read, 48 values$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('(dry run: nothing written)');
    const missing = await runScript('import-results.ts', ['nope.md', '--data', dir]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'error: nope.md: no such file']);
  });
});
