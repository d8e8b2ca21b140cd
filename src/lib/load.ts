/**
 * Loads data/ into a validated, typed catalog, or the full list of problems.
 * Framework-free: the Astro build, the CLI scripts and the tests all call it.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ZodIssue, ZodTypeAny } from 'zod';
import { ENTRY_KINDS, venuesFileSchema, type Category, type Dataset, type EntryKind, type Paper, type Venue } from './schema.ts';
import { CatalogError, formatPath, type Problem } from './problems.ts';
import { lineOf, parseYamlFile } from './yaml-file.ts';
import { didYouMean } from './suggest.ts';
import { checkCatalog } from './check.ts';
import { buildCatalog, type Catalog } from './catalog.ts';

export type LoadResult = { ok: true; catalog: Catalog; problems: [] } | { ok: false; problems: Problem[] };

export const VENUES_FILE = 'venues.yaml';

/** Where a file is reported from: relative to the project root when inside it. */
function displayPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

function zodProblems(file: string, text: string, issues: ZodIssue[], schema: ZodTypeAny): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        line: lineOf(text, [...issue.path, key]),
        field: formatPath([...issue.path, key]),
        message: `unknown field "${key}"${didYouMean(key, known)}; allowed fields: ${known.join(', ')}`,
      }));
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.received === 'undefined') message = `required field is missing (${describeExpected(issue.expected)})`;
    else if (issue.code === 'invalid_type' && message.startsWith('Expected')) message = `expected ${describeExpected(issue.expected)}, found ${issue.received}`;
    else if (issue.code === 'invalid_enum_value') message = `"${String(issue.received)}" is not allowed; expected one of: ${issue.options.join(', ')}${didYouMean(String(issue.received), issue.options.map(String))}`;
    return [{ file, line: lineOf(text, issue.path), field: formatPath(issue.path), message }];
  });
}

function describeExpected(expected: string): string {
  return expected === 'string' ? 'text' : expected;
}

/** Field names the schema allows at a path, for unknown-key hints. */
function knownKeys(schema: ZodTypeAny, at: ReadonlyArray<string | number>): string[] {
  let node: ZodTypeAny | undefined = schema;
  const unwrap = (s: ZodTypeAny): ZodTypeAny => {
    const def = s._def as { innerType?: ZodTypeAny; schema?: ZodTypeAny; type?: ZodTypeAny; typeName?: string };
    if (def.typeName === 'ZodEffects' && def.schema) return unwrap(def.schema);
    if ((def.typeName === 'ZodOptional' || def.typeName === 'ZodDefault' || def.typeName === 'ZodNullable') && def.innerType) return unwrap(def.innerType);
    return s;
  };
  for (const part of at) {
    if (!node) return [];
    node = unwrap(node);
    const def = node._def as { typeName?: string; type?: ZodTypeAny; shape?: () => Record<string, ZodTypeAny> };
    if (typeof part === 'number') node = def.typeName === 'ZodArray' ? def.type : undefined;
    else node = def.typeName === 'ZodObject' && def.shape ? def.shape()[part] : undefined;
  }
  if (!node) return [];
  const def = unwrap(node)._def as { typeName?: string; shape?: () => Record<string, ZodTypeAny> };
  return def.typeName === 'ZodObject' && def.shape ? Object.keys(def.shape()) : [];
}

interface Loaded<T> {
  entries: T[];
  files: Map<T, string>;
  texts: Map<string, string>;
}

