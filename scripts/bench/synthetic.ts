/**
 * A synthetic catalog of any size, for benchmarks and for looking at the site
 * at the size it is growing to: the real venue list and taxonomy from data/
 * (grown by the categories in synthetic-taxonomy.ts unless `growth: false`),
 * plus generated papers and datasets that pass every check. Papers spread over
 * 2018–2026 and over categories with a real catalog's skew. Deterministic
 * (seeded), so runs compare like with like. Files are written through
 * serializeEntry, exactly as the importer writes them.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Category, Dataset, Paper } from '../../src/lib/catalog/schema.ts';
import { serializeEntry } from '../../src/lib/catalog/write-entry.ts';
import { GROWTH_CATEGORIES, LAST_ADDED, YEAR_WEIGHTS } from './synthetic-taxonomy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SyntheticOptions {
  papers: number;
  /** Defaults to 3% of the papers, at least 20 and at most 400. */
  datasets?: number;
  seed?: number;
  /** Where venues.yaml and categories/ are copied from; defaults to the repository's data/. */
  from?: string;
  /** Add the categories the catalog is growing into (synthetic-taxonomy.ts); default true. */
  growth?: boolean;
}

const GIVEN = ['Ada', 'Bo', 'Chen', 'Dara', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Min', 'Noor', 'Oren', 'Pia', 'Qiu', 'Rui', 'Sana', 'Tao', 'Uma', 'Vik', 'Wen', 'Xin', 'Yuki', 'Zoë'];
const FAMILY = ['Abe', 'Brandt', 'Cao', 'Dupont', 'Eriksen', 'Fischer', 'García', 'Huang', 'Iqbal', 'Jensen', 'Kowalski', 'Li', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schölkopf', 'Tanaka', 'Ueda', 'Vogel', 'Wang', 'Xu', 'Yilmaz', 'Zhang'];
/** 676 synthetic people, accents included. */
const AUTHOR_POOL = GIVEN.flatMap((given) => FAMILY.map((family) => `${given} ${family}`));

export interface SyntheticCatalog {
  dataDir: string;
  papers: number;
  datasets: number;
  categories: number;
  venues: number;
  files: number;
}

/** mulberry32: small, fast, and good enough to vary test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const out = new Set<T>();
    const n = Math.min(int(min, max), list.length);
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  /** One item, each as likely as its weight. */
  const weighted = <T>(list: readonly T[], weight: (item: T) => number): T => {
    let left = next() * list.reduce((sum, item) => sum + weight(item), 0);
    for (const item of list) if ((left -= weight(item)) < 0) return item;
    return list[list.length - 1];
  };
  return { next, int, pick, some, weighted };
}

const HEADS = ['Patch', 'Mem', 'Flow', 'Dist', 'Recon', 'Seg', 'Diff', 'Proto', 'Graph', 'Mask', 'Cut', 'Fast', 'Simple', 'Deep', 'Dual', 'Multi', 'Uni', 'Win', 'Glance', 'Trust', 'Normal', 'Spot', 'Draem', 'Cflow', 'Padi', 'Stfp', 'Rev', 'Sparse', 'Tiny', 'Clip'];
const TAILS = ['Core', 'Net', 'Former', 'AD', 'Seg', 'Flow', 'Diff', 'Bank', 'Match', 'Paste', 'Dist', 'GAN', 'VAE', 'Mix', 'Shot', 'Prompt', 'Gate', 'Cat', 'Tune', 'Map'];
const VERBS = ['Learning', 'Rethinking', 'Revisiting', 'Towards', 'Scaling', 'Unifying', 'Distilling', 'Reconstructing', 'Prompting', 'Synthesizing'];
const OBJECTS = ['Patch Features', 'Normal Representations', 'Memory Banks', 'Feature Pyramids', 'Teacher Networks', 'Diffusion Priors', 'Vision-Language Models', 'Point Clouds', 'Synthetic Anomalies', 'Normalizing Flows'];
const SETTINGS = ['Unsupervised', 'Few-Shot', 'Zero-Shot', 'Multi-Class', 'Industrial', 'Logical', '3D', 'Noisy', 'Continual', 'Real-Time'];
const TASKS = ['Anomaly Detection', 'Anomaly Localization', 'Defect Segmentation', 'Surface Inspection', 'Anomaly Detection and Localization'];
const TAGS = ['segment-anything', 'clip', 'diffusion', 'transformer', 'benchmark', 'efficiency'];
const NOTES = ['oral', 'code coming soon', 'spotlight', 'extended in a journal version'];
const DOMAINS = ['steel strip', 'PCB', 'fabric', 'wood', 'tiles', 'screws', 'bottles', 'castings', 'wafers', 'rails'];
const MODALITIES = ['rgb', 'grayscale', 'rgb-d', 'point-cloud', 'x-ray'] as const;

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Filing {
  id: string;
  weight: number;
  since: number;
}

const readYaml = (file: string) => yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });

