/**
 * Loads data/ into a validated, typed catalog, or the full list of problems.
 * Framework-free: the Astro build, the CLI scripts and the tests all call it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_KINDS, venuesFileSchema, type Category, type Dataset, type EntryKind, type Paper, type Venue } from './schema.ts';
import { CatalogError, type Problem } from './problems.ts';
import { lineOf, parseYamlFile, readDataFile } from './yaml-file.ts';
import { zodProblems } from './schema-problems.ts';
import { salvage, type Salvaged } from './zod-shape.ts';
import { checkCatalog } from './check.ts';
import { buildCatalog, type Catalog } from './catalog.ts';

export type LoadResult = { ok: true; catalog: Catalog; problems: [] } | { ok: false; problems: Problem[] };

export const VENUES_FILE = 'venues.yaml';
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

/** Reads, parses and validates one file; returns the parsed value (valid or not) or undefined if unreadable. */
function readEntry(state: LoadState, full: string, file: string, schema: (typeof ENTRY_KINDS)[EntryKind] | typeof venuesFileSchema) {
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

function loadKind<K extends EntryKind>(state: LoadState, dataDir: string, kind: K): Loaded<EntryOf<K>> {
  const schema = ENTRY_KINDS[kind];
  const dir = path.join(dataDir, kind);
  const loaded: Loaded<EntryOf<K>> = { valid: [], salvaged: [] };
  let names: string[];
  try {
    // By id, so "patchcore" comes before "patchcore-pdf" and is the one a duplicate is measured against.
    const stem = (name: string) => name.replace(/\.ya?ml$/, '');
    names = readdirSync(dir).sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : a < b ? -1 : 1));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Git keeps no empty folders: a catalog without datasets yet has no datasets/.
    if (code !== 'ENOENT') state.problems.push({ file: displayPath(state.root, dir), field: '', message: `cannot read the folder (${code ?? String(error)})` });
    return loaded;
  }
  const shownDir = displayPath(state.root, dir);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const file = `${shownDir}/${name}`;
    if (!name.endsWith('.yaml')) {
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        // A dangling link: reported below as an unexpected file.
      }
      const message = isDir
        ? `unexpected folder; ${kind}/ holds one .yaml file per entry, with no sub-folders`
        : name.endsWith('.yml')
          ? `rename to ${name.slice(0, -4)}.yaml: data files use the .yaml extension`
          : `unexpected file; ${kind}/ holds only .yaml files`;
      state.problems.push({ file, field: '', message });
      continue;
    }
    const entry = readEntry(state, full, file, schema);
    if (!entry) continue;
    const salvaged = (entry.data ?? salvage<EntryOf<K>>(schema, entry.value) ?? {}) as Salvaged<EntryOf<K>>;
    if (entry.data) loaded.valid.push(entry.data as EntryOf<K>);
    loaded.salvaged.push(salvaged);
    state.files.set(salvaged, file);
  }
  return loaded;
}

function loadVenues(state: LoadState, dataDir: string): Loaded<Venue> {
  const full = path.join(dataDir, VENUES_FILE);
  const file = displayPath(state.root, full);
  if (!existsSync(full)) {
    state.problems.push({ file, field: '', message: 'venue list is missing; expected venues.yaml with a `venues:` list' });
    return { valid: [], salvaged: [] };
  }
  const entry = readEntry(state, full, file, venuesFileSchema);
  if (!entry) return { valid: [], salvaged: [] };
  if (entry.data) {
    const { venues } = entry.data as { venues: Venue[] };
    return { valid: venues, salvaged: venues };
  }
  const salvaged = salvage<{ venues: Venue[] }>(venuesFileSchema, entry.value)?.venues ?? [];
  return { valid: [], salvaged: salvaged.filter((v): v is Salvaged<Venue> => v !== undefined) };
}

export interface LoadOptions {
  /** Folder holding papers/, datasets/, categories/ and venues.yaml. */
  dataDir: string;
  /** Problems name files relative to this folder. Defaults to the data folder's parent. */
  root?: string;
}

/** Reads and checks everything, collecting every problem instead of stopping at the first. */
export function loadCatalog({ dataDir, root = path.dirname(path.resolve(dataDir)) }: LoadOptions): LoadResult {
  const resolved = path.resolve(dataDir);
  const state: LoadState = { root, problems: [], texts: new Map(), files: new Map() };
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    return { ok: false, problems: [{ file: displayPath(root, resolved), field: '', message: 'data folder not found; expected a folder with venues.yaml, categories/, papers/ and datasets/' }] };
  }
  const venues = loadVenues(state, resolved);
  const [categories, papers, datasets] = KINDS.map((kind) => loadKind(state, resolved, kind)) as [Loaded<Category>, Loaded<Paper>, Loaded<Dataset>];
  state.problems.push(
    ...checkCatalog({
      venues: venues.salvaged,
      venuesFile: displayPath(root, path.join(resolved, VENUES_FILE)),
      categories: categories.salvaged,
      papers: papers.salvaged,
      datasets: datasets.salvaged,
      fileOf: (entry) => state.files.get(entry) as string,
      lineOf: (file, fieldPath) => {
        const text = state.texts.get(file);
        return text === undefined ? undefined : lineOf(text, fieldPath);
      },
    }),
  );
  if (state.problems.length) return { ok: false, problems: state.problems };
  return { ok: true, problems: [], catalog: buildCatalog({ venues: venues.valid, categories: categories.valid, papers: papers.valid, datasets: datasets.valid }) };
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
