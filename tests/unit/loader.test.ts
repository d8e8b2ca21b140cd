/**
 * The loader on real YAML: a good catalog, and a corpus of bad inputs under
 * tests/fixtures/loader/<case>/data/. Each message is asserted exactly (file,
 * line, field and wording), as a contributor would read it, and each folder
 * must report every problem in one run and nothing else.
 */
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog, loadCatalog } from '../../src/lib/catalog/load.ts';
import { CatalogError, formatProblem, sortProblems } from '../../src/lib/catalog/problems.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const FIXTURES = path.resolve('tests/fixtures/loader');
const fixture = (name: string) => path.join(FIXTURES, name, 'data');

/** Every problem in a data folder, formatted as `npm run validate` prints it (files relative to the folder's parent). */
function problemsIn(dataDir: string): string[] {
  const result = loadCatalog({ dataDir });
  return result.ok ? [] : sortProblems(result.problems).map(formatProblem);
}

/** One `it` per expected message, then one that the folder reports exactly these and nothing more. */
function expectProblems(name: string, expected: Record<string, string>) {
  const problems = problemsIn(fixture(name));
  it.each(Object.entries(expected))('%s', (_, message) => {
    expect(problems).toContain(message);
  });
  it('reports every problem in one run, and nothing else', () => {
    expect([...problems].sort()).toEqual(Object.values(expected).sort());
  });
}

/** A writable copy of a fixture's data folder, for cases that cannot be committed (huge files, dangling links). */
function copyOf(name: string): string {
  const dir = makeTempDir('atlas-loader');
  cpSync(fixture(name), path.join(dir, 'data'), { recursive: true });
  return path.join(dir, 'data');
}

describe('a valid catalog', () => {
  const result = loadCatalog({ dataDir: fixture('good') });
  const catalog = result.ok ? result.catalog : undefined;

  it('loads with no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('holds every entry', () => {
    expect(catalog?.papers).toHaveLength(4);
    expect(catalog?.datasets).toHaveLength(2);
    expect(catalog?.categories).toHaveLength(6);
    expect(catalog?.venues.map((v) => v.name)).toEqual(['CVPR', 'ICCV', 'ECCV', 'NeurIPS', 'TPAMI']);
  });

  it('orders the taxonomy depth-first, siblings by their order field', () => {
    expect(catalog?.categories.map((c) => c.id)).toEqual(['unsupervised', 'reconstruction', 'feature-embedding', 'memory-bank', 'teacher-student', 'supervised']);
    expect(catalog?.childrenOf.get('')?.map((c) => c.id)).toEqual(['unsupervised', 'supervised']);
  });

  it('orders papers newest first, then by title, and datasets by name', () => {
    expect(catalog?.papers.map((p) => p.id)).toEqual(['rd4ad', 'patchcore', 'draem', 'devnet']);
    expect(catalog?.datasets.map((d) => d.id)).toEqual(['mvtec-ad', 'visa']);
  });

  it('keeps an unquoted date and a quoted arXiv number as text (YAML 1.2)', () => {
    const patchcore = catalog?.paperById.get('patchcore');
    expect(patchcore?.added).toBe('2023-06-01');
    expect(patchcore?.arxiv).toBe('2106.08265');
    expect(patchcore?.featured).toBe(true);
  });

  it('reads an "&" in text as text, not as a YAML anchor', () => {
    expect(catalog?.paperById.get('devnet')?.notes).toEqual(['evaluated in weakly & fully supervised settings']);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    expect(catalog?.paperById.get('rd4ad')?.categories).toEqual(['teacher-student']);
  });

  it('indexes entries by id and venue', () => {
    expect(catalog?.datasetById.get('mvtec-ad')?.name).toBe('MVTec AD');
    expect(catalog?.venueByName.get('NeurIPS')?.aliases).toEqual(['NIPS']);
  });
});