function loadKind<K extends EntryKind>(root: string, dataDir: string, kind: K, problems: Problem[]) {
  type Entry = K extends 'papers' ? Paper : K extends 'datasets' ? Dataset : Category;
  const schema = ENTRY_KINDS[kind];
  const dir = path.join(dataDir, kind);
  const loaded: Loaded<Entry> = { entries: [], files: new Map(), texts: new Map() };
  if (!existsSync(dir)) {
    problems.push({ file: displayPath(root, dir), field: '', message: `folder is missing; expected one YAML file per entry in ${kind}/` });
    return loaded;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const file = displayPath(root, full);
    if (statSync(full).isDirectory()) {
      problems.push({ file, field: '', message: `unexpected folder; ${kind}/ holds one .yaml file per entry` });
      continue;
    }
    if (!name.endsWith('.yaml')) {
      problems.push({ file, field: '', message: name.endsWith('.yml') ? 'rename to .yaml: data files use the .yaml extension' : `unexpected file; ${kind}/ holds only .yaml files` });
      continue;
    }
    const parsed = parseYamlFile(file, readFileSync(full, 'utf8'));
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(file, parsed.text, result.error.issues, schema));
      continue;
    }
    const entry = result.data as Entry;
    const expectedId = name.slice(0, -'.yaml'.length);
    if (entry.id !== expectedId) {
      problems.push({ file, line: lineOf(parsed.text, ['id']), field: 'id', message: `id "${entry.id}" does not match the file name; rename the file to ${entry.id}.yaml or set id: ${expectedId}` });
    }
    loaded.entries.push(entry);
    loaded.files.set(entry, file);
    loaded.texts.set(file, parsed.text);
  }
  return loaded;
}

function loadVenues(root: string, dataDir: string, problems: Problem[]): Venue[] {
  const full = path.join(dataDir, VENUES_FILE);
  const file = displayPath(root, full);
  if (!existsSync(full)) {
    problems.push({ file, field: '', message: 'venue list is missing' });
    return [];
  }
  const parsed = parseYamlFile(file, readFileSync(full, 'utf8'));
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return [];
  }
  const result = venuesFileSchema.safeParse(parsed.value);
  if (!result.success) {
    problems.push(...zodProblems(file, parsed.text, result.error.issues, venuesFileSchema));
    return [];
  }
  return result.data.venues;
}

export interface LoadOptions {
  /** Folder holding papers/, datasets/, categories/ and venues.yaml. */
  dataDir: string;
  /** Problems name files relative to this folder. Defaults to the data folder's parent. */
  root?: string;
}

/** Reads and checks everything, collecting every problem instead of stopping at the first. */
export function loadCatalog({ dataDir, root = path.dirname(path.resolve(dataDir)) }: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const resolved = path.resolve(dataDir);
  const venues = loadVenues(root, resolved, problems);
  const categories = loadKind(root, resolved, 'categories', problems);
  const papers = loadKind(root, resolved, 'papers', problems);
  const datasets = loadKind(root, resolved, 'datasets', problems);
  const texts = new Map([...categories.texts, ...papers.texts, ...datasets.texts]);
  const fileOf = (entry: Paper | Dataset | Category) =>
    (papers.files.get(entry as Paper) ?? datasets.files.get(entry as Dataset) ?? categories.files.get(entry as Category)) as string;
  problems.push(
    ...checkCatalog({
      venues,
      venuesFile: displayPath(root, path.join(resolved, VENUES_FILE)),
      categories: categories.entries,
      papers: papers.entries,
      datasets: datasets.entries,
      fileOf,
      lineOf: (file, fieldPath) => {
        const text = texts.get(file);
        return text === undefined ? undefined : lineOf(text, fieldPath);
      },
    }),
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, problems: [], catalog: buildCatalog({ venues, categories: categories.entries, papers: papers.entries, datasets: datasets.entries }) };
}

let memo: { dataDir: string; catalog: Catalog } | undefined;

/**
 * The catalog for the site build: loaded and checked once per process, then
 * shared by every page. Throws CatalogError listing every problem, so a bad
 * data file stops the build instead of producing a partial site.
 */
export function getCatalog(dataDir = process.env.ATLAS_DATA_DIR ?? path.resolve('data')): Catalog {
  if (memo && memo.dataDir === dataDir) return memo.catalog;
  const result = loadCatalog({ dataDir, root: process.cwd() });
  if (!result.ok) throw new CatalogError(result.problems);
  memo = { dataDir, catalog: result.catalog };
  return result.catalog;
}
