/**
 * Loads data/ into a validated, typed catalog, or the full list of problems.
 * Framework-free: the Astro build, the CLI scripts and the tests all call it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ZodTypeAny } from 'zod';
import { ENTRY_KINDS, peopleFileSchema, venuesFileSchema, type Category, type Dataset, type EntryKind, type Paper, type Person, type Venue } from './schema.ts';
import { benchmarkSchema, metricsFileSchema, resultTableSchema, type Benchmark, type Metric, type ResultTable } from './results-schema.ts';
import { CatalogError, isWarning, type Problem } from './problems.ts';
import { lineOf, parseYamlFile, readDataFile } from './yaml-file.ts';
import { zodProblems } from './schema-problems.ts';
import { salvage, type Salvaged } from './zod-shape.ts';
import { checkCatalog } from './check.ts';
import { checkResults } from './check-results.ts';
import { checkPeople } from './check-people.ts';
import { buildCatalog, type Catalog } from './catalog.ts';

/** `problems` are errors; `warnings` never make a load fail. */
export type LoadResult = { ok: true; catalog: Catalog; problems: []; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

export const VENUES_FILE = 'venues.yaml';
export const METRICS_FILE = 'metrics.yaml';
export const PEOPLE_FILE = 'people.yaml';
export const BENCHMARKS_DIR = 'benchmarks';
export const RESULTS_DIR = 'results';
const KINDS: EntryKind[] = ['categories', 'papers', 'datasets'];

/** Where a file is reported from: relative to the project root when inside it. */
function displayPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

type EntryOf<K extends EntryKind> = K extends 'papers' ? Paper : K extends 'datasets' ? Dataset : Category;

/** Everything read from one folder: valid entries, and all entries as far as they could be read. */
interface Loaded<T> {
  valid: T[];
  salvaged: Salvaged<T>[];
}

/** Shared state of one load: problems so far, source texts for line lookups, and which file each entry came from. */
interface LoadState {
  root: string;
  problems: Problem[];
  texts: Map<string, string>;
  files: Map<object, string>;
}

type FileSchema = ZodTypeAny;

/** Reads, parses and validates one file; returns the parsed value (valid or not) or undefined if unreadable. */
function readEntry(state: LoadState, full: string, file: string, schema: FileSchema) {
  const read = readDataFile(full, file);
  const parsed = read.ok ? parseYamlFile(file, read.text) : read;
  if (!parsed.ok) {
    state.problems.push(parsed.problem);
    return undefined;
  }
  state.texts.set(file, parsed.text);
  const result = schema.safeParse(parsed.value);
  if (!result.success) state.problems.push(...zodProblems(file, parsed.text, parsed.value, result.error.issues, schema));
  return { value: parsed.value, data: result.success ? (result.data as unknown) : undefined };
}

/** File names in a folder, by id, so "patchcore" comes before "patchcore-pdf" and is the one a duplicate is measured against. */
function namesIn(state: LoadState, dir: string): string[] | undefined {
  try {
    const stem = (name: string) => name.replace(/\.ya?ml$/, '');
    return readdirSync(dir).sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : a < b ? -1 : 1));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Git keeps no empty folders: a catalog without datasets yet has no datasets/.
    if (code !== 'ENOENT') state.problems.push({ file: displayPath(state.root, dir), field: '', message: `cannot read the folder (${code ?? String(error)})` });
    return undefined;
  }
}

const isFolder = (full: string) => {
  try {
    return statSync(full).isDirectory();
  } catch {
    // A dangling link: reported as an unexpected file.
    return false;
  }
};

