import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { importAwesomeList, type ImportReport } from '../../src/lib/import/index.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { makeDataDir } from '../support/temp-data.ts';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/import', name), 'utf8');
const SEED_SHAPE = fixture('seed-shape.md');

function readEntry(dataDir: string, ref: string): Record<string, any> {
  return yaml.load(readFileSync(path.join(dataDir, `${ref}.yaml`), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>;
}

/** Every written file's bytes, so two runs can be compared exactly. */
function snapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = { baseline: readFileSync(path.join(dataDir, '.import-baseline.json'), 'utf8') };
  for (const kind of ['papers', 'datasets']) {
    for (const name of readdirSync(path.join(dataDir, kind))) out[`${kind}/${name}`] = readFileSync(path.join(dataDir, kind, name), 'utf8');
  }
  return out;
}

const lines = (notices: ImportReport['warnings']) => notices.map((n) => n.line);

describe('importing a README of the seed list’s shape', () => {
  let dataDir: string;
  let report: ImportReport;
  beforeEach(() => {
    dataDir = makeDataDir();
    report = importAwesomeList({ markdown: SEED_SHAPE, dataDir, added: '2023-06-01' });
  });

  it('writes data the real loader accepts', () => {
    const result = loadCatalog({ dataDir });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(report.created).toEqual(expect.arrayContaining(['papers/alpha', 'papers/delta', 'papers/zeta', 'datasets/mvtec-ad', 'datasets/delta-set']));
  });

  it('merges a paper listed under several headings into one file with every category', () => {
    const alpha = readEntry(dataDir, 'papers/alpha');
    expect(alpha.categories).toEqual(['memory-bank', 'few-shot']);
    expect(alpha.featured).toBe(true);
    expect(alpha.notes).toEqual(['oral']);
    expect(alpha.links).toEqual({ paper: 'https://arxiv.org/abs/2201.00001', code: 'https://github.com/example/alpha' });
    expect(alpha.added).toBe('2023-06-01');
    expect(readdirSync(path.join(dataDir, 'papers')).filter((f) => f.startsWith('alpha'))).toEqual(['alpha.yaml']);
  });

  it('maps venue spellings and label variants', () => {
    expect(readEntry(dataDir, 'papers/delta').venue).toBe('NeurIPS');
    expect(readEntry(dataDir, 'papers/theta').venue).toBe('Computing in Civil Engineering');
    const gamma = readEntry(dataDir, 'papers/gamma');
    expect(gamma).toMatchObject({ year: 2023, tags: ['segment-anything'], notes: ['SAM tech report'], categories: ['zero-shot'] });
    expect(gamma.venue).toBeUndefined();
  });

  it('files an item found only under "Recent research" by its title, and says so', () => {
    expect(readEntry(dataDir, 'papers/beta-student-teacher-distillation-anomaly').categories).toEqual(['teacher-student']);
    expect(report.warnings.find((n) => n.line === 8)?.message).toMatch(/filed under teacher-student/);
  });

  it('reads the (Name) prefix of the dataset section into dataset entries', () => {
    expect(readEntry(dataDir, 'datasets/mvtec-ad')).toMatchObject({
      name: 'MVTec AD',
      year: 2019,
      paper: { title: 'MVTec AD: A Comprehensive Dataset', venue: 'CVPR', year: 2019, url: 'https://example.org/mvtec-paper' },
      also_published: [{ venue: 'IJCV', year: 2021, url: 'https://example.org/mvtec-ijcv' }],
      links: { data: 'https://example.org/mvtec-data' },
    });
    // The introducing paper is also a catalog paper: linked both ways, not described twice.
    const deltaSet = readEntry(dataDir, 'datasets/delta-set');
    expect(deltaSet).toMatchObject({ introduced_by: 'delta', links: { data: 'https://github.com/example/delta-data' }, notes: ['dataset coming soon'] });
    expect(deltaSet.paper).toBeUndefined();
    expect(readEntry(dataDir, 'papers/delta').datasets).toEqual(['delta-set']);
    expect(readEntry(dataDir, 'datasets/competition').paper).toEqual({ title: 'Competition Data', year: 2019, url: 'https://example.org/competition' });
  });

  it('reports missing and empty links instead of inventing them', () => {
    expect(readEntry(dataDir, 'papers/delta').links.code).toBeUndefined();
    expect(report.warnings.find((n) => n.line === 20)?.message).toBe('[code] has an empty link; left out');
    expect(report.warnings.find((n) => n.line === 35)?.message).toMatch(/ends in punctuation/);
    expect(report.needsPerson.map((n) => [n.line, n.message.includes('links.paper')])).toEqual([[28, true]]);
    expect(readdirSync(path.join(dataDir, 'papers')).some((f) => f.startsWith('eta'))).toBe(false);
  });

  it('reports conflicting duplicates with both lines and keeps the first listing', () => {
    expect(report.conflicts.map((n) => n.line)).toEqual([30]);
    expect(report.conflicts[0].message).toMatch(/line 27 \(ICCV 2021\).*line 30 \(ECCV 2022\)/);
    expect(readEntry(dataDir, 'papers/zeta')).toMatchObject({ venue: 'ICCV', year: 2021, categories: ['few-shot', 'noisy'] });
  });

  it('lists every line it could not parse, with its line number', () => {
    expect(report.unparsed.map((n) => [n.line, n.message])).toEqual([
      [21, 'not a list item: This line is prose inside a list section.'],
      [22, 'heading "2.1.9 Brand New Subsection" maps to no category; items under it are filed under the nearest mapped heading above it, if any'],
    ]);
    expect(readEntry(dataDir, 'papers/epsilon').categories).toEqual(['feature-embedding']);
    expect(report.commentedOut.map((o) => o.line)).toEqual([19]);
    expect(lines(report.warnings)).toEqual(expect.arrayContaining([28, 31, 36]));
    // Intro prose, the paper-tree image and the BibTeX block are not lists: counted, not reported line by line.
    expect(report.ignored).toEqual({ prose: 1, image: 1, code: 3 });
  });

  it('is idempotent: a second run changes no byte and reports everything unchanged', () => {
    const before = snapshot(dataDir);
    const again = importAwesomeList({ markdown: SEED_SHAPE, dataDir, added: '2099-01-01' });
    expect(snapshot(dataDir)).toEqual(before);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged.length).toBe(report.created.length);
    expect(again.keptHandEdits).toEqual([]);
  });

  it('keeps a field a person edited, reports it, and still lets README updates into untouched fields', () => {
    const file = path.join(dataDir, 'papers/alpha.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Alpha: A Memory Bank Method"', 'title: "Alpha: A Memory-Bank Method (fixed by hand)"'));
    const updated = SEED_SHAPE.replaceAll('https://github.com/example/alpha', 'https://github.com/example/alpha-v2').replace('[[ICCV 2021]](https://arxiv.org/abs/2101.00005)', '[[ICCV 2022]](https://arxiv.org/abs/2101.00005)');
    const rerun = importAwesomeList({ markdown: updated, dataDir });
    const alpha = readEntry(dataDir, 'papers/alpha');
    expect(alpha.title).toBe('Alpha: A Memory-Bank Method (fixed by hand)');
    expect(alpha.links.code).toBe('https://github.com/example/alpha-v2');
    expect(rerun.keptHandEdits).toEqual([{ ref: 'papers/alpha', field: 'title', kept: 'Alpha: A Memory-Bank Method (fixed by hand)', readme: 'Alpha: A Memory Bank Method' }]);
    expect(rerun.updated).toEqual(expect.arrayContaining([{ ref: 'papers/alpha', fields: ['links.code'] }, { ref: 'papers/epsilon', fields: ['year'] }]));
    expect(readEntry(dataDir, 'papers/epsilon').year).toBe(2022);
    // The hand edit survives further runs too.
    importAwesomeList({ markdown: updated, dataDir });
    expect(readEntry(dataDir, 'papers/alpha').title).toBe('Alpha: A Memory-Bank Method (fixed by hand)');
  });

  it('treats categories put in another order by hand as the same categories, and keeps that order', () => {
    const file = path.join(dataDir, 'papers/alpha.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - memory-bank\n  - few-shot\n', '  - few-shot\n  - memory-bank\n'));
    const rerun = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(rerun.keptHandEdits).toEqual([]);
    expect(rerun.updated).toEqual([]);
    expect(readEntry(dataDir, 'papers/alpha').categories).toEqual(['few-shot', 'memory-bank']);
  });

  it('finds an entry a person renamed and retitled, and never re-creates or deletes entries', () => {
    const old = path.join(dataDir, 'papers/zeta.yaml');
    const text = readFileSync(old, 'utf8').replace('id: zeta', 'id: zeta-net').replace('title: "Zeta: Conflicting Venue"', 'title: "ZetaNet: The Real Title"');
    writeFileSync(path.join(dataDir, 'papers/zeta-net.yaml'), text);
    unlinkSync(old);
    const rerun = importAwesomeList({ markdown: SEED_SHAPE.replace(/^.*Theta.*$/m, ''), dataDir });
    expect(readdirSync(path.join(dataDir, 'papers')).filter((f) => f.startsWith('zeta'))).toEqual(['zeta-net.yaml']);
    expect(rerun.notInReadme).toEqual(['papers/theta']);
    expect(readdirSync(path.join(dataDir, 'papers'))).toContain('theta.yaml');
  });

  it('keeps two listings a person merged into one entry merged', () => {
    // Beta (line 8) and Gamma (line 10) become one entry: Gamma's file goes, Beta's file takes Gamma's link as its project page.
    unlinkSync(path.join(dataDir, 'papers/gamma.yaml'));
    const betaFile = path.join(dataDir, 'papers/beta-student-teacher-distillation-anomaly.yaml');
    writeFileSync(betaFile, readFileSync(betaFile, 'utf8').replace('  paper: https://arxiv.org/abs/2301.00002', '  paper: https://arxiv.org/abs/2301.00002\n  project: https://arxiv.org/abs/2304.00003'));
    const rerun = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(readdirSync(path.join(dataDir, 'papers')).filter((f) => /^(beta|gamma)/.test(f))).toEqual(['beta-student-teacher-distillation-anomaly.yaml']);
    expect(rerun.created).toEqual([]);
    expect(rerun.warnings.find((n) => n.line === 8)?.message).toBe('lines 8, 10 are one entry in data (papers/beta-student-teacher-distillation-anomaly), merged by hand');
    expect(readEntry(dataDir, 'papers/beta-student-teacher-distillation-anomaly').tags).toEqual(['segment-anything']);
  });

  it('does not re-create an entry a person deleted, and says so', () => {
    unlinkSync(path.join(dataDir, 'papers/theta.yaml'));
    const rerun = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(readdirSync(path.join(dataDir, 'papers'))).not.toContain('theta.yaml');
    expect(rerun.warnings.find((n) => n.line === 31 && n.message.includes('deleted'))?.message).toBe('papers/theta was deleted from data by hand; not re-created');
  });

  it('keeps the authors, their source and the DOI that enrich added, which the README never gives', () => {
    const file = path.join(dataDir, 'papers/alpha.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^links:/m, 'authors:\n  - Ann Smith\n  - Bernhard Schölkopf\nauthors_source: https://example.org/alpha\ndoi: 10.1000/alpha\nlinks:'));
    const rerun = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(readEntry(dataDir, 'papers/alpha')).toMatchObject({ authors: ['Ann Smith', 'Bernhard Schölkopf'], authors_source: 'https://example.org/alpha', doi: '10.1000/alpha' });
    expect(rerun.updated).toEqual([]);
    expect(rerun.keptHandEdits).toEqual([]);
  });

  it('writes nothing on a dry run', () => {
    const fresh = makeDataDir();
    const dry = importAwesomeList({ markdown: SEED_SHAPE, dataDir: fresh, dryRun: true });
    expect(dry.created.length).toBe(report.created.length);
    expect(readdirSync(fresh).sort()).toEqual(['categories', 'venues.yaml']);
  });
});

