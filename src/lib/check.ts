/**
 * Rules that span files: references resolve, the taxonomy is a tree, venues
 * are canonical, and nothing is catalogued twice. Every broken rule becomes a
 * Problem on the file (and line) a contributor has to edit.
 */
import type { Category, Dataset, Paper, Venue } from './schema.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { normalizeTitle, normalizeUrl } from './normalize.ts';

type FieldPath = ReadonlyArray<string | number>;

export interface CheckInput {
  venues: Venue[];
  venuesFile: string;
  categories: Category[];
  papers: Paper[];
  datasets: Dataset[];
  fileOf: (entry: Paper | Dataset | Category) => string;
  lineOf: (file: string, path: FieldPath) => number | undefined;
}

export function checkCatalog(input: CheckInput): Problem[] {
  const { venues, categories, papers, datasets, fileOf, lineOf } = input;
  const problems: Problem[] = [];
  const report = (entry: Paper | Dataset | Category, path: FieldPath, message: string) => {
    const file = fileOf(entry);
    problems.push({ file, line: lineOf(file, path), field: formatPath(path), message });
  };

  // Venues: one canonical spelling each; aliases map to it.
  const canonical = new Map<string, string>();
  const aliasOf = new Map<string, string>();
  for (const venue of venues) {
    if (canonical.has(venue.name)) problems.push({ file: input.venuesFile, field: 'venues', message: `venue "${venue.name}" is listed twice` });
    canonical.set(venue.name, venue.name);
    for (const alias of venue.aliases ?? []) aliasOf.set(alias.toLowerCase(), venue.name);
  }
  const checkVenue = (entry: Paper | Dataset, path: FieldPath, value: string | undefined) => {
    if (value === undefined || canonical.has(value)) return;
    const viaAlias = aliasOf.get(value.toLowerCase()) ?? [...canonical.keys()].find((name) => name.toLowerCase() === value.toLowerCase());
    if (viaAlias) report(entry, path, `write the canonical venue "${viaAlias}" instead of "${value}"`);
    else report(entry, path, `unknown venue "${value}"${didYouMean(value, canonical.keys())}; use a name from data/venues.yaml or add the venue there`);
  };

  // Ids unique per kind (a file whose id disagrees with its name could collide).
  const indexById = <T extends Paper | Dataset | Category>(entries: T[], kind: string) => {
    const byId = new Map<string, T>();
    for (const entry of entries) {
      const previous = byId.get(entry.id);
      if (previous) report(entry, ['id'], `duplicate ${kind} id "${entry.id}", also used by ${fileOf(previous)}`);
      else byId.set(entry.id, entry);
    }
    return byId;
  };
  const categoryById = indexById(categories, 'category');
  const paperById = indexById(papers, 'paper');
  const datasetById = indexById(datasets, 'dataset');

  // The taxonomy must be a tree: parents exist, no cycles.
  for (const category of categories) {
    if (category.parent !== undefined && !categoryById.has(category.parent)) {
      report(category, ['parent'], `unknown parent category "${category.parent}"${didYouMean(category.parent, categoryById.keys())}`);
    }
  }
  const inCycle = new Set<string>();
  for (const category of categories) {
    const seen: string[] = [];
    let node: Category | undefined = category;
    while (node?.parent !== undefined && !inCycle.has(node.id)) {
      if (seen.includes(node.id)) {
        const cycle = seen.slice(seen.indexOf(node.id));
        cycle.forEach((id) => inCycle.add(id));
        report(categoryById.get(node.id)!, ['parent'], `categories form a cycle: ${[...cycle, node.id].join(' → ')}; one of them must have a different parent`);
        break;
      }
      seen.push(node.id);
      node = categoryById.get(node.parent);
    }
  }

  // References from papers and datasets.
  for (const paper of papers) {
    paper.categories.forEach((id, i) => {
      if (!categoryById.has(id)) report(paper, ['categories', i], `unknown category "${id}"${didYouMean(id, categoryById.keys())}`);
    });
    paper.datasets?.forEach((id, i) => {
      if (!datasetById.has(id)) report(paper, ['datasets', i], `unknown dataset "${id}"${didYouMean(id, datasetById.keys())}`);
    });
    checkVenue(paper, ['venue'], paper.venue);
    paper.also_published?.forEach((pub, i) => checkVenue(paper, ['also_published', i, 'venue'], pub.venue));
  }
  for (const dataset of datasets) {
    if (dataset.introduced_by !== undefined && !paperById.has(dataset.introduced_by)) {
      report(dataset, ['introduced_by'], `unknown paper "${dataset.introduced_by}"${didYouMean(dataset.introduced_by, paperById.keys())}`);
    }
    checkVenue(dataset, ['paper', 'venue'], dataset.paper?.venue);
    dataset.also_published?.forEach((pub, i) => checkVenue(dataset, ['also_published', i, 'venue'], pub.venue));
  }

  // The same paper must not be catalogued twice, under any spelling or link.
  const titleOwner = new Map<string, Paper | Dataset>();
  const urlOwner = new Map<string, Paper | Dataset>();
  const claim = (map: Map<string, Paper | Dataset>, key: string, entry: Paper | Dataset, path: FieldPath, what: string) => {
    const owner = map.get(key);
    if (owner && owner !== entry) report(entry, path, `same ${what} as ${fileOf(owner)}; merge the two entries (a paper in several categories is one file with several categories)`);
    else map.set(key, entry);
  };
  for (const paper of papers) {
    claim(titleOwner, normalizeTitle(paper.title), paper, ['title'], 'title');
    claim(urlOwner, normalizeUrl(paper.links.paper), paper, ['links', 'paper'], 'paper URL');
    paper.also_published?.forEach((pub, i) => claim(urlOwner, normalizeUrl(pub.url), paper, ['also_published', i, 'url'], 'paper URL'));
  }
  for (const dataset of datasets) {
    if (!dataset.paper) continue;
    const sameTitle = titleOwner.get(normalizeTitle(dataset.paper.title));
    const sameUrl = urlOwner.get(normalizeUrl(dataset.paper.url));
    const paper = [sameTitle, sameUrl].find((e): e is Paper => e !== undefined && 'categories' in e);
    if (paper) report(dataset, ['paper'], `this paper is already catalogued as ${fileOf(paper)}; write introduced_by: ${paper.id} instead`);
    else {
      claim(titleOwner, normalizeTitle(dataset.paper.title), dataset, ['paper', 'title'], 'paper title');
      claim(urlOwner, normalizeUrl(dataset.paper.url), dataset, ['paper', 'url'], 'paper URL');
    }
  }
  return problems;
}