describe('files the parser or the folder layout rejects', () => {
  expectProblems('syntax', {
    'YAML syntax error, at the line the parser stopped': 'data/papers/unclosed-list.yaml:7  YAML syntax error: missed comma between flow collection entries (is a [ or { on an earlier line left unclosed?)',
    'a key given twice': 'data/papers/twice.yaml:4  title: given twice in the same mapping; keep one',
    'an empty file': 'data/papers/empty.yaml  file is empty; expected a YAML mapping of fields',
    'a file of comments only': 'data/papers/comments-only.yaml  file is empty; expected a YAML mapping of fields',
    'a list instead of a mapping': 'data/papers/a-list.yaml:1  expected a YAML mapping of fields (key: value), found a list',
    'the .yml extension': 'data/papers/wrong-extension.yml  rename to wrong-extension.yaml: data files use the .yaml extension',
    'a stray file': 'data/papers/README.md  unexpected file; papers/ holds only .yaml files',
    'a stray folder': 'data/papers/stray  unexpected folder; papers/ holds one .yaml file per entry, with no sub-folders',
    'anchors and aliases (alias bombs)': 'data/papers/anchors.yaml:6  YAML anchors and aliases (&name, *name) are not used in data files; write each value out',
    'a file in another encoding': 'data/papers/latin1.yaml  file is not valid UTF-8 text; save it as UTF-8',
  });
});

describe('fields the schema rejects', () => {
  expectProblems('fields', {
    'a missing required field': 'data/papers/missing-fields.yaml  title: required field is missing (The paper title as published)',
    'a missing nested field, at its parent': 'data/papers/missing-fields.yaml:3  links.paper: required field is missing (Where to read the paper (publisher page, open-access PDF or arXiv))',
    'a quoted number': 'data/papers/wrong-types.yaml:3  year: found "2022" (text); expected a year as a whole number, e.g. 2023, so write it without quotes',
    'an empty value': 'data/papers/wrong-types.yaml:4  venue: is empty; expected text (a string), or delete the line',
    'a single value where a list is expected': 'data/papers/wrong-types.yaml:7  categories: found "memory-bank"; expected a list of category ids: write [memory-bank] or one "- item" line per entry',
    'true where text is expected': 'data/papers/wrong-types.yaml:10  notes[1]: found true, which YAML reads as true/false, not text; quote it: "true"',
    'a date that does not exist': 'data/papers/wrong-types.yaml:11  added: found "2023-02-30"; not a real calendar date',
    'an unknown key, with did-you-mean and the allowed ones': 'data/papers/unknown-keys.yaml:2  titel: unknown field "titel" (did you mean "title"?); allowed fields: id, title, method, aliases, year, venue, arxiv, authors, authors_source, doi, links, also_published, more_links, also_at, categories, datasets, tags, notes, featured, added',
    'an unknown nested key, with did-you-mean': 'data/papers/unknown-keys.yaml:6  links.cod: unknown field "cod" (did you mean "code"?); allowed fields: paper, code, unofficial_code, project, data, video, writeup, demo, model',
    'year: 2021.5': 'data/papers/yaml-traps.yaml:4  year: found 2021.5; expected a whole year, e.g. 2023',
    'an unquoted arXiv number, shown as written': 'data/papers/yaml-traps.yaml:5  arxiv: found 2106.08260, which YAML reads as a number, not text; quote it: "2106.08260"',
    'featured: no': 'data/papers/yaml-traps.yaml:10  featured: found "no"; YAML reads no as text, write true or false',
    'an id YAML reads as a number': 'data/papers/number-id.yaml:1  id: found 2021, which YAML reads as a number, not text; quote it: "2021"',
    'a javascript: URL': 'data/papers/bad-urls.yaml:5  links.paper: found "javascript:alert(document.cookie)"; expected an absolute http:// or https:// URL',
    'a data: URL': 'data/papers/bad-urls.yaml:6  links.code: found "data:text/html,<script>alert(1)</script>"; expected an absolute http:// or https:// URL',
    'a vbscript: URL': 'data/papers/bad-urls.yaml:7  links.project: found "vbscript:msgbox(1)"; expected an absolute http:// or https:// URL',
    'a relative URL': 'data/papers/bad-urls.yaml:8  links.data: found "/downloads/bad-urls.zip"; expected an absolute http:// or https:// URL',
    'a URL that would break out of an attribute': 'data/papers/bad-urls.yaml:9  links.unofficial_code: found "https://example.org/x?a=1&b=\\\"><img src=x onerror=alert(1)>"; a URL must not contain spaces, quotes, angle brackets, backticks or backslashes; percent-encode them (e.g. %20)',
    'a value outside a fixed list, with did-you-mean': 'data/datasets/two-sources.yaml:9  modality[0]: found "RGB"; expected one of: rgb, grayscale, rgb-d, point-cloud, x-ray, sem, tactile, video (did you mean "rgb"?)',
  });

  it('accepts an unquoted date (added: 2023-06-01) and an id that looks like a date', () => {
    const problems = problemsIn(fixture('fields'));
    expect(problems.filter((p) => p.includes('yaml-traps.yaml') && p.includes('added'))).toEqual([]);
    expect(problems.filter((p) => p.includes('2021-06-01.yaml'))).toEqual([]);
  });
});

