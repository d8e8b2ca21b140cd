/**
 * `npm run new`: turns a handful of answers into a valid data file. Every
 * answer is checked against the existing catalog before anything is written
 * (venue aliases become canonical names, typos get a did-you-mean, the same
 * paper under another spelling is refused), then the file goes through the
 * real loader, so what the contributor sees is what CI will say.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/catalog.ts';
import { loadCatalog, type LoadResult } from '../catalog/load.ts';
import type { Problem } from '../catalog/problems.ts';
import { normalizeTitle, normalizeUrl, arxivIdFromUrl } from '../catalog/normalize.ts';
import { closest, didYouMean, hint } from '../catalog/suggest.ts';
import { venueLookup } from '../catalog/venues.ts';
import { authorName, httpUrl, ID_PATTERN, MODALITIES, paperSchema, type Dataset, type EntryKind, type Paper } from '../catalog/schema.ts';
import { serializeEntry } from '../catalog/write-entry.ts';
import { datasetIdCandidates, paperIdCandidates, slugify, titlePrefixName, uniqueId } from '../catalog/ids.ts';
import { CONTRIBUTING_FILE, LIST_FILE, SCHEMA_DIR, renderGenerated, writeGenerated, type Artifact } from './generated.ts';

export const SCAFFOLD_KINDS = { paper: 'papers', dataset: 'datasets', category: 'categories' } as const satisfies Record<string, EntryKind>;
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

export interface FieldSpec {
  flag: string;
  prompt: string;
  required?: boolean;
  /** Optional fields worth asking for in a terminal; the rest are flag-only. */
  ask?: boolean;
}

export const SCAFFOLD_FIELDS: Record<ScaffoldKind, FieldSpec[]> = {
  paper: [
    { flag: 'title', prompt: 'Paper title, as published', required: true },
    { flag: 'url', prompt: 'Link to the paper (arXiv, publisher page or open-access PDF)', required: true },
    { flag: 'year', prompt: 'Year of that version', required: true },
    { flag: 'venue', prompt: 'Venue, e.g. CVPR, TII (leave empty for a preprint)', ask: true },
    { flag: 'category', prompt: 'Category id(s), comma-separated, e.g. memory-bank', required: true },
    { flag: 'method', prompt: 'Method name people search for, e.g. PatchCore', ask: true },
    { flag: 'author', prompt: 'Authors in the order the paper prints them, separated by ";" (copy them from the paper\'s first page or its BibTeX)', ask: true },
    { flag: 'authors-source', prompt: 'Where you read the authors (URL; default: the paper link)' },
    { flag: 'doi', prompt: 'DOI, e.g. 10.1109/TII.2023.3241578' },
    { flag: 'code', prompt: "Authors' code repository URL", ask: true },
    { flag: 'unofficial-code', prompt: 'Third-party re-implementation URL' },
    { flag: 'project', prompt: 'Project page URL' },
    { flag: 'data', prompt: 'Data released with the paper (URL)' },
    { flag: 'dataset', prompt: 'Dataset id(s) evaluated on' },
    { flag: 'tag', prompt: 'Topic tag(s) across the taxonomy, e.g. segment-anything' },
    { flag: 'id', prompt: 'File id (default: derived from the method or title)' },
  ],
  dataset: [
    { flag: 'name', prompt: 'Dataset name, e.g. MVTec AD', required: true },
    { flag: 'year', prompt: 'Year published', required: true },
    { flag: 'introduced-by', prompt: 'Id of the catalog paper that introduced it (leave empty if it has no entry)', ask: true },
    { flag: 'title', prompt: 'Title of the introducing paper' },
    { flag: 'url', prompt: 'Link to the introducing paper' },
    { flag: 'venue', prompt: 'Venue of the introducing paper' },
    { flag: 'data', prompt: 'Download page URL', ask: true },
    { flag: 'project', prompt: 'Project page URL' },
    { flag: 'domain', prompt: 'What is inspected, e.g. steel strip, PCB', ask: true },
    { flag: 'modality', prompt: `Modalities (${MODALITIES.join(', ')})` },
    { flag: 'id', prompt: 'File id (default: derived from the name)' },
  ],
  category: [
    { flag: 'name', prompt: 'Display name, e.g. Memory Bank', required: true },
    { flag: 'parent', prompt: 'Parent category id (leave empty for a new top-level branch)', ask: true },
    { flag: 'description', prompt: 'One or two sentences, in your own words, on what puts a method here', required: true },
    { flag: 'order', prompt: 'Position among its siblings (default: last)' },
    { flag: 'alias', prompt: 'Other names people search for' },
    { flag: 'id', prompt: 'File id (default: derived from the name)' },
  ],
};

