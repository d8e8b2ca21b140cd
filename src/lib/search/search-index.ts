/**
 * The search index: one flat record per paper and per dataset, holding every
 * string a visitor might type to find it. Built at build time from the
 * catalog and emitted as static JSON; the client never sees the catalog
 * itself. Strings are facts from data/ — the client must treat them as text.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { ancestors, hasCode } from '../catalog/queries.ts';
import { venueTitle } from '../catalog/venues.ts';
import { routes } from '../site/routes.ts';
import type { Dataset, Paper } from '../catalog/schema.ts';
import { leaderboards, type Leaderboard } from '../site/leaderboards.ts';
import { leaderboardTitle, settingPhrase } from '../site/benchmark-pages.ts';
import { authorsWithPages } from '../site/authors.ts';
import { authorKey, personSlug, type Author } from '../catalog/people.ts';

export interface SearchRecord {
  kind: 'paper' | 'dataset' | 'leaderboard' | 'author';
  id: string;
  /** Route relative to the site base, e.g. "papers/patchcore/". */
  url: string;
  /** Paper title, the dataset's name, "ADer leaderboard: VisA, multi-class (100 epochs)", or the person's name. */
  title: string;
  /** Short names people type: method, aliases, a "Name:" title prefix, code repository names; a person's spellings. */
  names: string[];
  /** Canonical venue ('' when unknown). */
  venue: string;
  /** The venue's full name and aliases, so "NIPS" or "pattern recognition" find it. */
  venueNames: string[];
  year: number;
  /** Display names of the categories the entry is filed under. */
  categories: string[];
  /** Those categories and all their ancestors, for filtering by a branch. */
  categoryIds: string[];
  /**
   * Names and aliases of the categories and their ancestors, for searching by
   * topic; for a dataset also its domain and the title of the paper that introduced it.
   */
  topics: string[];
  tags: string[];
  /** Names and aliases of the datasets a paper introduces or evaluates on. */
  datasets: string[];
  /** Owners of the code repositories ("amazon-science"). */
  owners: string[];
  code: boolean;
  /** A paper's authors, names as printed, in order ([] when unknown and on other kinds). */
  authors: string[];
  /** Present on author records only: how many catalogued papers the person has. */
  papers?: number;
  /** Present (true) only on featured papers: among papers of one exact name, the one the list highlights comes first. */
  featured?: true;
}

/**
 * The index as shipped, smaller than the records it stands for (measured in
 * src/lib/search/README.md). What a record can be rebuilt from is not sent:
 * its `url` follows from its kind and id; `venueNames` from its venue (one
 * `venues` entry per venue); and its categories, their ancestors' ids and
 * its topics, which repeat across the papers of one branch, are one row of
 * `topicSets` that the record points to by number (`topicSet`). Fields
 * holding '', [] or false are left out; paper authors travel beside the
 * records as one string per record (`bylines`, names joined by commas, which
 * names never contain), where they compress better than inside each record;
 * and each person with an author page is one row of `people`: [shown name,
 * number of papers, newest paper's year, page id (or '' when it is the
 * name's slug), other spellings…]. `readSearchIndexFile` turns it back into
 * records.
 */
export interface SearchIndexFile {
  version: 3;
  records: StoredRecord[];
  topicSets: TopicSet[];
  venues: Record<string, string[]>;
  bylines: string[];
  people: PersonRow[];
}

type StoredRecord = Partial<Omit<SearchRecord, 'url' | 'venueNames' | TopicField>> & { topicSet?: number };
type TopicField = 'categories' | 'categoryIds' | 'topics';
export type TopicSet = [categories: string[], categoryIds: string[], topics: string[]];

export type PersonRow = [name: string, papers: number, year: number, id: string, ...spellings: string[]];

const GITHUB_REPO = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)/i;

/** owner and repository name of a GitHub URL ("https://github.com/hq-deng/RD4AD" → ["hq-deng", "RD4AD"]). */
export function githubRepo(url: string | undefined): [owner: string, name: string] | undefined {
  const match = url ? GITHUB_REPO.exec(url) : null;
  return match ? [match[1], match[2].replace(/\.git$/i, '')] : undefined;
}

/**
 * The short name many titles open with: "PaDiM: A Patch Distribution …" →
 * "PaDiM", and a first word written like a name ("OmniAL", "MemSeg", "RD4AD").
 */