describe('references across files', () => {
  expectProblems('references', {
    'an unknown category with did-you-mean, in a file whose year is also wrong': 'data/papers/foo.yaml:12  categories[1]: unknown category "memorybank" (did you mean "memory-bank"?)',
    'the wrong year in that same file': 'data/papers/foo.yaml:5  year: found 2021.5; expected a whole year, e.g. 2023',
    'an unknown category with nothing close': 'data/papers/elsewhere.yaml:7  categories[1]: unknown category "teacher-student"',
    'an unknown dataset': 'data/papers/elsewhere.yaml:8  datasets[1]: unknown dataset "mvtec" (did you mean "mvtec-ad"?)',
    'an unknown venue': 'data/papers/elsewhere.yaml:4  venue: unknown venue "CVRP" (did you mean "CVPR"?); use a name from data/venues.yaml or add the venue there',
    'a venue alias': 'data/papers/aliased-venues.yaml:4  venue: write the canonical venue "NeurIPS" instead of "NIPS"',
    'a venue in the wrong case, in a list of maps': 'data/papers/aliased-venues.yaml:8  also_published[0].venue: write the canonical venue "CVPR" instead of "cvpr"',
    'an unknown paper': 'data/datasets/orphan.yaml:4  introduced_by: unknown paper "patchcor" (did you mean "patchcore"?)',
    'an unknown parent': 'data/categories/feature-embedding.yaml:3  parent: unknown parent category "unsupervized" (did you mean "unsupervised"?)',
    'a cycle in the taxonomy, once': 'data/categories/loop-a.yaml:3  parent: categories form a cycle: loop-a → loop-b → loop-a; one of them must have a different parent',
    // memory-bank.yaml is invalid, but papers that use it must not get "unknown category" too.
    'a category with a bad field, without a cascade into its papers': 'data/categories/memory-bank.yaml:4  order: found "first"; expected a number',
  });
});

describe('entries catalogued twice', () => {
  expectProblems('duplicates', {
    'a duplicate id, reported on the file not named after it': 'data/papers/patchcore-copy.yaml:1  id: duplicate paper id "patchcore", already used by data/papers/patchcore.yaml; give this entry an id of its own and name the file after it',
    'a duplicate title after normalising case and punctuation': 'data/papers/total-recall.yaml:2  title: same title as data/papers/patchcore.yaml; merge the two entries (a paper in several categories is one file with several categories)',
    'a duplicate arXiv link, abs vs pdf': 'data/papers/patchcore-pdf.yaml:5  links.paper: same paper URL as data/papers/patchcore.yaml; merge the two entries (a paper in several categories is one file with several categories)',
    'a duplicate link, http vs https and www': 'data/papers/padim-https.yaml:5  links.paper: same paper URL as data/papers/padim.yaml; merge the two entries (a paper in several categories is one file with several categories)',
    'a file name that differs from the id': 'data/papers/renamed.yaml:1  id: id "padim-v2" does not match the file name; rename the file to padim-v2.yaml or set id: renamed',
    'a venue listed twice': 'data/venues.yaml:4  venues[2].name: venue "CVPR" is listed twice',
    'an alias that already names another venue': 'data/venues.yaml:12  venues[3].aliases[1]: alias "nips" of "CVPRW" already names venue "NeurIPS"',
    'a dataset paper that is already a paper entry': 'data/datasets/total-recall-data.yaml:4  paper: this paper is already catalogued as data/papers/patchcore.yaml; write introduced_by: patchcore instead',
  });
});