export type Answers = Partial<Record<string, string | string[]>>;

/** A problem with what the contributor typed, named by flag so they know what to change. */
export class ScaffoldError extends Error {
  constructor(
    readonly issues: string[],
    /** Validator problems behind the error, to print file by file. */
    readonly problems: Problem[] = [],
  ) {
    super(issues.join('\n'));
    this.name = 'ScaffoldError';
  }
}

// Repeated flags join with "," except --author, whose names are joined with ";" (see checkAuthors).
const str = (value: string | string[] | undefined, joiner = ','): string | undefined => {
  const v = Array.isArray(value) ? value.join(joiner) : value;
  return v?.trim() ? v.trim() : undefined;
};
const answerOf = (answers: Answers, flag: string) => str(answers[flag], flag === 'author' ? ';' : ',');
const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** Flags still needed before a file can be written. */
export function missingFlags(kind: ScaffoldKind, answers: Answers): string[] {
  const missing = SCAFFOLD_FIELDS[kind].filter((f) => f.required && !str(answers[f.flag])).map((f) => `--${f.flag}`);
  if (kind === 'dataset' && !str(answers['introduced-by'])) {
    for (const flag of ['title', 'url']) if (!str(answers[flag])) missing.push(`--${flag} (or --introduced-by <paper id>)`);
  }
  return missing;
}

/** Canonical venue for what was typed (the catalog's one venue lookup); else an error with a suggestion. */
export function resolveVenue(catalog: Pick<Catalog, 'venues'>, input: string): string {
  const venues = venueLookup(catalog.venues);
  return venues.resolve(input) ?? fail(`unknown venue "${input}"${hint(venues.suggest(input))}; use a name from data/venues.yaml (or add the venue there first)`);
}

/** A category id from an id, a display name or an alias; else an error with a suggestion. */
export function resolveCategory(catalog: Pick<Catalog, 'categories'>, input: string): string {
  const wanted = input.trim().toLowerCase();
  const hit = catalog.categories.find((c) => c.id === wanted || c.name.toLowerCase() === wanted || (c.aliases ?? []).some((a) => a.toLowerCase() === wanted));
  if (hit) return hit.id;
  return fail(`unknown category "${input}"${didYouMean(input, catalog.categories.map((c) => c.id))}; ids are the file names in data/categories/`);
}

function fail(message: string): never {
  throw new ScaffoldError([message]);
}

function checkUrl(flag: string, value: string): string {
  const result = httpUrl.safeParse(value);
  return result.success ? result.data : fail(`--${flag}: expected an absolute http:// or https:// URL, got "${value}"`);
}

/** Authors come one per flag or separated by ";" (never commas: "Roth, Karsten" would become two people). */
function checkAuthors(value: string): string {
  const names = value.split(/\s*;\s*|\s+and\s+/).map((n) => n.trim()).filter(Boolean);
  if (names.length === 1 && value.includes(',')) {
    fail(`--author: separate names with ";" and write each as the paper prints it ("Karsten Roth; Latha Pemula"), not "Roth, Karsten"`);
  }
  const issues = names.flatMap((name) => {
    const result = authorName.safeParse(name);
    return result.success ? [] : [`--author "${name}": ${result.error.issues[0].message}`];
  });
  if (issues.length) throw new ScaffoldError(issues);
  return names.join(';');
}

function checkDoi(value: string): string {
  const result = paperSchema.shape.doi.safeParse(value.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, ''));
  return result.success ? result.data! : fail(`--doi: ${result.error.issues[0].message}`);
}

function checkYear(value: string): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1950 && year <= 2100 ? year : fail(`--year: expected a year such as 2023, got "${value}"`);
}