export function titleNames(title: string): string[] {
  const names: string[] = [];
  const colon = title.indexOf(':');
  if (colon > 0 && colon <= 40) names.push(title.slice(0, colon).trim());
  const first = /^[^\s:]+/.exec(title)?.[0] ?? '';
  if (/[a-z].*[A-Z]|[A-Z]{2,}|\d/.test(first) && !names.includes(first)) names.push(first.replace(/[-,.]+$/, ''));
  return names.filter(Boolean);
}

const unique = (values: Iterable<string>) => [...new Set([...values].filter((value) => value.trim() !== ''))];

function categoryFields(catalog: Catalog, ids: string[]) {
  const chains = ids.map((id) => ancestors(catalog, id));
  return {
    categories: ids.map((id) => catalog.categoryById.get(id)?.name ?? id),
    categoryIds: unique(chains.flat().map((c) => c.id)),
    topics: unique(chains.flat().flatMap((c) => [c.name, ...(c.aliases ?? [])])),
  };
}

function venueFields(catalog: Catalog, name: string | undefined) {
  const venue = name ? catalog.venueByName.get(name) : undefined;
  return { venue: name ?? '', venueNames: venue ? unique([venueTitle(venue), ...(venue.aliases ?? [])].filter((v) => v !== venue.name)) : [] };
}

function paperRecord(catalog: Catalog, paper: Paper): SearchRecord {
  const repos = [paper.links.code, paper.links.unofficial_code].map(githubRepo).filter((repo) => repo !== undefined);
  const datasets = (paper.datasets ?? []).flatMap((id) => {
    const dataset = catalog.datasetById.get(id);
    return dataset ? [dataset.name, ...(dataset.aliases ?? [])] : [id];
  });
  return {
    kind: 'paper',
    id: paper.id,
    url: routes.paper(paper.id),
    title: paper.title,
    names: unique([paper.method ?? '', ...(paper.aliases ?? []), ...titleNames(paper.title), ...repos.map(([, name]) => name)]),
    ...venueFields(catalog, paper.venue),
    year: paper.year,
    ...categoryFields(catalog, paper.categories),
    tags: paper.tags ?? [],
    datasets: unique(datasets),
    owners: unique(repos.map(([owner]) => owner)),
    code: hasCode(paper),
    authors: paper.authors ?? [],
    ...(paper.featured ? { featured: true as const } : {}),
  };
}

function datasetRecord(catalog: Catalog, dataset: Dataset): SearchRecord {
  const introducer = dataset.introduced_by ? catalog.paperById.get(dataset.introduced_by) : undefined;
  const source = introducer ?? dataset.paper;
  const fields = categoryFields(catalog, introducer?.categories ?? []);
  return {
    kind: 'dataset',
    id: dataset.id,
    url: routes.dataset(dataset.id),
    title: dataset.name,
    names: unique([dataset.name, ...(dataset.aliases ?? [])]),
    ...venueFields(catalog, source?.venue),
    year: dataset.year,
    ...fields,
    topics: unique([...fields.topics, dataset.domain ?? '', source?.title ?? '']),
    tags: dataset.modality ?? [],
    datasets: [],
    owners: [],
    code: false,
    authors: [],
  };
}

/**
 * A leaderboard is found by what people type for it: "mvtec leaderboard",
 * "visa multi-class", "ader visa". Its names pair each of the dataset's
 * names with "leaderboard" and with the training setting; it gets no
 * categories, so a category filter leaves it out.
 */
function leaderboardRecord(catalog: Catalog, board: Leaderboard): SearchRecord {
  const datasetNames = [board.dataset.name, ...(board.dataset.aliases ?? [])];
  const kind = board.protocol.setting ?? '';
  const source = board.benchmark?.name ?? board.reportedBy?.method ?? '';
  const paper = board.benchmark ? catalog.paperById.get(board.benchmark.paper) : board.reportedBy;
  return {
    kind: 'leaderboard',
    id: board.id,
    url: routes.leaderboard(board.id),
    title: leaderboardTitle(board),
    names: unique(datasetNames.flatMap((name) => [`${name} leaderboard`, kind && `${name} ${kind}`, source && `${source} ${name}`])),
    venue: '',
    venueNames: [],
    year: paper?.year ?? board.dataset.year,
    categories: [],
    categoryIds: [],
    topics: unique(['leaderboard', 'benchmark', 'results', source, board.setting?.name ?? '', settingPhrase(board)]),
    tags: [],
    datasets: unique(datasetNames),
    owners: [],
    code: false,
    authors: [],
  };
}