describe('a data file a person left broken', () => {
  it('is never overwritten: the import names it and skips its entry', () => {
    const dataDir = makeDataDir();
    mkdirSync(path.join(dataDir, 'papers'));
    const broken = 'id: alpha\ntitle: "Alpha: unterminated\n';
    writeFileSync(path.join(dataDir, 'papers/alpha.yaml'), broken);
    const report = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(readFileSync(path.join(dataDir, 'papers/alpha.yaml'), 'utf8')).toBe(broken);
    expect(report.created).not.toContain('papers/alpha');
    expect(report.unreadable).toEqual([expect.stringMatching(/papers\/alpha\.yaml:\d+ {2}YAML syntax error/)]);
    expect(report.needsPerson.find((n) => n.line === 4)?.message).toMatch(/^papers\/alpha\.yaml may hold this entry but cannot be read/);
  });

  it('leaves a broken dataset file alone too, and still imports the rest', () => {
    const dataDir = makeDataDir();
    mkdirSync(path.join(dataDir, 'datasets'));
    const broken = 'id: mvtec-ad\nname: "MVTec AD\n';
    writeFileSync(path.join(dataDir, 'datasets/mvtec-ad.yaml'), broken);
    const report = importAwesomeList({ markdown: SEED_SHAPE, dataDir });
    expect(readFileSync(path.join(dataDir, 'datasets/mvtec-ad.yaml'), 'utf8')).toBe(broken);
    expect(report.created).not.toContain('datasets/mvtec-ad');
    expect(report.created).toEqual(expect.arrayContaining(['papers/alpha', 'datasets/delta-set']));
    expect(report.needsPerson.some((n) => n.message.startsWith('datasets/mvtec-ad.yaml may hold this entry but cannot be read'))).toBe(true);
  });
});