function checkId(value: string): string {
  return ID_PATTERN.test(value) ? value : fail(`--id: expected kebab-case (lowercase letters, digits, single hyphens), got "${value}"`);
}

/** Runs a check; what it rejects comes back as issues (none when it passed), any other error propagates. */
function attempt<T>(check: () => T): { value?: T; issues: string[] } {
  try {
    return { value: check(), issues: [] };
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    return { issues: error.issues };
  }
}

/** Checks every item of a comma-separated answer, reporting all bad ones at once. */
function eachOf(value: string, check: (item: string) => string): string {
  const issues: string[] = [];
  const items = list(value).map((item) => {
    const checked = attempt(() => check(item));
    issues.push(...checked.issues);
    return checked.value ?? item;
  });
  if (issues.length) throw new ScaffoldError(issues);
  return items.join(',');
}

/**
 * Checks one answer the way the file will be checked, so a terminal prompt can
 * ask again at once. Returns the value as it will be written.
 */
export function checkAnswer(kind: ScaffoldKind, flag: string, value: string, catalog: Catalog): string {
  if (['url', 'code', 'unofficial-code', 'project', 'data', 'authors-source'].includes(flag)) return checkUrl(flag, value);
  if (flag === 'author') return checkAuthors(value);
  if (flag === 'doi') return checkDoi(value);
  if (flag === 'year') return String(checkYear(value));
  if (flag === 'id') return checkId(value);
  if (flag === 'venue') return resolveVenue(catalog, value);
  if (flag === 'category') return eachOf(value, (c) => resolveCategory(catalog, c));
  if (flag === 'parent') return resolveCategory(catalog, value);
  if (flag === 'introduced-by') return catalog.paperById.has(value) ? value : fail(`unknown paper "${value}"${didYouMean(value, catalog.paperById.keys())}`);
  if (flag === 'dataset') {
    return eachOf(value, (d) => (catalog.datasetById.has(d) ? d : fail(`unknown dataset "${d}"${didYouMean(d, catalog.datasetById.keys())}`)));
  }
  if (flag === 'modality') {
    return eachOf(value, (m) => ((MODALITIES as readonly string[]).includes(m) ? m : fail(`unknown modality "${m}"${didYouMean(m, MODALITIES)}; one of ${MODALITIES.join(', ')}`)));
  }
  if (flag === 'tag') return eachOf(value, (t) => (ID_PATTERN.test(t) ? t : fail(`--tag: expected a kebab-case tag such as "segment-anything", got "${t}"`)));
  if (flag === 'order') return Number.isInteger(Number(value)) ? value : fail(`--order: expected a whole number, got "${value}"`);
  if (kind === 'category' && flag === 'name' && catalog.categories.some((c) => c.name.toLowerCase() === value.toLowerCase())) {
    return fail(`a category named "${value}" already exists`);
  }
  return value;
}

type Entry = Record<string, unknown> & { id: string };