/**
 * A person with an author page, found by any spelling their papers print
 * ("Danijel Skočaj", typed "skocaj"). The year is their newest paper's, so
 * ties go to people active lately; no categories or venue, so filters leave
 * them out.
 */
function authorRecord(catalog: Catalog, author: Author): SearchRecord {
  const spellings = author.papers.flatMap((paper) => (catalog.people.bylineOf.get(paper.id) ?? []).filter((entry) => entry.author === author).map((entry) => entry.name));
  return authorRecordFrom(author.name, author.id, author.papers.length, Math.max(...author.papers.map((paper) => paper.year)), spellings);
}

/** The fields a shipped record may leave out, as they read when empty. */
const emptyFields = () => ({ names: [] as string[], venue: '', venueNames: [] as string[], categories: [] as string[], categoryIds: [] as string[], topics: [] as string[], tags: [] as string[], datasets: [] as string[], owners: [] as string[], code: false, authors: [] as string[] });

function authorRecordFrom(name: string, id: string, papers: number, year: number, spellings: string[]): SearchRecord {
  return {
    kind: 'author',
    id,
    url: routes.author(id),
    title: name,
    year,
    ...emptyFields(),
    names: unique([name, ...spellings]),
    papers,
  };
}

/** Every paper (newest first, as the catalog orders them), then every dataset, every leaderboard and every author with a page. */
export function buildSearchRecords(catalog: Catalog): SearchRecord[] {
  return [
    ...catalog.papers.map((paper) => paperRecord(catalog, paper)),
    ...catalog.datasets.map((dataset) => datasetRecord(catalog, dataset)),
    ...leaderboards(catalog).map((board) => leaderboardRecord(catalog, board)),
    ...authorsWithPages(catalog).map((author) => authorRecord(catalog, author)),
  ];
}

const leftOut = (value: unknown) => value === '' || value === false || (Array.isArray(value) && value.length === 0);

export function buildSearchIndexFile(catalog: Catalog): SearchIndexFile {
  return encodeSearchIndex(buildSearchRecords(catalog));
}

/** Records as shipped (see SearchIndexFile). */
export function encodeSearchIndex(all: readonly SearchRecord[]): SearchIndexFile {
  const shipped = all.filter((record) => record.kind !== 'author');
  const topicSets: TopicSet[] = [];
  const setNumber = new Map<string, number>();
  const venues: Record<string, string[]> = {};
  const records = shipped.map(({ authors: _authors, url: _url, venueNames, categories, categoryIds, topics, ...record }) => {
    if (venueNames.length > 0) venues[record.venue] = venueNames;
    const set: TopicSet = [categories, categoryIds, topics];
    const key = JSON.stringify(set);
    if (set.some((list) => list.length > 0) && !setNumber.has(key)) setNumber.set(key, topicSets.push(set) - 1);
    const stored: StoredRecord = { ...record, topicSet: setNumber.get(key) };
    return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined && !leftOut(value))) as StoredRecord;
  });
  return {
    version: 3,
    records,
    topicSets,
    venues,
    bylines: shipped.map((record) => record.authors.join(',')),
    people: all.flatMap((record) => {
      if (record.kind !== 'author') return [];
      const id = record.id === personSlug(authorKey(record.title)) ? '' : record.id;
      return [[record.title, record.papers ?? 0, record.year, id, ...record.names.filter((name) => name !== record.title)] satisfies PersonRow];
    }),
  };
}

const ROUTE_OF_KIND = { paper: routes.paper, dataset: routes.dataset, leaderboard: routes.leaderboard, author: routes.author } satisfies Record<SearchRecord['kind'], (id: string) => string>;

/** The shipped file back into the records buildSearchRecords made. */
export function readSearchIndexFile(file: SearchIndexFile): SearchRecord[] {
  const records = file.records.map(({ topicSet, ...stored }, i) => {
    const record = { ...emptyFields(), ...stored } as SearchRecord;
    record.url = ROUTE_OF_KIND[record.kind](record.id);
    record.venueNames = file.venues[record.venue] ?? [];
    if (topicSet !== undefined) [record.categories, record.categoryIds, record.topics] = file.topicSets[topicSet];
    record.authors = file.bylines[i] ? file.bylines[i].split(',') : [];
    return record;
  });
  for (const [name, papers, year, id, ...spellings] of file.people) records.push(authorRecordFrom(name, id || personSlug(authorKey(name)), papers, year, spellings));
  return records;
}