describe('importing a newer README of the same list', () => {
  it('maps renumbered headings by name, reads table rows, skips a table of contents, and reports what it cannot map', () => {
    const dataDir = makeDataDir();
    const report = importAwesomeList({ markdown: fixture('newer-shape.md'), dataDir });
    expect(readEntry(dataDir, 'papers/iota')).toMatchObject({
      title: 'Iota: A Unified Model',
      venue: 'CVPR',
      year: 2024,
      links: { paper: 'https://arxiv.org/abs/2401.00007', code: 'https://github.com/example/iota' },
      categories: ['multi-class'],
    });
    expect(readEntry(dataDir, 'papers/alpha').categories).toEqual(['memory-bank']);
    expect(report.unparsed.map((n) => n.line)).toEqual([9, 10]);
    expect(report.unparsed[0].message).toMatch(/heading "9 Medical AD" maps to no category/);
    expect(report.unparsed[1].message).toMatch(/not imported: Kappa/);
    expect(report.warnings.map((n) => [n.line, n.message])).toEqual([[10, 'unknown venue "MICCAI" in [MICCAI 2024]; venue left empty (add it to data/venues.yaml or as an alias)']]);
    // A table of contents links headings of the page; it is counted, not imported or reported.
    expect(report.ignored['table of contents']).toBe(1);
  });
});