/** Builds the entry from answers, collecting every problem instead of stopping at the first. */
export function buildEntry(kind: ScaffoldKind, answers: Answers, catalog: Catalog, today: string): Entry {
  const missing = missingFlags(kind, answers);
  if (missing.length) throw new ScaffoldError([`missing ${missing.join(', ')}`]);
  const issues: string[] = [];
  const get = (flag: string): string | undefined => {
    const raw = answerOf(answers, flag);
    if (raw === undefined) return undefined;
    const checked = attempt(() => checkAnswer(kind, flag, raw, catalog));
    issues.push(...checked.issues);
    return checked.value;
  };
  const many = (flag: string) => {
    const value = get(flag);
    return value ? value.split(',') : undefined;
  };
  let entry: Entry;
  if (kind === 'paper') {
    const title = get('title') ?? '';
    const url = get('url');
    const code = get('code');
    const unofficial = get('unofficial-code');
    // Ids and method names as the importer derives them, so a file looks the same whoever made it.
    const method = get('method') ?? titlePrefixName(title);
    const authors = get('author')?.split(';');
    entry = {
      id: get('id') ?? uniqueId(paperIdCandidates(method, code ?? unofficial, title), new Set(catalog.paperById.keys())),
      title,
      method,
      year: Number(get('year')),
      venue: get('venue'),
      arxiv: url ? arxivIdFromUrl(url) : undefined,
      authors,
      // Where the names were read; the paper itself unless the contributor says otherwise.
      authors_source: authors ? (get('authors-source') ?? url) : undefined,
      doi: get('doi'),
      links: { paper: url, code, unofficial_code: unofficial, project: get('project'), data: get('data') },
      categories: many('category'),
      datasets: many('dataset'),
      tags: many('tag'),
      added: today,
    };
  } else if (kind === 'dataset') {
    const name = get('name') ?? '';
    const introducedBy = get('introduced-by');
    const year = Number(get('year'));
    const data = get('data');
    const project = get('project');
    entry = {
      id: get('id') ?? uniqueId(datasetIdCandidates(name), new Set(catalog.datasetById.keys())),
      name,
      year,
      introduced_by: introducedBy,
      paper: introducedBy ? undefined : { title: get('title'), venue: get('venue'), year, url: get('url') },
      links: data || project ? { data, project } : undefined,
      modality: many('modality'),
      domain: get('domain'),
      added: today,
    };
  } else {
    const name = get('name') ?? '';
    const parent = get('parent');
    const siblings = catalog.childrenOf.get(parent ?? '') ?? [];
    const order = get('order');
    entry = {
      id: get('id') ?? slugify(name),
      name,
      parent,
      order: order !== undefined ? Number(order) : Math.max(0, ...siblings.map((c) => c.order)) + 1,
      description: get('description'),
      aliases: many('alias'),
    };
  }
  if (issues.length) throw new ScaffoldError(issues);
  return entry;
}

export interface ScaffoldOptions {
  kind: ScaffoldKind;
  answers: Answers;
  /** Folder holding papers/, datasets/, categories/ and venues.yaml. */
  dataDir: string;
  /** Project root; files are reported relative to it. */
  root: string;
  /** YYYY-MM-DD for `added`. */
  today?: string;
  /** The catalog as already loaded (by the prompts); read from dataDir otherwise. */
  catalog?: Catalog;
}

export interface ScaffoldResult {
  /** The written file, relative to root. */
  file: string;
  /** The validator's verdict on the catalog with the new file in it. */
  validation: LoadResult;
  /** Generated files (LIST.md, schemas, field reference) brought up to date. */
  regenerated: string[];
}

/** Loads the catalog as it is now; a broken catalog has to be fixed first. */
export function loadForScaffold(dataDir: string, root: string): Catalog {
  const result = loadCatalog({ dataDir, root });
  if (!result.ok) throw new ScaffoldError([`the existing data has problems (above); fix them first, then run npm run new again`], result.problems);
  return result.catalog;
}

/** The file already holding this entry, under any spelling of its title or link. */
export function findDuplicate(kind: ScaffoldKind, entry: Entry, catalog: Catalog, fileOf: (kind: EntryKind, id: string) => string): string | undefined {
  // A category is checked by name as it is typed (checkAnswer); its id by the file it would overwrite.
  if (kind === 'category') return undefined;
  if (kind === 'dataset') {
    const key = normalizeTitle(entry.name as string);
    const same = catalog.datasets.find((d) => [d.name, ...(d.aliases ?? [])].some((n) => normalizeTitle(n) === key));
    if (same) return fileOf('datasets', same.id);
  }
  const source = kind === 'paper' ? { title: entry.title as string, url: (entry.links as Paper['links']).paper } : (entry.paper as Dataset['paper']);
  if (!source) return undefined;
  const title = normalizeTitle(source.title);
  const url = normalizeUrl(source.url);
  for (const paper of catalog.papers) {
    const urls = [paper.links.paper, ...(paper.also_published ?? []).map((p) => p.url)].map(normalizeUrl);
    if (normalizeTitle(paper.title) === title || urls.includes(url)) return fileOf('papers', paper.id);
  }
  for (const dataset of catalog.datasets) {
    if (dataset.paper && (normalizeTitle(dataset.paper.title) === title || normalizeUrl(dataset.paper.url) === url)) return fileOf('datasets', dataset.id);
  }
  return undefined;
}