/** Every .yaml file of one folder, one entry each; `label` is how messages name the folder (papers/, results/ader/). */
function loadFolder<T>(state: LoadState, dir: string, label: string, schema: FileSchema): Loaded<T> {
  const loaded: Loaded<T> = { valid: [], salvaged: [] };
  const names = namesIn(state, dir);
  if (!names) return loaded;
  const shownDir = displayPath(state.root, dir);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const file = `${shownDir}/${name}`;
    if (!name.endsWith('.yaml')) {
      const message = isFolder(full)
        ? `unexpected folder; ${label}/ holds one .yaml file per entry, with no sub-folders`
        : name.endsWith('.yml')
          ? `rename to ${name.slice(0, -4)}.yaml: data files use the .yaml extension`
          : `unexpected file; ${label}/ holds only .yaml files`;
      state.problems.push({ file, field: '', message });
      continue;
    }
    const entry = readEntry(state, full, file, schema);
    if (!entry) continue;
    const salvaged = (entry.data ?? salvage<T>(schema, entry.value) ?? {}) as Salvaged<T>;
    if (entry.data) loaded.valid.push(entry.data as T);
    loaded.salvaged.push(salvaged);
    state.files.set(salvaged as object, file);
  }
  return loaded;
}

function loadKind<K extends EntryKind>(state: LoadState, dataDir: string, kind: K): Loaded<EntryOf<K>> {
  return loadFolder<EntryOf<K>>(state, path.join(dataDir, kind), kind, ENTRY_KINDS[kind]);
}

/** data/results/<benchmark or paper>/<table>.yaml: one folder per benchmark, one file per table. */
function loadResults(state: LoadState, dataDir: string): Loaded<ResultTable> {
  const dir = path.join(dataDir, RESULTS_DIR);
  const all: Loaded<ResultTable> = { valid: [], salvaged: [] };
  for (const name of namesIn(state, dir) ?? []) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (!isFolder(full)) {
      state.problems.push({ file: `${displayPath(state.root, dir)}/${name}`, field: '', message: `unexpected file; ${RESULTS_DIR}/ holds one folder per benchmark (or per paper reporting its own results), named by its id` });
      continue;
    }
    const loaded = loadFolder<ResultTable>(state, full, `${RESULTS_DIR}/${name}`, resultTableSchema);
    all.valid.push(...loaded.valid);
    all.salvaged.push(...loaded.salvaged);
  }
  return all;
}

/**
 * A file holding one list (venues.yaml, metrics.yaml). A missing optional
 * file is an empty list: a catalog with no results needs no metrics.
 */
function loadListFile<T>(state: LoadState, dataDir: string, name: string, key: string, schema: FileSchema, missing?: string): Loaded<T> {
  const full = path.join(dataDir, name);
  const file = displayPath(state.root, full);
  if (!existsSync(full)) {
    if (missing) state.problems.push({ file, field: '', message: missing });
    return { valid: [], salvaged: [] };
  }
  const entry = readEntry(state, full, file, schema);
  if (!entry) return { valid: [], salvaged: [] };
  if (entry.data) {
    const list = (entry.data as Record<string, T[]>)[key];
    return { valid: list, salvaged: list as Salvaged<T>[] };
  }
  const salvaged = (salvage<Record<string, T[]>>(schema, entry.value)?.[key] ?? []) as Array<Salvaged<T> | undefined>;
  return { valid: [], salvaged: salvaged.filter((v): v is Salvaged<T> => v !== undefined) };
}

export interface LoadOptions {
  /** Folder holding papers/, datasets/, categories/, venues.yaml and, optionally, metrics.yaml, people.yaml, benchmarks/ and results/. */
  dataDir: string;
  /** Problems name files relative to this folder. Defaults to the data folder's parent. */
  root?: string;
}