/**
 * Copies the committed taxonomy into `dir`, adds the growth categories, and
 * says how likely a paper is to be filed under each: committed categories as
 * often as the committed papers use them (plus one, so none is empty).
 */
function writeTaxonomy(from: string, dir: string, growth: boolean): Filing[] {
  cpSync(path.join(from, 'categories'), path.join(dir, 'categories'), { recursive: true });
  const uses = new Map<string, number>();
  const papersDir = path.join(from, 'papers');
  for (const name of existsSync(papersDir) ? readdirSync(papersDir) : []) {
    const paper = readYaml(path.join(papersDir, name)) as Partial<Paper>;
    for (const id of paper.categories ?? []) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const filings = new Map<string, Filing>();
  for (const name of readdirSync(path.join(dir, 'categories')).filter((n) => n.endsWith('.yaml'))) {
    const id = name.slice(0, -'.yaml'.length);
    filings.set(id, { id, weight: (uses.get(id) ?? 0) + 1, since: 0 });
  }
  if (growth) {
    for (const { weight, since, ...category } of GROWTH_CATEGORIES) {
      writeFileSync(path.join(dir, 'categories', `${category.id}.yaml`), serializeEntry('categories', category satisfies Category));
      filings.set(category.id, { id: category.id, weight, since });
    }
  }
  return [...filings.values()];
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Writes a complete, valid data folder at `dir` (created if needed). */
export function writeSyntheticCatalog(dir: string, options: SyntheticOptions): SyntheticCatalog {
  const { papers: paperCount, seed = 20240601, from = path.join(ROOT, 'data'), growth = true } = options;
  const datasetCount = options.datasets ?? Math.min(400, Math.max(20, Math.round(paperCount * 0.03)));
  const rng = random(seed);
  // Authors draw from their own stream, so adding them left every other synthetic fact as it was.
  const people = random(seed ^ 0x5eed);
  const pickAuthors = () => {
    const names = new Set<string>();
    const count = people.int(2, 8);
    // Squaring skews the draw towards the start of the pool: a few prolific people, a long tail of one-paper authors.
    while (names.size < count) names.add(AUTHOR_POOL[Math.floor(people.next() ** 2 * AUTHOR_POOL.length)]);
    return [...names];
  };
  for (const kind of ['papers', 'datasets', 'categories']) mkdirSync(path.join(dir, kind), { recursive: true });
  copyFileSync(path.join(from, 'venues.yaml'), path.join(dir, 'venues.yaml'));
  const filings = writeTaxonomy(from, dir, growth);

  const venueNames = (readYaml(path.join(from, 'venues.yaml')) as { venues: { name: string }[] }).venues.map((v) => v.name);
  const years = [...YEAR_WEIGHTS.keys()];
  const pickYear = () => rng.weighted(years, (y) => YEAR_WEIGHTS.get(y)!);
  const lastYear = Math.max(...years);
  /** One to three categories open in `year`, popular ones more often. */
  const pickCategories = (year: number) => {
    const open = filings.filter((f) => f.since <= year);
    const out = new Set<string>();
    const n = rng.int(1, 3);
    while (out.size < n) out.add(rng.weighted(open, (f) => f.weight).id);
    return [...out];
  };
  /** Listed during its publication year or the next, never after the catalog's "today". */
  const pickAdded = (year: number) => {
    const start = Date.UTC(year, 0, 1);
    const end = Math.min(Date.UTC(year + 1, 11, 31), Date.parse(LAST_ADDED));
    return isoDay(start + rng.int(0, Math.max(0, Math.floor((end - start) / DAY))) * DAY);
  };
  const datasetIds = Array.from({ length: datasetCount }, (_, i) => `synthetic-set-${pad(i, 4)}`);

  const paperIds: string[] = [];
  for (let i = 0; i < paperCount; i++) {
    const base = `${HEADS[i % HEADS.length]}${TAILS[Math.floor(i / HEADS.length) % TAILS.length]}`;
    const round = Math.floor(i / (HEADS.length * TAILS.length));
    const method = round ? `${base}${round + 1}` : base;
    const id = kebab(method);
    paperIds.push(id);
    const year = pickYear();
    const arxiv = `${pad(year % 100, 2)}${pad(rng.int(1, 12), 2)}.${pad(i, 5)}`;
    const paper: Paper = {
      id,
      title: `${method}: ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} for ${rng.pick(SETTINGS)} ${rng.pick(TASKS)}`,
      method,
      year,
      venue: rng.next() < 0.9 ? rng.pick(venueNames) : undefined,
      arxiv,
      authors: people.next() < 0.9 ? pickAuthors() : undefined,
      links: {
        paper: `https://arxiv.org/abs/${arxiv}`,
        code: rng.next() < 0.6 ? `https://github.com/synthetic-lab/${id}` : undefined,
        unofficial_code: rng.next() < 0.05 ? `https://github.com/someone-else/${id}` : undefined,
      },
      also_published: rng.next() < 0.05 ? [{ venue: rng.pick(venueNames), year: Math.min(lastYear, year + 1), url: `https://doi.org/10.5555/${id}` }] : undefined,
      categories: pickCategories(year),
      datasets: rng.next() < 0.7 ? rng.some(datasetIds, 1, 3) : undefined,
      tags: rng.next() < 0.1 ? rng.some(TAGS, 1, 2) : undefined,
      notes: rng.next() < 0.1 ? [rng.pick(NOTES)] : undefined,
      featured: rng.next() < 0.03 ? true : undefined,
      added: pickAdded(year),
    };
    writeFileSync(path.join(dir, 'papers', `${id}.yaml`), serializeEntry('papers', paper));
  }

  datasetIds.forEach((id, i) => {
    const name = `Synthetic ${rng.pick(DOMAINS)} set ${i}`;
    const year = pickYear();
    const dataset: Dataset = {
      id,
      name,
      year,
      ...(rng.next() < 0.3 && paperIds.length
        ? { introduced_by: paperIds[i % paperIds.length] }
        : { paper: { title: `The ${name} Dataset for Industrial Inspection`, venue: rng.pick(venueNames), year, url: `https://example.org/datasets/${id}` } }),
      links: { data: `https://example.org/datasets/${id}/download` },
      modality: rng.some(MODALITIES, 1, 2),
      source: rng.pick(['real', 'synthetic', 'mixed'] as const),
      domain: rng.pick(DOMAINS),
      classes: rng.int(1, 30),
      normal_images: rng.int(100, 10000),
      abnormal_images: rng.int(10, 2000),
      annotation: [rng.pick(['image', 'bbox', 'pixel'] as const)],
    };
    writeFileSync(path.join(dir, 'datasets', `${id}.yaml`), serializeEntry('datasets', dataset));
  });

  return {
    dataDir: dir,
    papers: paperCount,
    datasets: datasetCount,
    categories: filings.length,
    venues: venueNames.length,
    files: paperCount + datasetCount + filings.length + 1,
  };
}