/** Generated files that exist in this checkout, so a test's temp folder without them is left alone. */
function presentArtifacts(root: string, dataDir: string): Artifact[] {
  const present: Artifact[] = [];
  if (existsSync(path.join(dataDir, SCHEMA_DIR))) present.push('schema');
  if (existsSync(path.join(root, CONTRIBUTING_FILE))) present.push('docs');
  if (existsSync(path.join(root, LIST_FILE))) present.push('list');
  return present;
}

export function scaffold({ kind, answers, dataDir, root, today = new Date().toISOString().slice(0, 10), catalog = loadForScaffold(dataDir, root) }: ScaffoldOptions): ScaffoldResult {
  const entry = buildEntry(kind, answers, catalog, today);
  const folder = SCAFFOLD_KINDS[kind];
  const fullPath = (k: EntryKind, id: string) => path.join(dataDir, k, `${id}.yaml`);
  const fileOf = (k: EntryKind, id: string) => path.relative(root, fullPath(k, id)).split(path.sep).join('/');

  const duplicate = findDuplicate(kind, entry, catalog, fileOf);
  if (duplicate) {
    const hint = kind === 'paper' ? ' (a paper in several categories is one file listing several categories)' : '';
    throw new ScaffoldError([`already catalogued: ${duplicate}; edit that file instead${hint}`]);
  }
  if (existsSync(fullPath(folder, entry.id))) throw new ScaffoldError([`--id: ${fileOf(folder, entry.id)} already exists; choose another id`]);

  mkdirSync(path.join(dataDir, folder), { recursive: true });
  writeFileSync(fullPath(folder, entry.id), serializeEntry(folder, entry));
  const validation = loadCatalog({ dataDir, root });
  const regenerated = validation.ok
    ? writeGenerated(renderGenerated({ root, dataDir, catalog: validation.catalog, which: presentArtifacts(root, dataDir) })).map((f) => path.relative(root, f))
    : [];
  return { file: fileOf(folder, entry.id), validation, regenerated };
}

/**
 * Asks, one by one, for the required answers still missing (and, when some
 * were, the optional ones worth asking) and again for any flag given with a
 * bad value; a bad answer is explained and asked again. `question` is
 * readline's in a terminal and a script in tests.
 */
export async function promptForMissing(
  kind: ScaffoldKind,
  answers: Answers,
  catalog: Catalog,
  question: (prompt: string) => Promise<string>,
  say: (line: string) => void,
): Promise<void> {
  const needed = (flag: string) => missingFlags(kind, answers).some((m) => m.startsWith(`--${flag}`));
  // Optional questions only in a conversation; someone who typed every required flag is not quizzed.
  const conversation = missingFlags(kind, answers).length > 0;
  // A flag given with a bad value is explained and asked again rather than failing the whole command.
  const retry = new Set<string>();
  for (const field of SCAFFOLD_FIELDS[kind]) {
    const given = answers[field.flag];
    if (given === undefined) continue;
    const checked = attempt(() => checkAnswer(kind, field.flag, answerOf(answers, field.flag) ?? '', catalog));
    if (checked.issues.length === 0) answers[field.flag] = checked.value;
    else {
      for (const issue of checked.issues) say(`  ${issue}`);
      delete answers[field.flag];
      retry.add(field.flag);
    }
  }
  for (const field of SCAFFOLD_FIELDS[kind]) {
    if (answers[field.flag] !== undefined || (!needed(field.flag) && !(field.ask && conversation) && !retry.has(field.flag))) continue;
    if (field.flag === 'category' || field.flag === 'parent') say(`  categories: ${catalog.categories.map((c) => c.id).join(', ')}`);
    for (;;) {
      const raw = (await question(`${field.prompt}${needed(field.flag) ? '' : ' (optional)'}: `)).trim();
      if (!raw) {
        if (!needed(field.flag)) break;
        say('  this one is required');
        continue;
      }
      const checked = attempt(() => checkAnswer(kind, field.flag, raw, catalog));
      if (checked.issues.length === 0) {
        answers[field.flag] = checked.value;
        break;
      }
      for (const issue of checked.issues) say(`  ${issue}`);
    }
  }
}