describe('files that cannot be committed as fixtures', () => {
  it('rejects a 5 MB file by its size, without parsing it', () => {
    const dataDir = copyOf('good');
    // Not valid YAML either: the size message (not a syntax error) shows the size is checked first.
    writeFileSync(path.join(dataDir, 'papers', 'huge.yaml'), `id: huge\ntitle: [${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(problemsIn(dataDir)).toEqual(['data/papers/huge.yaml  file is 5.0 MB; a data file is expected to be under 256 KB']);
  });

  it('reports a file it cannot read, and keeps going', () => {
    const dataDir = copyOf('good');
    symlinkSync(path.join(dataDir, 'papers', 'gone.yaml'), path.join(dataDir, 'papers', 'dangling.yaml'));
    writeFileSync(path.join(dataDir, 'papers', 'draem.yaml'), 'id: draem\n');
    const problems = problemsIn(dataDir);
    expect(problems).toContain('data/papers/dangling.yaml  cannot read the file (ENOENT)');
    expect(problems).toContain('data/papers/draem.yaml  title: required field is missing (The paper title as published)');
  });

  it('reports a missing data folder as one problem', () => {
    const missing = path.join(tmpdir(), 'atlas-no-such-folder', 'data');
    expect(problemsIn(missing)).toEqual([`data  data folder not found; expected a folder with venues.yaml, categories/, papers/ and datasets/`]);
  });
});

describe('getCatalog, as the site build calls it', () => {
  it('throws a CatalogError that lists every problem', () => {
    let thrown: unknown;
    try {
      getCatalog(fixture('references'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogError);
    const error = thrown as CatalogError;
    expect(error.problems).toHaveLength(11);
    expect(error.message.split('\n')[0]).toBe('The catalog has 11 problems:');
    expect(error.message).toContain('tests/fixtures/loader/references/data/papers/foo.yaml:12  categories[1]: unknown category "memorybank" (did you mean "memory-bank"?)');
  });

  it('returns the same catalog object on every call for one data folder', () => {
    expect(getCatalog(fixture('good'))).toBe(getCatalog(fixture('good')));
    expect(getCatalog(fixture('good')).papers).toHaveLength(4);
  });
});

describe('benchmark results', () => {
  const result = loadCatalog({ dataDir: fixture('results-good') });
  const catalog = result.ok ? result.catalog : undefined;

  it('loads metrics, benchmarks and results tables, a paper reporting its own results among them', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(catalog?.metrics.map((m) => m.id)).toEqual(['image-auroc', 'pixel-auroc', 'mean-auroc', 'image-auroc-fm']);
    expect(catalog?.benchmarkById.get('bench')?.settings.map((s) => s.id)).toEqual(['multi-class', 'few-shot-1']);
    expect(catalog?.results.map((t) => `${t.benchmark ?? t.reported_by}/${t.setting ?? t.table}/${t.dataset}`)).toEqual(['bench/multi-class/mvtec-ad', 'bench/few-shot-1/visa', 'patchcore/Table 1/mvtec-ad']);
  });

  it('keeps values as printed and reads null for a class the source leaves out', () => {
    const visa = catalog?.results.find((t) => t.dataset === 'visa');
    expect(visa?.rows[1].per_class?.['image-auroc']).toEqual([0.8, null]);
    expect(visa?.rows[0].values['image-auroc-fm']).toBe(-0.01);
  });

  it('warns, without failing, about an average that is not the mean of its parts, naming both numbers', () => {
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatProblem)).toEqual([
      'data/results/bench/multi-class-mvtec-ad.yaml:17  rows[3].values.mean-auroc: warning: printed 75.0, but the mean of image-auroc, pixel-auroc is 70.85; kept as printed',
    ]);
  });
});

describe('results the checks refuse', () => {
  const table = 'data/results/bench/multi-class-mvtec-ad.yaml';
  expectProblems('results-bad', {
    'a value of 101 on a 0–100 scale': `${table}:9  rows[0].values.image-auroc: found 101; expected 0–100 for image-auroc, as this table prints values as percentages (scale: 100)`,
    'an unknown metric, with did-you-mean': `${table}:11  rows[1].values.image-aucroc: unknown metric "image-aucroc" (did you mean "image-auroc"?); metrics are listed in data/metrics.yaml`,
    'a method id that is no paper': `${table}:12  rows[2].method: unknown paper "patchcor" (did you mean "patchcore"?); a method with no paper of its own is a baseline: write baseline: "<its name>" instead`,
    'the same method and metric twice': `${table}:17  rows[4].values.pixel-auroc: duplicate result: rd4ad already has pixel-auroc for this setting and dataset at ${table}:15; keep one`,
    'an unknown setting of the benchmark': 'data/results/bench/multi-class-mvtek.yaml:2  setting: unknown setting of bench "multi-clas" (did you mean "multi-class"?); its settings are multi-class, few-shot-1',
    'an unknown dataset': 'data/results/bench/multi-class-mvtek.yaml:3  dataset: unknown dataset "mvtek"',
    'per-class values that do not match the classes': 'data/results/bench/multi-class-mvtek.yaml:12  rows[0].per_class.image-auroc: found 1 values for 2 classes; give one per class, null where the source prints "-"',
  });
});