/** Reads and checks everything, collecting every problem instead of stopping at the first. */
export function loadCatalog({ dataDir, root = path.dirname(path.resolve(dataDir)) }: LoadOptions): LoadResult {
  const resolved = path.resolve(dataDir);
  const state: LoadState = { root, problems: [], texts: new Map(), files: new Map() };
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    return { ok: false, warnings: [], problems: [{ file: displayPath(root, resolved), field: '', message: 'data folder not found; expected a folder with venues.yaml, categories/, papers/ and datasets/' }] };
  }
  const venues = loadListFile<Venue>(state, resolved, VENUES_FILE, 'venues', venuesFileSchema, 'venue list is missing; expected venues.yaml with a `venues:` list');
  const [categories, papers, datasets] = KINDS.map((kind) => loadKind(state, resolved, kind)) as [Loaded<Category>, Loaded<Paper>, Loaded<Dataset>];
  const metrics = loadListFile<Metric>(state, resolved, METRICS_FILE, 'metrics', metricsFileSchema);
  const people = loadListFile<Person>(state, resolved, PEOPLE_FILE, 'people', peopleFileSchema);
  const benchmarks = loadFolder<Benchmark>(state, path.join(resolved, BENCHMARKS_DIR), BENCHMARKS_DIR, benchmarkSchema);
  const results = loadResults(state, resolved);
  const fileOf = (entry: object) => state.files.get(entry) as string;
  const lineAt = (file: string, fieldPath: ReadonlyArray<string | number>) => {
    const text = state.texts.get(file);
    return text === undefined ? undefined : lineOf(text, fieldPath);
  };
  state.problems.push(
    ...checkCatalog({
      venues: venues.salvaged,
      venuesFile: displayPath(root, path.join(resolved, VENUES_FILE)),
      categories: categories.salvaged,
      papers: papers.salvaged,
      datasets: datasets.salvaged,
      fileOf,
      lineOf: lineAt,
    }),
    ...checkResults({
      metrics: metrics.salvaged,
      metricsFile: displayPath(root, path.join(resolved, METRICS_FILE)),
      benchmarks: benchmarks.salvaged,
      results: results.salvaged,
      papers: papers.salvaged,
      datasets: datasets.salvaged,
      fileOf,
      lineOf: lineAt,
    }),
    ...checkPeople({ people: people.salvaged, peopleFile: displayPath(root, path.join(resolved, PEOPLE_FILE)), papers: papers.salvaged, fileOf, lineOf: lineAt }),
  );
  const warnings = state.problems.filter(isWarning);
  const errors = state.problems.filter((p) => !isWarning(p));
  if (errors.length) return { ok: false, problems: errors, warnings };
  const catalog = buildCatalog({
    venues: venues.valid,
    categories: categories.valid,
    papers: papers.valid,
    datasets: datasets.valid,
    metrics: metrics.valid,
    benchmarks: benchmarks.valid,
    results: results.valid,
    identities: people.valid,
  });
  return { ok: true, problems: [], warnings, catalog };
}

/**
 * One slot per process, not per module: `astro build` evaluates this module
 * twice (once for the config's integration, once bundled into the pages), and
 * both copies must share the catalog the integration already checked.
 */
const MEMO = Symbol.for('iad-atlas.catalog');
type Memo = { dataDir: string; catalog: Catalog; loads: number };
const slot = globalThis as typeof globalThis & { [MEMO]?: Memo };

/**
 * The catalog for the site build: loaded and checked once per process, then
 * shared by every page. Throws CatalogError listing every problem, so a bad
 * data file stops the build instead of producing a partial site.
 */
export function getCatalog(dataDir = process.env.ATLAS_DATA_DIR ?? path.resolve('data')): Catalog {
  const memo = slot[MEMO];
  if (memo && memo.dataDir === dataDir) return memo.catalog;
  const result = loadCatalog({ dataDir, root: process.cwd() });
  if (!result.ok) throw new CatalogError(result.problems);
  slot[MEMO] = { dataDir, catalog: result.catalog, loads: (memo?.loads ?? 0) + 1 };
  return result.catalog;
}

/** How often this process has loaded a catalog through getCatalog (the build reports it: it should be 1). */
export const catalogLoads = () => slot[MEMO]?.loads ?? 0;
